#pragma once
// Reads a plan from a spreadsheet (.xlsx): the first sheet holding the appendix's header row
// ("STT", "Lĩnh vực, tiêu chí", ...); its rows above the header are title lines for the plan's
// details, its rows from the header on the appendix. Merged cells keep their text in the top
// left cell: the others of a merge across stay empty, and a merge down repeats the text in each
// task row it covers (a lead unit merged over three tasks leads each) but not in header rows.
// Messages name the sheet and its row numbers as Excel shows them.

#include <string_view>

#include "core/error.hpp"
#include "importers/plan_table_reader.hpp"

namespace parindex {

[[nodiscard]] Result<PlanReading> read_plan_xlsx(std::string_view bytes,
                                                 std::string_view source_name);

}  // namespace parindex
