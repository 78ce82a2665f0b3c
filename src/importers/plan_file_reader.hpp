#pragma once
// Reads a plan from whichever file a person has: the Word document itself (.docx), the
// spreadsheet (.xlsx), or the tab-separated text Word exports. The format is told by the content,
// not the name: a zip holding word/document.xml is a Word document, one holding xl/workbook.xml
// a workbook, anything else is read as text. Old binary Office files, PDFs and other zips are
// refused with a message naming the file and what it should be.

#include <string_view>

#include "core/error.hpp"
#include "importers/plan_table_reader.hpp"

namespace parindex {

[[nodiscard]] Result<PlanReading> read_plan_file(std::string_view bytes,
                                                 std::string_view source_name);

}  // namespace parindex
