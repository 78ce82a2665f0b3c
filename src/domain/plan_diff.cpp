#include "domain/plan_diff.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/enum_table.hpp"
#include "core/labels.hpp"

namespace parindex {

namespace {

std::map<std::string, const PlanNode*> index_by_code(const Plan& plan) {
    std::map<std::string, const PlanNode*> index;
    for (const PlanNode& node : plan.nodes) {
        index.emplace(node.code, &node);
    }
    return index;
}

std::vector<NodeField> changed_fields(const PlanNode& before, const PlanNode& after) {
    std::vector<NodeField> fields;
    auto check = [&fields](bool is_same, NodeField field) {
        if (!is_same) {
            fields.push_back(field);
        }
    };
    check(before.kind == after.kind, NodeField::kind);
    check(before.title == after.title, NodeField::title);
    check(before.requirement == after.requirement, NodeField::requirement);
    check(before.deadline == after.deadline && before.deadline_text == after.deadline_text,
          NodeField::deadline);
    check(before.lead_units == after.lead_units, NodeField::lead_units);
    check(before.coordinating_units == after.coordinating_units, NodeField::coordinating_units);
    check(before.targets == after.targets, NodeField::targets);
    return fields;
}

std::vector<std::string> codes_in_order(const Plan& plan,
                                        const std::map<std::string, const PlanNode*>& keep) {
    std::vector<std::string> codes;
    for (const PlanNode& node : plan.nodes) {
        if (keep.contains(node.code)) {
            codes.push_back(node.code);
        }
    }
    return codes;
}

using FieldLabel = EnumEntry<NodeField, Label>;

constexpr std::array k_field_labels = {
    FieldLabel{NodeField::kind, Label::word_kind},
    FieldLabel{NodeField::title, Label::word_title},
    FieldLabel{NodeField::requirement, Label::word_requirement},
    FieldLabel{NodeField::deadline, Label::word_deadline},
    FieldLabel{NodeField::lead_units, Label::word_lead},
    FieldLabel{NodeField::coordinating_units, Label::word_coordinating},
    FieldLabel{NodeField::targets, Label::word_targets},
};

}  // namespace

PlanChanges diff_plans(const Plan& before, const Plan& after) {
    PlanChanges changes;
    changes.info_changed = !(before.info == after.info);
    const auto old_nodes = index_by_code(before);
    const auto new_nodes = index_by_code(after);
    for (const PlanNode& node : after.nodes) {
        const auto found = old_nodes.find(node.code);
        if (found == old_nodes.end()) {
            changes.added.push_back(node.code);
            continue;
        }
        std::vector<NodeField> fields = changed_fields(*found->second, node);
        if (!fields.empty()) {
            changes.modified.push_back(NodeChange{node.code, std::move(fields)});
        }
    }
    for (const PlanNode& node : before.nodes) {
        if (!new_nodes.contains(node.code)) {
            changes.removed.push_back(node.code);
        }
    }
    // Nodes present in both plans but in another order: the tree is printed in document order.
    changes.order_changed = codes_in_order(before, new_nodes) != codes_in_order(after, old_nodes);
    return changes;
}

Plan carry_over_edited_targets(const Plan& before, Plan after) {
    const auto old_nodes = index_by_code(before);
    for (PlanNode& node : after.nodes) {
        const auto found = old_nodes.find(node.code);
        if (found == old_nodes.end() || found->second->requirement != node.requirement) {
            continue;
        }
        const auto& old_targets = found->second->targets;
        const bool has_edits =
            std::any_of(old_targets.begin(), old_targets.end(),
                        [](const Target& t) { return t.origin == TargetOrigin::edited; });
        if (has_edits) {
            node.targets = old_targets;
        }
    }
    return after;
}

std::string_view node_field_label(NodeField field) {
    return label_text(lookup(k_field_labels, field));
}

}  // namespace parindex
