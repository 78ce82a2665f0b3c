#pragma once
// The province's report of all its wards as an XLSX workbook: "Xếp hạng", one row per ward in
// the order of the ranking (the PAR index now and projected, the tasks by status, the dossiers and
// each dossier indicator as a percentage), and "Chỉ số hồ sơ", each ward's indicators with the
// counts behind them. Numbers are number cells; header rows are frozen and filtered; A4 landscape.

#include <string>
#include <vector>

#include "app/province_rollup.hpp"
#include "core/error.hpp"

namespace parindex {

// `province_name` ("UBND tỉnh Thái Nguyên") heads the sheets; empty: left out.
[[nodiscard]] Result<std::string> render_province_xlsx(const std::vector<WardSummary>& ranking,
                                                       const CivilDate& as_of,
                                                       const std::string& province_name);

// "tong-hop-cchc-xa-phuong-2025-11-20.xlsx": an ASCII name for downloads.
[[nodiscard]] std::string province_report_file_name(const CivilDate& as_of);

}  // namespace parindex
