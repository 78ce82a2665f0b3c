#pragma once
// A plan as read from a document, before its unit names are resolved and its targets read:
// what an importer hands to build_plan. Rows keep the cell text and the line they came from, so
// every warning can name it.

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/deadline.hpp"
#include "domain/plan.hpp"
#include "domain/unit_directory.hpp"

namespace parindex {

struct DraftRow {
    std::string code;  // as normalised by NodeCode::to_string
    NodeKind kind = NodeKind::task;
    std::string title;
    std::string requirement;
    std::string deadline_text;
    std::optional<Deadline> deadline;
    std::string lead_text;
    std::string coordinating_text;
    int line = 0;
};

struct PlanDraft {
    std::string source_name;  // the file, for warnings
    PlanInfo info;
    std::vector<DraftRow> rows;
};

struct BuiltPlan {
    Plan plan;
    std::vector<Diagnostic> warnings;
};

// Resolves every unit cell through the directory (adding the units it does not know) and reads
// each requirement's targets; spelling variants, new units and unread numbers become warnings.
[[nodiscard]] BuiltPlan build_plan(const PlanDraft& draft, UnitDirectory& directory);

}  // namespace parindex
