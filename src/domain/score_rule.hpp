#pragma once
// Scores of the Decision 766 kind (docs/dossiers.md section 4): an indicator worth `max_points`
// gets them all from `threshold_percent` up and a proportional share below. The rules are data
// (data/methodology/), edited when the methodology changes, never constants in code.

#include <optional>
#include <string>

#include "domain/dossier_indicators.hpp"

namespace parindex {

struct ScoreRule {
    std::string group;  // "Tiến độ giải quyết"
    Indicator indicator = Indicator::on_time_rate;
    double max_points = 0;
    double threshold_percent = 100;
    std::string note;
};

// min(max, max × rate / threshold); nothing when the rate is N/A.
[[nodiscard]] std::optional<double> score(const ScoreRule& rule, const Rate& rate);

}  // namespace parindex
