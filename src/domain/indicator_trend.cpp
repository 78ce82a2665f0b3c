#include "domain/indicator_trend.hpp"

#include <algorithm>

namespace parindex {

namespace {

constexpr double k_full = 100.0;
constexpr int k_months_for_trend = 3;

struct Line {
    double intercept = 0;
    double slope = 0;
};

// Least squares through (month, percent) of the months with dossiers.
Line fit(const std::vector<MonthlyCounts>& months) {
    double n = 0;
    double sum_x = 0;
    double sum_y = 0;
    double sum_xx = 0;
    double sum_xy = 0;
    for (const MonthlyCounts& month : months) {
        if (month.denominator == 0) {
            continue;
        }
        const auto x = static_cast<double>(month.month);
        const double y =
            k_full * static_cast<double>(month.numerator) / static_cast<double>(month.denominator);
        n += 1;
        sum_x += x;
        sum_y += y;
        sum_xx += x * x;
        sum_xy += x * y;
    }
    const double spread = n * sum_xx - sum_x * sum_x;
    if (spread == 0) {
        return {sum_y / n, 0};
    }
    const double slope = (n * sum_xy - sum_x * sum_y) / spread;
    return {(sum_y - slope * sum_x) / n, slope};
}

}  // namespace

std::optional<RateProjection> project_year_rate(const std::vector<MonthlyCounts>& elapsed,
                                                int last_month) {
    double numerator = 0;
    double denominator = 0;
    int months_with_data = 0;
    for (const MonthlyCounts& month : elapsed) {
        numerator += static_cast<double>(month.numerator);
        denominator += static_cast<double>(month.denominator);
        months_with_data += month.denominator > 0 ? 1 : 0;
    }
    if (denominator == 0) {
        return std::nullopt;
    }
    const double today = k_full * numerator / denominator;
    const int current = elapsed.empty() ? last_month : elapsed.back().month;
    if (months_with_data < k_months_for_trend || current >= last_month) {
        return RateProjection{today, 0, months_with_data};
    }
    const Line line = fit(elapsed);
    const double volume = denominator / months_with_data;
    for (int month = current + 1; month <= last_month; ++month) {
        const double rate = std::clamp(line.intercept + line.slope * month, 0.0, k_full);
        numerator += volume * rate / k_full;
        denominator += volume;
    }
    return RateProjection{k_full * numerator / denominator, line.slope, months_with_data};
}

}  // namespace parindex
