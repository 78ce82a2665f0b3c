#pragma once
// The scorecard as JSON (docs/api.md, "Điểm Chỉ số CCHC"), shared by the API and
// `parindex score --format json`.

#include <nlohmann/json_fwd.hpp>

#include "app/scorecard.hpp"
#include "importers/methodology_source.hpp"

namespace parindex {

[[nodiscard]] nlohmann::json scorecard_json(const Scorecard& card,
                                            const ActiveMethodology& methodology,
                                            const Overview& overview);
[[nodiscard]] nlohmann::json criterion_result_json(const CriterionResult& result);

}  // namespace parindex
