#pragma once
// Reads the first worksheet of an XLSX workbook (libzip and expat), row by row, each cell as
// the text a person sees: shared and inline strings as they are, numbers in their shortest form,
// and numbers with a date or time format as ISO 8601 ("2025-03-14T08:30:00", or "2025-03-14"
// when the time is midnight). Streams the sheet, so a workbook of a million rows does not need
// its XML in memory. A plan's appendix, which needs its merged cells and may sit on any sheet,
// is read whole from memory instead (read_xlsx_sheets).

#include <functional>
#include <string>
#include <string_view>
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

// A range of merged cells ("A4:A5"): rows numbered as in the sheet (from 1), columns from 0 (A).
struct XlsxRange {
    int first_row = 0;
    int first_column = 0;
    int last_row = 0;
    int last_column = 0;

    friend bool operator==(const XlsxRange&, const XlsxRange&) = default;
};

struct XlsxRow {
    int number = 0;                  // as the sheet numbers it
    std::vector<std::string> cells;  // from column A to the last non-empty one

    friend bool operator==(const XlsxRow&, const XlsxRow&) = default;
};

struct XlsxSheet {
    std::string name;               // as its tab shows it
    std::vector<XlsxRow> rows;      // the rows with text, in order
    std::vector<XlsxRange> merged;  // its <mergeCells>; the sheet keeps the text in the top left
};

// Every worksheet of a workbook held in memory, in the order of the tabs (chart sheets left
// out), cells read as read_xlsx_rows reads them. `source_name` names the workbook in messages.
[[nodiscard]] Result<std::vector<XlsxSheet>> read_xlsx_sheets(std::string_view bytes,
                                                              std::string_view source_name);

}  // namespace parindex
