#include "domain/score_rule.hpp"

#include <algorithm>

namespace parindex {

std::optional<double> score(const ScoreRule& rule, const Rate& rate) {
    const auto percent = rate.percent();
    if (!percent || rule.threshold_percent <= 0) {
        return std::nullopt;
    }
    return std::min(rule.max_points, rule.max_points * *percent / rule.threshold_percent);
}

}  // namespace parindex
