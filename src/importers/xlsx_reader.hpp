#pragma once
// Reads the first worksheet of an XLSX workbook (libzip and expat), row by row, each cell as
// the text a person sees: shared and inline strings as they are, numbers in their shortest form,
// and numbers with a date or time format as ISO 8601 ("2025-03-14T08:30:00", or "2025-03-14"
// when the time is midnight). Streams the sheet, so a workbook of a million rows does not need
// its XML in memory.

#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace parindex {

// `visit` gets the 1-based row number and the row's cells from column A to the last non-empty
// one (missing cells are empty text). A failure of `visit` stops the reading and is returned.
// A file that is not an XLSX workbook is invalid_input naming the file.
[[nodiscard]] Result<void> read_xlsx_rows(
    const std::string& path,
    const std::function<Result<void>(int row_number, const std::vector<std::string>& cells)>&
        visit);

}  // namespace parindex
