#include <ostream>

#include "app/load_plan.hpp"
#include "cli/commands.hpp"
#include "cli/unit_names.hpp"
#include "core/error_mapping.hpp"
#include "domain/node_code.hpp"
#include "http/plan_json.hpp"

namespace parindex {

namespace {

// Two spaces per level of the tree: areas at the margin, 1.1 under them, 2.1.1 deeper.
std::string indent_of(const PlanNode& node) {
    const auto code = parse_node_code(node.code);
    const std::size_t depth = code ? code->parts.size() - 1 : 0;
    return std::string(2 * depth, ' ');
}

void print_field(std::ostream& out, const std::string& indent, Label label,
                 const std::string& value) {
    std::string text = value;
    // Multi-paragraph cells keep their paragraphs, aligned under the first.
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
        text.insert(at + 1, indent + "    ");
    }
    out << indent << "    " << label_text(label) << ": " << text << '\n';
}

void print_targets(std::ostream& out, const std::string& indent, const PlanNode& node) {
    if (node.targets.size() == 1 && node.targets.front().comparator == Comparator::qualitative) {
        print_field(out, indent, Label::word_targets, describe_target(node.targets.front()));
        return;
    }
    out << indent << "    " << label_text(Label::word_targets) << ":\n";
    for (const Target& target : node.targets) {
        out << indent << "      - " << target.label << ": " << describe_target(target) << '\n';
    }
}

void print_task(std::ostream& out, const std::string& indent, const PlanNode& node,
                const std::vector<Unit>& units) {
    print_field(out, indent, Label::word_requirement, node.requirement);
    print_targets(out, indent, node);
    print_field(out, indent, Label::word_deadline,
                node.deadline ? describe_deadline(*node.deadline) : node.deadline_text);
    print_field(out, indent, Label::word_lead, unit_names(node.lead_units, units));
    if (!node.coordinating_units.empty()) {
        print_field(out, indent, Label::word_coordinating,
                    unit_names(node.coordinating_units, units));
    }
}

void print_heading(std::ostream& out, const Plan& plan) {
    const PlanInfo& info = plan.info;
    const PlanCounts counts = count_nodes(plan);
    out << format_label(Label::plan_heading, {std::to_string(info.year)});
    if (!info.issuing_body.empty()) {
        out << " - " << info.issuing_body;
    }
    out << '\n';
    if (!info.title.empty()) {
        out << info.title << '\n';
    }
    const std::string number =
        info.number.empty() ? std::string(label_text(Label::show_no_number)) : info.number;
    out << format_label(Label::plan_number, {number});
    if (!info.place_and_date.empty()) {
        out << "; " << info.place_and_date;
    }
    out << '\n'
        << format_label(Label::show_counts,
                        {std::to_string(counts.areas), std::to_string(counts.groups),
                         std::to_string(counts.tasks)})
        << "\n\n";
}

}  // namespace

int run_plan_show(CliContext& context, const PlanShowOptions& options) {
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    auto view = load_plan(**store, options.year);
    if (!view) {
        return context.report(view.error());
    }
    std::ostream& out = context.out();
    if (options.json) {
        out << plan_to_json(*view, JsonLayout::indented) << '\n';
        return exit_ok;
    }
    print_heading(out, view->plan);
    for (const PlanNode& node : view->plan.nodes) {
        const std::string indent = indent_of(node);
        const char* separator = node.kind == NodeKind::area ? ". " : " ";
        out << indent << node.code << separator << node.title << '\n';
        if (node.kind == NodeKind::task) {
            print_task(out, indent, node, view->units);
        }
    }
    return exit_ok;
}

}  // namespace parindex
