#pragma once
// A dossier indicator projected to the year's end from its trend: a straight line fitted through
// the monthly rates so far, continued over the months left at the average monthly volume, and
// added to the counts already made. Rates stay within 0-100%.

#include <cstdint>
#include <optional>
#include <vector>

namespace parindex {

struct MonthlyCounts {
    int month = 0;  // 1-12
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
};

struct RateProjection {
    double percent = 0;     // the whole year's projected rate
    double slope = 0;       // percentage points per month of the fitted line
    int months_fitted = 0;  // months with dossiers; fewer than 3 keep the rate as it is
};

// `elapsed`: the months so far (the current one included), in order. Nothing when no month has
// a denominator. With fewer than three months of data the year is projected at today's rate.
[[nodiscard]] std::optional<RateProjection> project_year_rate(
    const std::vector<MonthlyCounts>& elapsed, int last_month = 12);

}  // namespace parindex
