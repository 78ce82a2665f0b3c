// Tests apply_rule, round_points and format_points (scoring_rule.hpp) against the rules table of
// docs/methodology.md. Every expected number is worked out by hand; the comment beside it says how.
#include "domain/scoring_rule.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace parindex {

namespace {

ScoringRule linear_rule(double threshold) {
    ScoringRule rule;
    rule.type = RuleType::linear;
    rule.source = MeasureSource::indicator;
    rule.indicator = Indicator::on_time_rate;
    rule.threshold = threshold;
    return rule;
}

ScoringRule bands_rule(std::vector<Band> bands) {
    ScoringRule rule;
    rule.type = RuleType::bands;
    rule.source = MeasureSource::indicator;
    rule.indicator = Indicator::on_time_rate;
    rule.bands = std::move(bands);
    return rule;
}

ScoringRule count_rule(double per, std::optional<double> cap) {
    ScoringRule rule;
    rule.type = RuleType::count;
    rule.source = MeasureSource::target;
    rule.per = per;
    rule.cap = cap;
    return rule;
}

ScoringRule bonus_penalty_rule(double per, std::optional<double> start) {
    ScoringRule rule;
    rule.type = RuleType::bonus_penalty;
    rule.source = MeasureSource::entered;
    rule.per = per;
    rule.start = start;
    return rule;
}

ScoringRule of_type(RuleType type) {
    ScoringRule rule;
    rule.type = type;
    return rule;
}

Band at_least(double limit, double points) {
    return Band{Band::Bound::at_least, limit, points};
}
Band at_most(double limit, double points) {
    return Band{Band::Bound::at_most, limit, points};
}

// ---- linear: min(max, max × v / threshold) ----

TEST(LinearRule, BelowTheThresholdEarnsItsShareRoundedToTheHundredth) {
    // 3 × 86,4 / 100 = 2,592 → 2,59
    const RulePoints result = apply_rule(linear_rule(100), 3, 86.4);
    EXPECT_DOUBLE_EQ(result.points, 2.59);
    EXPECT_EQ(result.formula, "min(3; 3 × 86,4 / 100) = 2,59");
}

TEST(LinearRule, RoundsUpAtTheThirdDecimal) {
    // 2 × 85 / 90 = 1,8888… → 1,89
    const RulePoints result = apply_rule(linear_rule(90), 2, 85);
    EXPECT_DOUBLE_EQ(result.points, 1.89);
    EXPECT_EQ(result.formula, "min(2; 2 × 85 / 90) = 1,89");
}

TEST(LinearRule, AtTheThresholdEarnsTheMaximum) {
    // 3 × 90 / 90 = 3
    const RulePoints result = apply_rule(linear_rule(90), 3, 90);
    EXPECT_DOUBLE_EQ(result.points, 3);
    EXPECT_EQ(result.formula, "min(3; 3 × 90 / 90) = 3");
}

TEST(LinearRule, AboveTheThresholdStaysAtTheMaximum) {
    // 3 × 97,5 / 90 = 3,25 → min(3; 3,25) = 3
    const RulePoints result = apply_rule(linear_rule(90), 3, 97.5);
    EXPECT_DOUBLE_EQ(result.points, 3);
    EXPECT_EQ(result.formula, "min(3; 3 × 97,5 / 90) = 3");
}

TEST(LinearRule, ZeroEarnsNothing) {
    const RulePoints result = apply_rule(linear_rule(100), 1.5, 0);
    EXPECT_DOUBLE_EQ(result.points, 0);
    EXPECT_EQ(result.formula, "min(1,5; 1,5 × 0 / 100) = 0");
}

// ---- bands: the first band that holds; none: 0 ----

TEST(BandsRule, TheFirstBandThatHoldsGivesThePoints) {
    const ScoringRule rule = bands_rule({at_least(95, 2), at_least(80, 1.5), at_least(50, 0.5)});
    // 86,4 fails ≥ 95, holds ≥ 80: 1,5 (≥ 50 also holds but comes later)
    const RulePoints middle = apply_rule(rule, 2, 86.4);
    EXPECT_DOUBLE_EQ(middle.points, 1.5);
    EXPECT_EQ(middle.formula, "86,4 ≥ 80 → 1,5");
    // 96 holds the first band
    const RulePoints top = apply_rule(rule, 2, 96);
    EXPECT_DOUBLE_EQ(top.points, 2);
    EXPECT_EQ(top.formula, "96 ≥ 95 → 2");
    // exactly on a limit: ≥ holds
    EXPECT_DOUBLE_EQ(apply_rule(rule, 2, 80).points, 1.5);
    // 50 ≤ 60 < 80: the last band
    EXPECT_DOUBLE_EQ(apply_rule(rule, 2, 60).points, 0.5);
}

TEST(BandsRule, OrderDecidesNotTheBestBand) {
    // Written lowest first: 90 already holds ≥ 50, so 0,5 and not the 1,5 of ≥ 80.
    const ScoringRule rule = bands_rule({at_least(50, 0.5), at_least(80, 1.5)});
    const RulePoints result = apply_rule(rule, 2, 90);
    EXPECT_DOUBLE_EQ(result.points, 0.5);
    EXPECT_EQ(result.formula, "90 ≥ 50 → 0,5");
}

TEST(BandsRule, NoBandHoldsGivesZero) {
    const ScoringRule rule = bands_rule({at_least(95, 2), at_least(80, 1.5), at_least(50, 0.5)});
    const RulePoints result = apply_rule(rule, 2, 40);
    EXPECT_DOUBLE_EQ(result.points, 0);
    EXPECT_EQ(result.formula, "40 → 0");
}

TEST(BandsRule, AtMostBandsForASmallerIsBetterCount) {
    // Late dossiers: none → 1; up to 3 → 0,5; more → 0.
    const ScoringRule rule = bands_rule({at_most(0, 1), at_most(3, 0.5)});
    const RulePoints none = apply_rule(rule, 1, 0);
    EXPECT_DOUBLE_EQ(none.points, 1);
    EXPECT_EQ(none.formula, "0 ≤ 0 → 1");
    const RulePoints two = apply_rule(rule, 1, 2);
    EXPECT_DOUBLE_EQ(two.points, 0.5);
    EXPECT_EQ(two.formula, "2 ≤ 3 → 0,5");
    const RulePoints three = apply_rule(rule, 1, 3);
    EXPECT_DOUBLE_EQ(three.points, 0.5);
    const RulePoints five = apply_rule(rule, 1, 5);
    EXPECT_DOUBLE_EQ(five.points, 0);
    EXPECT_EQ(five.formula, "5 → 0");
}

TEST(BandsRule, MixedBoundsStillTakeTheFirstThatHolds) {
    const ScoringRule rule = bands_rule({at_most(10, 0.25), at_least(90, 1)});
    // 5 ≤ 10 holds first
    EXPECT_DOUBLE_EQ(apply_rule(rule, 1, 5).points, 0.25);
    // 95: ≤ 10 fails, ≥ 90 holds
    EXPECT_DOUBLE_EQ(apply_rule(rule, 1, 95).points, 1);
    // 50: neither
    EXPECT_DOUBLE_EQ(apply_rule(rule, 1, 50).points, 0);
}

// ---- yes_no: max when v ≠ 0, else 0 ----

TEST(YesNoRule, AnyValueButZeroIsYes) {
    const RulePoints yes = apply_rule(of_type(RuleType::yes_no), 1.5, 1);
    EXPECT_DOUBLE_EQ(yes.points, 1.5);
    EXPECT_EQ(yes.formula, "Có → 1,5");
    const RulePoints no = apply_rule(of_type(RuleType::yes_no), 1.5, 0);
    EXPECT_DOUBLE_EQ(no.points, 0);
    EXPECT_EQ(no.formula, "Không → 0");
    EXPECT_DOUBLE_EQ(apply_rule(of_type(RuleType::yes_no), 1.5, 0.5).points, 1.5);
    EXPECT_DOUBLE_EQ(apply_rule(of_type(RuleType::yes_no), 1.5, 7).points, 1.5);
}

// ---- count: min(cap, max, per × v) ----

TEST(CountRule, BelowTheCapCountsPerUnit) {
    // 0,5 × 3 = 1,5 < cap 2 < max 3
    const RulePoints result = apply_rule(count_rule(0.5, 2), 3, 3);
    EXPECT_DOUBLE_EQ(result.points, 1.5);
    EXPECT_EQ(result.formula, "min(2; 0,5 × 3) = 1,5");
}

TEST(CountRule, TheCapStopsTheCount) {
    // 0,5 × 5 = 2,5 > cap 2 (max 3): 2
    const RulePoints result = apply_rule(count_rule(0.5, 2), 3, 5);
    EXPECT_DOUBLE_EQ(result.points, 2);
    EXPECT_EQ(result.formula, "min(2; 0,5 × 5) = 2");
}

TEST(CountRule, WithoutACapTheMaximumStopsTheCount) {
    // 0,25 × 6 = 1,5 < max 2
    const RulePoints below = apply_rule(count_rule(0.25, std::nullopt), 2, 6);
    EXPECT_DOUBLE_EQ(below.points, 1.5);
    EXPECT_EQ(below.formula, "min(2; 0,25 × 6) = 1,5");
    // 0,25 × 10 = 2,5 > max 2: 2
    const RulePoints above = apply_rule(count_rule(0.25, std::nullopt), 2, 10);
    EXPECT_DOUBLE_EQ(above.points, 2);
    EXPECT_EQ(above.formula, "min(2; 0,25 × 10) = 2");
}

TEST(CountRule, ACapAboveTheMaximumNeverLiftsThePoints) {
    // cap 5, max 2: the ceiling is min(5, 2) = 2; 1 × 4 = 4 → 2
    const RulePoints result = apply_rule(count_rule(1, 5), 2, 4);
    EXPECT_DOUBLE_EQ(result.points, 2);
    EXPECT_EQ(result.formula, "min(2; 1 × 4) = 2");
}

// ---- bonus_penalty: start + per × v within 0..max, start defaults to max ----

TEST(BonusPenaltyRule, APenaltyCountsDownFromTheMaximum) {
    // 2 + (−0,5) × 3 = 0,5
    const RulePoints result = apply_rule(bonus_penalty_rule(-0.5, std::nullopt), 2, 3);
    EXPECT_DOUBLE_EQ(result.points, 0.5);
    EXPECT_EQ(result.formula, "2 + (-0,5) × 3 = 0,5");
}

TEST(BonusPenaltyRule, APenaltyStopsAtZero) {
    // 2 + (−0,5) × 5 = −0,5 → 0
    const RulePoints result = apply_rule(bonus_penalty_rule(-0.5, std::nullopt), 2, 5);
    EXPECT_DOUBLE_EQ(result.points, 0);
    EXPECT_EQ(result.formula, "2 + (-0,5) × 5 = 0");
}

TEST(BonusPenaltyRule, NothingCountedKeepsTheStart) {
    EXPECT_DOUBLE_EQ(apply_rule(bonus_penalty_rule(-0.5, std::nullopt), 2, 0).points, 2);
}

TEST(BonusPenaltyRule, ABonusCountsUpFromAStartOfZero) {
    // 0 + 0,25 × 2 = 0,5
    const RulePoints result = apply_rule(bonus_penalty_rule(0.25, 0), 1, 2);
    EXPECT_DOUBLE_EQ(result.points, 0.5);
    EXPECT_EQ(result.formula, "0 + 0,25 × 2 = 0,5");
}

TEST(BonusPenaltyRule, ABonusStopsAtTheMaximum) {
    // 0 + 0,25 × 6 = 1,5 → max 1
    const RulePoints result = apply_rule(bonus_penalty_rule(0.25, 0), 1, 6);
    EXPECT_DOUBLE_EQ(result.points, 1);
    EXPECT_EQ(result.formula, "0 + 0,25 × 6 = 1");
}

TEST(BonusPenaltyRule, AnExplicitStartReplacesTheMaximum) {
    // 1 + (−0,25) × 2 = 0,5 (not 2 − 0,5 = 1,5)
    const RulePoints result = apply_rule(bonus_penalty_rule(-0.25, 1), 2, 2);
    EXPECT_DOUBLE_EQ(result.points, 0.5);
    EXPECT_EQ(result.formula, "1 + (-0,25) × 2 = 0,5");
}

// ---- manual: v within 0..max ----

TEST(ManualRule, TheEnteredPointsStandWithinZeroToMax) {
    const RulePoints entered = apply_rule(of_type(RuleType::manual), 2, 1.25);
    EXPECT_DOUBLE_EQ(entered.points, 1.25);
    EXPECT_EQ(entered.formula, "1,25");
    const RulePoints above = apply_rule(of_type(RuleType::manual), 2, 3);
    EXPECT_DOUBLE_EQ(above.points, 2);
    EXPECT_EQ(above.formula, "2");
    const RulePoints below = apply_rule(of_type(RuleType::manual), 2, -1);
    EXPECT_DOUBLE_EQ(below.points, 0);
    EXPECT_EQ(below.formula, "0");
}

TEST(ManualRule, EnteredPointsAreRoundedToTheHundredth) {
    // 1,234 → 1,23
    EXPECT_DOUBLE_EQ(apply_rule(of_type(RuleType::manual), 2, 1.234).points, 1.23);
}

// ---- rounding and display ----

TEST(RoundPoints, KeepsTwoDecimalsHalfAwayFromZero) {
    EXPECT_DOUBLE_EQ(round_points(2.592), 2.59);
    EXPECT_DOUBLE_EQ(round_points(2.596), 2.6);
    // 0,125 and 0,375 are exact in binary: the half goes away from zero
    EXPECT_DOUBLE_EQ(round_points(0.125), 0.13);
    EXPECT_DOUBLE_EQ(round_points(0.375), 0.38);
    EXPECT_DOUBLE_EQ(round_points(-0.125), -0.13);
    EXPECT_DOUBLE_EQ(round_points(10), 10);
    EXPECT_DOUBLE_EQ(round_points(0.004), 0);
}

TEST(RoundPoints, AnExactDecimalHalfOfARuleGoesAwayFromZero) {
    // 1,5 × 67 / 100 = 1,005 exactly, as a person checks the formula: half away from zero → 1,01.
    // (In binary the product is 1,00499999…, which a plain round(x × 100) / 100 takes down to 1.)
    const RulePoints result = apply_rule(linear_rule(100), 1.5, 67);
    EXPECT_DOUBLE_EQ(result.points, 1.01);
    EXPECT_EQ(result.formula, "min(1,5; 1,5 × 67 / 100) = 1,01");
    // 3 × 33,5 / 100 = 1,005 → 1,01
    EXPECT_DOUBLE_EQ(apply_rule(linear_rule(100), 3, 33.5).points, 1.01);
    EXPECT_DOUBLE_EQ(round_points(1.005), 1.01);
    EXPECT_EQ(format_points(1.005), "1,01");
}

TEST(FormatPoints, VietnameseDecimalCommaWithoutTrailingZeros) {
    EXPECT_EQ(format_points(2.59), "2,59");
    EXPECT_EQ(format_points(10), "10");
    EXPECT_EQ(format_points(0.5), "0,5");
    EXPECT_EQ(format_points(1.10), "1,1");
    EXPECT_EQ(format_points(0), "0");
    // rounded before it is shown
    EXPECT_EQ(format_points(2.592), "2,59");
    EXPECT_EQ(format_points(1.999), "2");
    EXPECT_EQ(format_points(68), "68");
}

TEST(RuleCodes, ReadBackWhatTheyWrite) {
    for (const RuleType type : {RuleType::linear, RuleType::bands, RuleType::yes_no,
                                RuleType::count, RuleType::bonus_penalty, RuleType::manual}) {
        EXPECT_EQ(rule_type_from_code(rule_type_code(type)), type);
    }
    EXPECT_EQ(rule_type_code(RuleType::bonus_penalty), "bonus_penalty");
    EXPECT_EQ(rule_type_from_code("yes_no"), RuleType::yes_no);
    EXPECT_EQ(rule_type_from_code("percent"), std::nullopt);
    for (const MeasureSource source : {MeasureSource::indicator, MeasureSource::target,
                                       MeasureSource::task, MeasureSource::entered}) {
        EXPECT_EQ(measure_source_from_code(measure_source_code(source)), source);
    }
    EXPECT_EQ(measure_source_from_code("target"), MeasureSource::target);
    EXPECT_EQ(measure_source_from_code("survey"), std::nullopt);
}

}  // namespace

}  // namespace parindex
