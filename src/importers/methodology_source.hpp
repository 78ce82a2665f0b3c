#pragma once
// The methodology in force for the plan's year: the one imported for that year, else the
// shipped template (docs/methodology.md) set to the plan's year. Also reads and checks a
// methodology a person uploads, and stores it when it fits the plan.

#include <optional>
#include <string>
#include <string_view>

#include "app/clock.hpp"
#include "app/workflow_store.hpp"
#include "domain/role.hpp"

namespace parindex {

struct ActiveMethodology {
    Methodology methodology;
    std::string text;  // the YAML as imported (or the template's)
    bool is_default = false;
    std::optional<StoredMethodology> stored;  // who imported it, when, from which file
};

[[nodiscard]] Result<ActiveMethodology> active_methodology(WorkflowStore& store, const Plan& plan);

// Reads `text`, checks it against `plan` and stores it. Returns the problems, each with its
// line (a YAML error is the only one when the file does not read); none means stored.
[[nodiscard]] Result<std::vector<Diagnostic>> upload_methodology(
    WorkflowStore& store, const Actor& actor, const Clock& clock, const Plan& plan,
    std::string_view text, std::string_view source_name);

}  // namespace parindex
