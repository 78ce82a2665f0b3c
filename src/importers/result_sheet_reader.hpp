#pragma once
// Reads a sheet of PAR index results per criterion (docs/methodology.md, last section): last
// year's results as the baseline, or this year's appraisal round. CSV or XLSX, told apart by
// their bytes; columns "Mã tiêu chí" (required), "Điểm tối đa", "Điểm tự đánh giá", "Giải trình
// tự đánh giá", "Điểm thẩm định", "Ý kiến thẩm định", "Giải trình sau thẩm định" and "Điểm cuối
// cùng" in any order, at least one of the three points columns present; other columns are
// ignored. Points accept a decimal comma or point. Whether a code belongs to the methodology is
// for the caller to say.

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/score_tree.hpp"  // ResultSheetRow

namespace parindex {

// Every criterion row in the sheet's order, or the first error: a missing column, a bad or
// negative number, points above the row's maximum, a row with points but no code, a code twice.
[[nodiscard]] Result<std::vector<ResultSheetRow>> read_result_sheet(std::string_view bytes,
                                                                    std::string_view source_name);

}  // namespace parindex
