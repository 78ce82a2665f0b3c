#pragma once
// Reads a plan from its Word document (.docx): the paragraphs and layout tables before the
// appendix give the plan's details (number, date, title, body, "Nơi nhận", signer); the appendix
// is the first table with the header row "STT", "Lĩnh vực, tiêu chí", ..., and the tables after
// it that carry on (Word splits a table at a page break into two, the header repeated). Cells
// spanning columns (w:gridSpan) keep their text in the first; cells merged down (w:vMerge)
// repeat the text above in a task row and stay empty in a header row; nested tables are left
// out. Messages name the table row (from 1, counted on across the appendix's tables).

#include <string_view>

#include "core/error.hpp"
#include "importers/plan_table_reader.hpp"

namespace parindex {

[[nodiscard]] Result<PlanReading> read_plan_docx(std::string_view bytes,
                                                 std::string_view source_name);

}  // namespace parindex
