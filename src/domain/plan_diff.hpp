#pragma once
// What changed between the stored plan and a newly imported one, node by node (matched by
// code), so a re-import of the same plan writes nothing and a changed plan says what changed.

#include <string>
#include <vector>

#include "domain/plan.hpp"

namespace parindex {

enum class NodeField {
    kind,
    title,
    requirement,
    deadline,
    lead_units,
    coordinating_units,
    targets
};

struct NodeChange {
    std::string code;
    std::vector<NodeField> fields;
};

struct PlanChanges {
    bool info_changed = false;
    bool order_changed = false;
    std::vector<std::string> added;    // codes, in the new plan's order
    std::vector<std::string> removed;  // codes, in the old plan's order
    std::vector<NodeChange> modified;

    [[nodiscard]] bool is_empty() const {
        return !info_changed && !order_changed && added.empty() && removed.empty() &&
               modified.empty();
    }
};

[[nodiscard]] PlanChanges diff_plans(const Plan& before, const Plan& after);

// Targets a person edited survive a re-import while the task's requirement text is unchanged.
[[nodiscard]] Plan carry_over_edited_targets(const Plan& before, Plan after);

// The field's name as the plan's table heads it ("Yêu cầu", "Cơ quan chủ trì").
[[nodiscard]] std::string_view node_field_label(NodeField field);

}  // namespace parindex
