#pragma once
// Which targets of the plan the dossier indicators measure (docs/dossiers.md section 3): the
// target takes its measured value from the one-stop data instead of the units' reports.

#include <optional>
#include <span>
#include <string_view>

#include "domain/dossier_indicators.hpp"

namespace parindex {

struct IndicatorLink {
    std::string_view task_code;
    int target_index = 0;  // the target's position among the task's targets
    Indicator indicator = Indicator::on_time_rate;
};

[[nodiscard]] std::span<const IndicatorLink> indicator_links();
[[nodiscard]] std::optional<Indicator> linked_indicator(std::string_view task_code,
                                                        int target_index);

}  // namespace parindex
