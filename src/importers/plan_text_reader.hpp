#pragma once
// Reads a plan exported from Word as text: the body, then the appendix table with one row per
// line and cells separated by tabs. Published plans are untidy, and this reader repairs what
// they do, reporting each repair as a warning that names the line: the table header repeated
// after every page break, rows continued on the next page, HTML fragments in cells, a sentence
// written twice in a cell, NFD text. Anything it cannot read is an error naming the line and
// what was expected. The table itself is read by read_plan_table, as for Word and Excel files.

#include <string_view>

#include "core/error.hpp"
#include "importers/plan_table_reader.hpp"

namespace parindex {

[[nodiscard]] Result<PlanReading> read_plan_text(std::string_view bytes,
                                                 std::string_view source_name);

}  // namespace parindex
