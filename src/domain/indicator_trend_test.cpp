// Tests project_year_rate (indicator_trend.hpp) against docs/methodology.md "Projected to 31/12":
// a least-squares line through the monthly rates so far, continued at the average monthly volume,
// fewer than three months keep today's rate. Every expected number is worked out by hand.
#include "domain/indicator_trend.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace parindex {

namespace {

constexpr double k_tolerance = 1e-9;

// Months 1-4, 100 dossiers each, 80, 82, 84, 86 on time: rates 80, 82, 84, 86%.
std::vector<MonthlyCounts> rising() {
    return {{1, 80, 100}, {2, 82, 100}, {3, 84, 100}, {4, 86, 100}};
}

TEST(ProjectYearRate, ARisingSeriesFollowsItsLineAndStopsAt100) {
    // Fit: Σx = 10, Σy = 332, Σx² = 30, Σxy = 80 + 164 + 252 + 344 = 840, n = 4;
    // slope = (4 × 840 − 10 × 332) / (4 × 30 − 10²) = 40 / 20 = 2; intercept = (332 − 2 × 10) / 4
    // = 78. Months 5-12 at 100 dossiers each (400 / 4): 88, 90, 92, 94, 96, 98, 100, 102 → 100,
    // on time 758 of 800. Year: (332 + 758) / (400 + 800) = 1090 / 1200 = 90,8333…%.
    const auto projection = project_year_rate(rising());
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 90.833333333333, 1e-9);
    EXPECT_NEAR(projection->slope, 2, k_tolerance);
    EXPECT_EQ(projection->months_fitted, 4);
}

TEST(ProjectYearRate, AnEarlierLastMonthStopsTheProjectionThere) {
    // Months 5 and 6 only: 88 + 90 on time of 200. (332 + 178) / 600 = 85%.
    const auto projection = project_year_rate(rising(), 6);
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 85, k_tolerance);
}

TEST(ProjectYearRate, ASteepRiseIsClampedAt100) {
    // Months 1-3, 50 dossiers each: 40, 45, 50 → 80, 90, 100%. Slope 10, intercept 70:
    // month 4 would be 110%. Months 4-12 all at 100%: 9 × 50 = 450 of 450.
    // (135 + 450) / (150 + 450) = 585 / 600 = 97,5% (not above 100 per month).
    const auto projection = project_year_rate({{1, 40, 50}, {2, 45, 50}, {3, 50, 50}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 97.5, k_tolerance);
    EXPECT_NEAR(projection->slope, 10, k_tolerance);
    EXPECT_LE(projection->percent, 100);
}

TEST(ProjectYearRate, AFallIsClampedAtZero) {
    // Months 1-3, 10 dossiers each: 6, 3, 0 → 60, 30, 0%. Σx = 6, Σy = 90, Σx² = 14,
    // Σxy = 60 + 60 + 0 = 120; slope = (3 × 120 − 6 × 90) / (3 × 14 − 36) = −180 / 6 = −30,
    // intercept (90 + 180) / 3 = 90. Months 4-12 fall below 0 → 0%: 0 of 90.
    // (9 + 0) / (30 + 90) = 7,5%.
    const auto projection = project_year_rate({{1, 6, 10}, {2, 3, 10}, {3, 0, 10}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 7.5, k_tolerance);
    EXPECT_NEAR(projection->slope, -30, k_tolerance);
    EXPECT_EQ(projection->months_fitted, 3);
}

TEST(ProjectYearRate, TheLineIsOfMonthlyRatesAndTheVolumeIsTheAverage) {
    // 100, 200, 300 dossiers at 80, 82, 84% (80, 164, 252 on time): the line through the rates has
    // slope 2, intercept 78. Today 496 / 600. Average volume 600 / 3 = 200 a month for months
    // 4-12 at 86, 88, 90, 92, 94, 96, 98, 100, 102 → 100%: on time 2 × 844 = 1688 of 1800.
    // (496 + 1688) / (600 + 1800) = 2184 / 2400 = 91%.
    const auto projection = project_year_rate({{1, 80, 100}, {2, 164, 200}, {3, 252, 300}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 91, k_tolerance);
    EXPECT_NEAR(projection->slope, 2, k_tolerance);
}

TEST(ProjectYearRate, AMonthWithoutDossiersIsLeftOutOfTheFit) {
    // Months 1, 3, 4 with 100 dossiers at 80, 84, 86%; month 2 has none. Σx = 8, Σy = 250,
    // Σx² = 26, Σxy = 80 + 252 + 344 = 676; slope = (3 × 676 − 8 × 250) / (3 × 26 − 64) = 28 / 14
    // = 2, intercept (250 − 16) / 3 = 78. Volume 300 / 3 = 100. Months 5-12 as in the rising
    // series: 758 of 800. (250 + 758) / (300 + 800) = 1008 / 1100 = 91,6363…%.
    const auto projection =
        project_year_rate({{1, 80, 100}, {2, 0, 0}, {3, 84, 100}, {4, 86, 100}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 91.636363636364, 1e-9);
    EXPECT_NEAR(projection->slope, 2, k_tolerance);
    EXPECT_EQ(projection->months_fitted, 3);
}

TEST(ProjectYearRate, FewerThanThreeMonthsKeepTodaysRate) {
    // (80 + 90) / 200 = 85%, even though the two months rise.
    const auto projection = project_year_rate({{1, 80, 100}, {2, 90, 100}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 85, k_tolerance);
    EXPECT_EQ(projection->slope, 0);
    EXPECT_EQ(projection->months_fitted, 2);
}

TEST(ProjectYearRate, MonthsWithoutDossiersDoNotCountTowardsThree) {
    // Four months elapsed but only two with dossiers: (80 + 90) / 200 = 85%.
    const auto projection = project_year_rate({{1, 80, 100}, {2, 0, 0}, {3, 0, 0}, {4, 90, 100}});
    ASSERT_TRUE(projection.has_value());
    EXPECT_NEAR(projection->percent, 85, k_tolerance);
    EXPECT_EQ(projection->months_fitted, 2);
}

TEST(ProjectYearRate, NothingWithoutDossiers) {
    EXPECT_EQ(project_year_rate({}), std::nullopt);
    EXPECT_EQ(project_year_rate({{1, 0, 0}, {2, 0, 0}, {3, 0, 0}}), std::nullopt);
}

TEST(ProjectYearRate, AtTheLastMonthTodaysRateIsTheYears) {
    // Months 10-12 rising 80, 90, 100%: the year is over, (8 + 9 + 10) / 30 = 90%.
    const auto december = project_year_rate({{10, 8, 10}, {11, 9, 10}, {12, 10, 10}});
    ASSERT_TRUE(december.has_value());
    EXPECT_NEAR(december->percent, 90, k_tolerance);
    // The rising series when month 4 is the last: 332 / 400 = 83%.
    const auto april = project_year_rate(rising(), 4);
    ASSERT_TRUE(april.has_value());
    EXPECT_NEAR(april->percent, 83, k_tolerance);
}

}  // namespace

}  // namespace parindex
