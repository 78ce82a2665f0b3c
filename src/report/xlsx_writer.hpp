#pragma once
// Writes sheets to an XLSX workbook (libxlsxwriter): a bold header row, frozen panes, an
// autofilter, Times New Roman as Vietnamese offices use.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "report/office_table.hpp"

namespace parindex {

// The workbook's bytes.
[[nodiscard]] Result<std::string> write_xlsx(const std::vector<OfficeSheet>& sheets);

}  // namespace parindex
