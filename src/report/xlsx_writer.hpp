#pragma once
// Writes sheets to an XLSX workbook (libxlsxwriter): title rows, bold header rows with merged
// cells, frozen panes below the header, an autofilter on its last row, wrapped text, numbers as
// number cells, Times New Roman as Vietnamese offices use.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "report/office_table.hpp"

namespace parindex {

// A percentage as a spreadsheet keeps one (86.4% is 0.864, shown through a "0.0%" format),
// rounded off the binary noise of the division.
[[nodiscard]] double percent_as_fraction(double percent);

// The workbook's bytes.
[[nodiscard]] Result<std::string> write_xlsx(const std::vector<OfficeSheet>& sheets);

}  // namespace parindex
