#pragma once
// Reads a scoring methodology written as YAML (docs/methodology.md): the year, the index's total
// and parts, and the criteria tree with each criterion's maximum and rule. Only the file's shape
// is checked here, each mistake an error naming the line and the field (a missing or unknown
// field, a value of the wrong kind, an unknown rule type, source or indicator); whether the
// methodology fits the plan and adds up is check_methodology's work (domain/methodology.hpp).
// The default methodology shipped with parindex is compiled in.

#include <string_view>

#include "core/error.hpp"
#include "domain/methodology.hpp"

namespace parindex {

[[nodiscard]] Result<Methodology> read_methodology_yaml(std::string_view bytes,
                                                        std::string_view source_name);

// The shipped template (data/methodology/chi-so-cchc-2025.yaml), as written and as read.
[[nodiscard]] std::string_view shipped_methodology_text();
[[nodiscard]] Result<Methodology> shipped_methodology();

}  // namespace parindex
