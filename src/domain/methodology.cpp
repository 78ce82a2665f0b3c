#include "domain/methodology.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "core/decimal.hpp"
#include "core/enum_table.hpp"
#include "domain/node_code.hpp"

namespace parindex {

namespace {

constexpr std::array k_part_codes = {
    EnumEntry<ScorePart>{ScorePart::assessed, "assessed"},
    EnumEntry<ScorePart>{ScorePart::survey, "survey"},
};

constexpr std::array k_part_labels = {
    EnumEntry<ScorePart, Label>{ScorePart::assessed, Label::score_part_assessed},
    EnumEntry<ScorePart, Label>{ScorePart::survey, Label::score_part_survey},
};

// Points are compared to the hundredth (docs/methodology.md).
bool same_points(double a, double b) {
    constexpr double k_tolerance = 0.005;
    return std::abs(a - b) < k_tolerance;
}

const PlanNode* find_plan_node(const Plan& plan, std::string_view code) {
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == code; });
    return found == plan.nodes.end() ? nullptr : &*found;
}

// True when `ancestor` holds `code` in the plan's numbering, at any depth.
bool is_ancestor(std::string_view ancestor, std::string_view code) {
    for (auto parent = parent_code(code); parent; parent = parent_code(*parent)) {
        if (*parent == ancestor) {
            return true;
        }
    }
    return false;
}

class Checker {
  public:
    Checker(const Methodology& methodology, const Plan& plan, const std::string& source_name)
        : m_methodology(methodology), m_plan(plan), m_source(source_name) {}

    std::vector<Diagnostic> run() {
        if (m_methodology.year != m_plan.info.year) {
            report(1, "year", Label::error_methodology_year,
                   {std::to_string(m_methodology.year), std::to_string(m_plan.info.year)});
        }
        for (std::size_t i = 0; i < m_methodology.nodes.size(); ++i) {
            check_node(i);
        }
        check_sums();
        return std::move(m_problems);
    }

  private:
    void report(int line, std::string field, Label message, std::vector<std::string> args) {
        m_problems.push_back(
            Diagnostic{message, std::move(args), Location{m_source, line, std::move(field)}});
    }

    void check_node(std::size_t index) {
        const MethodologyNode& node = m_methodology.nodes[index];
        const auto [first, inserted] = m_first_line.emplace(node.code, node.source_line);
        if (!inserted) {
            report(node.source_line, "code", Label::error_methodology_duplicate_code,
                   {node.code, std::to_string(first->second)});
            return;
        }
        const PlanNode* plan_node = find_plan_node(m_plan, node.code);
        if (plan_node == nullptr) {
            report(node.source_line, "code", Label::error_methodology_unknown_code,
                   {node.code, std::to_string(m_plan.info.year)});
            return;
        }
        check_place(index);
        if (node.rule) {
            check_rule(node, *node.rule, *plan_node);
        }
    }

    void check_place(std::size_t index) {
        const MethodologyNode& node = m_methodology.nodes[index];
        const auto parent = m_methodology.parent_of(index);
        const auto code = parse_node_code(node.code);
        if (!parent) {
            if (code && !code->is_area()) {
                report(node.source_line, "code", Label::error_methodology_misplaced,
                       {node.code, std::string(label_text(Label::methodology_areas))});
            }
            return;
        }
        const std::string& holder = m_methodology.nodes[*parent].code;
        if (!is_ancestor(holder, node.code)) {
            report(node.source_line, "code", Label::error_methodology_misplaced,
                   {node.code, holder});
        }
    }

    void check_rule(const MethodologyNode& node, const ScoringRule& rule,
                    const PlanNode& plan_node) {
        const int line = node.source_line;
        const bool needs_task =
            rule.source == MeasureSource::task || rule.source == MeasureSource::target;
        if (needs_task && plan_node.kind != NodeKind::task) {
            report(line, "source", Label::error_methodology_needs_task,
                   {std::string(measure_source_code(rule.source)), node.code});
        }
        const auto target_count = static_cast<int>(plan_node.targets.size());
        if (rule.source == MeasureSource::target && plan_node.kind == NodeKind::task &&
            (rule.target_index < 0 || rule.target_index >= target_count)) {
            report(
                line, "target", Label::error_methodology_target_missing,
                {node.code, std::to_string(rule.target_index + 1), std::to_string(target_count)});
        }
        if (rule.type == RuleType::linear && rule.threshold <= 0) {
            report(line, "threshold", Label::error_methodology_threshold, {});
        }
        const bool counts = rule.type == RuleType::count || rule.type == RuleType::bonus_penalty;
        if (counts && (rule.per == 0 || (rule.type == RuleType::count && rule.per < 0))) {
            report(line, "per", Label::error_methodology_per, {});
        }
        check_at_most(node, "cap", rule.cap);
        check_at_most(node, "start", rule.start);
        for (const Band& band : rule.bands) {
            check_at_most(node, "bands", band.points);
        }
    }

    void check_at_most(const MethodologyNode& node, const std::string& field,
                       std::optional<double> points) {
        if (points && *points > node.max_points && !same_points(*points, node.max_points)) {
            report(node.source_line, field, Label::error_methodology_above_max,
                   {field, format_decimal(*points), format_decimal(node.max_points)});
        }
    }

    void check_sums() {
        const auto& nodes = m_methodology.nodes;
        std::vector<double> child_sums(nodes.size(), 0.0);
        std::vector<bool> has_children(nodes.size(), false);
        double areas = 0;
        std::map<ScorePart, double> parts;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (const auto parent = m_methodology.parent_of(i)) {
                child_sums[*parent] += nodes[i].max_points;
                has_children[*parent] = true;
            } else {
                areas += nodes[i].max_points;
            }
            if (nodes[i].is_leaf()) {
                parts[nodes[i].part] += nodes[i].max_points;
            }
        }
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (has_children[i] && !same_points(child_sums[i], nodes[i].max_points)) {
                report(nodes[i].source_line, "max", Label::error_methodology_group_sum,
                       {nodes[i].code, format_decimal(nodes[i].max_points),
                        format_decimal(child_sums[i])});
            }
        }
        const double total = m_methodology.total_points;
        if (!same_points(areas, total)) {
            report(1, "total", Label::error_methodology_total_sum,
                   {format_decimal(total), format_decimal(areas)});
        }
        check_part(ScorePart::assessed, m_methodology.assessed_points, parts[ScorePart::assessed]);
        check_part(ScorePart::survey, m_methodology.survey_points, parts[ScorePart::survey]);
        if (!same_points(m_methodology.assessed_points + m_methodology.survey_points, total)) {
            report(1, "parts", Label::error_methodology_parts_total,
                   {format_decimal(m_methodology.assessed_points),
                    format_decimal(m_methodology.survey_points), format_decimal(total)});
        }
    }

    void check_part(ScorePart part, double declared, double leaves) {
        if (!same_points(declared, leaves)) {
            report(1, "parts", Label::error_methodology_part_sum,
                   {std::string(label_text(score_part_label(part))), format_decimal(declared),
                    format_decimal(leaves)});
        }
    }

    const Methodology& m_methodology;
    const Plan& m_plan;
    const std::string& m_source;
    std::map<std::string, int, std::less<>> m_first_line;
    std::vector<Diagnostic> m_problems;
};

}  // namespace

const MethodologyNode* Methodology::find(std::string_view code) const {
    const auto found = std::find_if(nodes.begin(), nodes.end(),
                                    [&](const MethodologyNode& node) { return node.code == code; });
    return found == nodes.end() ? nullptr : &*found;
}

std::optional<std::size_t> Methodology::parent_of(std::size_t index) const {
    const int depth = nodes[index].depth;
    for (std::size_t i = index; i-- > 0;) {
        if (nodes[i].depth < depth) {
            return i;
        }
    }
    return std::nullopt;
}

std::vector<Diagnostic> check_methodology(const Methodology& methodology, const Plan& plan,
                                          const std::string& source_name) {
    return Checker(methodology, plan, source_name).run();
}

std::string_view score_part_code(ScorePart part) {
    return lookup(k_part_codes, part);
}

std::optional<ScorePart> score_part_from_code(std::string_view code) {
    return reverse_lookup(k_part_codes, code);
}

Label score_part_label(ScorePart part) {
    return lookup(k_part_labels, part);
}

}  // namespace parindex
