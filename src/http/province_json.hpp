#pragma once
// The province's roll-up as JSON (docs/api.md, "Tổng hợp cấp tỉnh"), shared by the API and
// `parindex province ranking --format json`.

#include <nlohmann/json_fwd.hpp>
#include <string_view>
#include <vector>

#include "app/province_rollup.hpp"

namespace parindex {

[[nodiscard]] nlohmann::json ward_summary_json(const WardSummary& ward);
// {as_of, by, wards}: `by` is the indicator's id, or "index_projected" when empty.
[[nodiscard]] nlohmann::json province_ranking_json(const std::vector<WardSummary>& wards,
                                                   const CivilDate& as_of, std::string_view by);

}  // namespace parindex
