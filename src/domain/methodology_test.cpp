// Tests check_methodology (methodology.hpp) against the "Checks" section of docs/methodology.md:
// a small valid methodology over a small plan, then one broken rule at a time, each asserting the
// node's line, the field and the message with its arguments.
#include "domain/methodology.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/labels.hpp"

namespace parindex {

// Found by argument-dependent lookup, so a failing comparison shows the message as a person
// reads it. Internal linkage: other test files of this binary print diagnostics their own way.
static void PrintTo(const Diagnostic& diagnostic, std::ostream* out) {
    *out << "{label #" << static_cast<int>(diagnostic.message) << " " << describe(diagnostic)
         << "}";
}

namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::string k_file = "chi-so-cchc-2025.yaml";

// The lines of the valid methodology's nodes, as if read from a YAML file.
constexpr int k_line_area_1 = 6;
constexpr int k_line_1_1 = 9;
constexpr int k_line_1_2 = 12;
constexpr int k_line_area_2 = 15;
constexpr int k_line_2_1 = 18;
constexpr int k_line_2_1_1 = 21;
constexpr int k_line_2_1_2 = 22;
constexpr int k_line_2_2 = 25;

Target target(std::string label, double value) {
    return Target{std::move(label), Comparator::greater_or_equal, value, "%",
                  std::nullopt,     TargetOrigin::extracted};
}

Target qualitative(std::string label) {
    return Target{std::move(label), Comparator::qualitative, std::nullopt, "",
                  std::nullopt,     TargetOrigin::extracted};
}

PlanNode plan_node(std::string code, NodeKind kind, std::vector<Target> targets = {}) {
    PlanNode node;
    node.code = std::move(code);
    node.kind = kind;
    node.title = "Tiêu chí " + node.code;
    node.targets = std::move(targets);
    return node;
}

// I
//   1.1 task, 1 target
//   1.2 task, 2 targets
// II
//   2.1 group
//     2.1.1 task, 1 qualitative target
//     2.1.2 task, 1 target
//   2.2 task (the survey)
Plan small_plan() {
    Plan plan;
    plan.info.year = 2025;
    plan.nodes = {
        plan_node("I", NodeKind::area),
        plan_node("1.1", NodeKind::task, {target("Tỷ lệ hồ sơ đúng hạn", 90)}),
        plan_node("1.2", NodeKind::task,
                  {target("Tỷ lệ văn bản điện tử", 90), target("Số đơn vị kiểm tra", 1)}),
        plan_node("II", NodeKind::area),
        plan_node("2.1", NodeKind::group),
        plan_node("2.1.1", NodeKind::task, {qualitative("Ban hành kế hoạch")}),
        plan_node("2.1.2", NodeKind::task, {target("Tỷ lệ thủ tục trực tuyến", 80)}),
        plan_node("2.2", NodeKind::task, {qualitative("Khảo sát SIPAS")}),
    };
    return plan;
}

MethodologyNode node(std::string code, int depth, double max_points, int line,
                     std::optional<ScoringRule> rule = std::nullopt) {
    MethodologyNode made;
    made.code = std::move(code);
    made.depth = depth;
    made.max_points = max_points;
    made.rule = std::move(rule);
    made.source_line = line;
    return made;
}

ScoringRule linear_on_time() {
    ScoringRule rule;
    rule.type = RuleType::linear;
    rule.source = MeasureSource::indicator;
    rule.indicator = Indicator::on_time_rate;
    rule.threshold = 100;
    return rule;
}

ScoringRule count_second_target() {
    ScoringRule rule;
    rule.type = RuleType::count;
    rule.source = MeasureSource::target;
    rule.target_index = 1;  // the task's 2nd target: the last one it has
    rule.per = 1;
    rule.cap = 2;  // = max: allowed
    return rule;
}

ScoringRule yes_no_task() {
    ScoringRule rule;
    rule.type = RuleType::yes_no;
    rule.source = MeasureSource::task;
    rule.evidence = "Báo cáo kiểm tra";
    return rule;
}

ScoringRule bands_first_target() {
    ScoringRule rule;
    rule.type = RuleType::bands;
    rule.source = MeasureSource::target;
    rule.target_index = 0;
    rule.bands = {Band{Band::Bound::at_least, 95, 2}, Band{Band::Bound::at_least, 80, 1}};
    return rule;
}

ScoringRule manual_entered() {
    ScoringRule rule;
    rule.type = RuleType::manual;
    rule.source = MeasureSource::entered;
    return rule;
}

// Total 10 = areas I (4) + II (6); assessed 8 = 1.1 + 1.2 + 2.1.1 + 2.1.2 = 2 + 2 + 2 + 2;
// survey 2 = 2.2. Group 2.1 = 2 + 2 = 4; II = 2.1 + 2.2 = 4 + 2 = 6; I = 2 + 2 = 4.
Methodology valid_methodology() {
    Methodology methodology;
    methodology.year = 2025;
    methodology.title = "Bộ tiêu chí thử";
    methodology.total_points = 10;
    methodology.assessed_points = 8;
    methodology.survey_points = 2;
    methodology.nodes = {
        node("I", 0, 4, k_line_area_1),
        node("1.1", 1, 2, k_line_1_1, linear_on_time()),
        node("1.2", 1, 2, k_line_1_2, count_second_target()),
        node("II", 0, 6, k_line_area_2),
        node("2.1", 1, 4, k_line_2_1),
        node("2.1.1", 2, 2, k_line_2_1_1, yes_no_task()),
        node("2.1.2", 2, 2, k_line_2_1_2, bands_first_target()),
        node("2.2", 1, 2, k_line_2_2, manual_entered()),
    };
    methodology.nodes.back().part = ScorePart::survey;
    return methodology;
}

MethodologyNode& node_of(Methodology& methodology, const std::string& code) {
    for (MethodologyNode& candidate : methodology.nodes) {
        if (candidate.code == code) {
            return candidate;
        }
    }
    ADD_FAILURE() << "no node " << code;
    return methodology.nodes.front();
}

Diagnostic at(int line, std::string field, Label message, std::vector<std::string> args) {
    return Diagnostic{message, std::move(args), Location{k_file, line, std::move(field)}};
}

std::vector<Diagnostic> check(const Methodology& methodology) {
    return check_methodology(methodology, small_plan(), k_file);
}

TEST(CheckMethodology, AValidMethodologyHasNoProblems) {
    EXPECT_THAT(check(valid_methodology()), IsEmpty());
}

TEST(CheckMethodology, ValidMethodologyHelpers) {
    const Methodology methodology = valid_methodology();
    ASSERT_NE(methodology.find("2.1.2"), nullptr);
    EXPECT_EQ(methodology.find("2.1.2")->source_line, k_line_2_1_2);
    EXPECT_EQ(methodology.find("3.1"), nullptr);
    EXPECT_EQ(methodology.parent_of(0), std::nullopt);                   // I
    EXPECT_EQ(methodology.parent_of(2), std::optional<std::size_t>(0));  // 1.2 under I
    EXPECT_EQ(methodology.parent_of(5), std::optional<std::size_t>(4));  // 2.1.1 under 2.1
    EXPECT_EQ(methodology.parent_of(7), std::optional<std::size_t>(3));  // 2.2 under II
}

TEST(CheckMethodology, ACodeNotInThePlan) {
    Methodology methodology = valid_methodology();
    node_of(methodology, "2.1.2").code = "2.1.3";
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_2_1_2, "code", Label::error_methodology_unknown_code,
                               {"2.1.3", "2025"})));
}

TEST(CheckMethodology, ACodeTwiceNamesTheFirstLine) {
    Methodology methodology = valid_methodology();
    node_of(methodology, "1.2").code = "1.1";  // the second 1.1, same max: the sums still hold
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_1_2, "code", Label::error_methodology_duplicate_code,
                               {"1.1", std::to_string(k_line_1_1)})));
}

TEST(CheckMethodology, CriteriaUnderTheWrongArea) {
    // 1.2 and 2.2 swap areas; every maximum and part stays the same, so only the places are wrong.
    Methodology methodology = valid_methodology();
    MethodologyNode moved_to_1 = node("2.2", 1, 2, k_line_1_2, manual_entered());
    moved_to_1.part = ScorePart::survey;
    methodology.nodes[2] = moved_to_1;
    methodology.nodes[7] = node("1.2", 1, 2, k_line_2_2, count_second_target());
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(k_line_1_2, "code", Label::error_methodology_misplaced, {"2.2", "I"}),
                    at(k_line_2_2, "code", Label::error_methodology_misplaced, {"1.2", "II"})));
}

TEST(CheckMethodology, ASubCriterionUnderAnotherArea) {
    // 2.1.1 written directly under area I (after 1.2): I is not its ancestor.
    Methodology methodology;
    methodology.year = 2025;
    methodology.total_points = 4;
    methodology.assessed_points = 4;
    methodology.survey_points = 0;
    methodology.nodes = {
        node("I", 0, 4, k_line_area_1),
        node("1.1", 1, 2, k_line_1_1, linear_on_time()),
        node("2.1.1", 1, 2, k_line_1_2, yes_no_task()),
    };
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(k_line_1_2, "code", Label::error_methodology_misplaced, {"2.1.1", "I"})));
}

TEST(CheckMethodology, ACriterionInTheListOfAreas) {
    // 2.2 at depth 0 (an area's place): not an area. II then holds only 2.1 (4), so its own
    // maximum (4) is set to match and the areas still add up: 4 + 4 + 2 = 10.
    Methodology methodology = valid_methodology();
    node_of(methodology, "II").max_points = 4;
    node_of(methodology, "2.2").depth = 0;
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_2_2, "code", Label::error_methodology_misplaced,
                               {"2.2", std::string(label_text(Label::methodology_areas))})));
}

TEST(CheckMethodology, AGroupWhoseMaximumIsNotTheSumOfItsChildren) {
    // 2.1.1 is worth 1 instead of 2: group 2.1 says 4 but 1 + 2 = 3, and the assessed leaves now
    // add up to 2 + 2 + 1 + 2 = 7 instead of 8.
    Methodology methodology = valid_methodology();
    node_of(methodology, "2.1.1").max_points = 1;
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(k_line_2_1, "max", Label::error_methodology_group_sum, {"2.1", "4", "3"}),
                    at(1, "parts", Label::error_methodology_part_sum,
                       {std::string(label_text(Label::score_part_assessed)), "8", "7"})));
}

TEST(CheckMethodology, AnAreaWhoseMaximumIsNotTheSumOfItsCriteria) {
    // Area I says 5 over 2 + 2 = 4; the areas then add up to 5 + 6 = 11, not 10.
    Methodology methodology = valid_methodology();
    node_of(methodology, "I").max_points = 5;
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(k_line_area_1, "max", Label::error_methodology_group_sum, {"I", "5", "4"}),
                    at(1, "total", Label::error_methodology_total_sum, {"10", "11"})));
}

TEST(CheckMethodology, SumsAreComparedToTheHundredth) {
    // 2.1.2 worth 2,004: 2 + 2,004 = 4,004 rounds to the group's 4, and 8,004 to the part's 8.
    Methodology close = valid_methodology();
    node_of(close, "2.1.2").max_points = 2.004;
    EXPECT_THAT(check(close), IsEmpty());
    // 2,01 is a hundredth off: 2 + 2,01 = 4,01 ≠ 4 and 8,01 ≠ 8.
    Methodology off = valid_methodology();
    node_of(off, "2.1.2").max_points = 2.01;
    EXPECT_THAT(
        check(off),
        ElementsAre(at(k_line_2_1, "max", Label::error_methodology_group_sum, {"2.1", "4", "4,01"}),
                    at(1, "parts", Label::error_methodology_part_sum,
                       {std::string(label_text(Label::score_part_assessed)), "8", "8,01"})));
}

TEST(CheckMethodology, AreasThatDoNotAddUpToTheTotal) {
    // total 12, areas 4 + 6 = 10; and the parts 8 + 2 = 10 no longer make the total either.
    Methodology methodology = valid_methodology();
    methodology.total_points = 12;
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(1, "total", Label::error_methodology_total_sum, {"12", "10"}),
                    at(1, "parts", Label::error_methodology_parts_total, {"8", "2", "12"})));
}

TEST(CheckMethodology, PartsWhoseLeavesDoNotAddUp) {
    // Declared 7 + 3 = 10 (the total holds), but the leaves give assessed 8 and survey 2.
    Methodology methodology = valid_methodology();
    methodology.assessed_points = 7;
    methodology.survey_points = 3;
    EXPECT_THAT(check(methodology),
                ElementsAre(at(1, "parts", Label::error_methodology_part_sum,
                               {std::string(label_text(Label::score_part_assessed)), "7", "8"}),
                            at(1, "parts", Label::error_methodology_part_sum,
                               {std::string(label_text(Label::score_part_survey)), "3", "2"})));
}

TEST(CheckMethodology, ALeafMovedToTheOtherPart) {
    // 2.1.2 (2 points) marked survey: assessed leaves 6, survey leaves 4.
    Methodology methodology = valid_methodology();
    node_of(methodology, "2.1.2").part = ScorePart::survey;
    EXPECT_THAT(check(methodology),
                ElementsAre(at(1, "parts", Label::error_methodology_part_sum,
                               {std::string(label_text(Label::score_part_assessed)), "8", "6"}),
                            at(1, "parts", Label::error_methodology_part_sum,
                               {std::string(label_text(Label::score_part_survey)), "2", "4"})));
}

TEST(CheckMethodology, AYearOtherThanThePlans) {
    Methodology methodology = valid_methodology();
    methodology.year = 2024;
    EXPECT_THAT(check(methodology),
                ElementsAre(at(1, "year", Label::error_methodology_year, {"2024", "2025"})));
}

TEST(CheckMethodology, ATargetBeyondTheTasksTargets) {
    // 1.2 has 2 targets; index 2 is the 3rd.
    Methodology methodology = valid_methodology();
    node_of(methodology, "1.2").rule->target_index = 2;
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_1_2, "target", Label::error_methodology_target_missing,
                               {"1.2", "3", "2"})));
}

TEST(CheckMethodology, ATargetOnATaskWithoutTargets) {
    // 2.2's task has one target; a target rule on a task with none: index 0 (the 1st) is missing.
    Plan plan = small_plan();
    plan.nodes.back().targets.clear();
    Methodology methodology = valid_methodology();
    ScoringRule rule = manual_entered();
    rule.source = MeasureSource::target;
    rule.target_index = 0;
    node_of(methodology, "2.2").rule = rule;
    EXPECT_THAT(check_methodology(methodology, plan, k_file),
                ElementsAre(at(k_line_2_2, "target", Label::error_methodology_target_missing,
                               {"2.2", "1", "0"})));
}

TEST(CheckMethodology, ATaskSourceOnAPlanGroup) {
    // 2.1 scored as a leaf (no sub-criteria) with a yes/no on "the task": 2.1 is a group in the
    // plan. Maxima: II = 4 + 2 = 6, assessed = 2 + 2 + 4 = 8, so the sums hold.
    Methodology methodology = valid_methodology();
    methodology.nodes.erase(methodology.nodes.begin() + 5, methodology.nodes.begin() + 7);
    node_of(methodology, "2.1").rule = yes_no_task();
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_2_1, "source", Label::error_methodology_needs_task,
                               {"task", "2.1"})));
}

TEST(CheckMethodology, ATargetSourceOnAPlanGroup) {
    Methodology methodology = valid_methodology();
    methodology.nodes.erase(methodology.nodes.begin() + 5, methodology.nodes.begin() + 7);
    node_of(methodology, "2.1").rule = bands_first_target();
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_2_1, "source", Label::error_methodology_needs_task,
                               {"target", "2.1"})));
}

TEST(CheckMethodology, AnIndicatorOrEnteredValueMayScoreAPlanGroup) {
    Methodology methodology = valid_methodology();
    methodology.nodes.erase(methodology.nodes.begin() + 5, methodology.nodes.begin() + 7);
    node_of(methodology, "2.1").rule = linear_on_time();
    EXPECT_THAT(check(methodology), IsEmpty());
}

TEST(CheckMethodology, ABandAboveTheMaximum) {
    Methodology methodology = valid_methodology();
    node_of(methodology, "2.1.2").rule->bands.front().points = 2.5;  // max 2
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_2_1_2, "bands", Label::error_methodology_above_max,
                               {"bands", "2,5", "2"})));
}

TEST(CheckMethodology, ACapAboveTheMaximum) {
    Methodology methodology = valid_methodology();
    node_of(methodology, "1.2").rule->cap = 3;  // max 2
    EXPECT_THAT(
        check(methodology),
        ElementsAre(at(k_line_1_2, "cap", Label::error_methodology_above_max, {"cap", "3", "2"})));
}

TEST(CheckMethodology, AThresholdOfZeroOrLess) {
    Methodology zero = valid_methodology();
    node_of(zero, "1.1").rule->threshold = 0;
    EXPECT_THAT(check(zero),
                ElementsAre(at(k_line_1_1, "threshold", Label::error_methodology_threshold, {})));
    Methodology negative = valid_methodology();
    node_of(negative, "1.1").rule->threshold = -5;
    EXPECT_THAT(check(negative),
                ElementsAre(at(k_line_1_1, "threshold", Label::error_methodology_threshold, {})));
}

TEST(CheckMethodology, ACountOfZeroOrNegativePointsPerUnit) {
    Methodology zero = valid_methodology();
    node_of(zero, "1.2").rule->per = 0;
    EXPECT_THAT(check(zero), ElementsAre(at(k_line_1_2, "per", Label::error_methodology_per, {})));
    Methodology negative = valid_methodology();
    node_of(negative, "1.2").rule->per = -1;
    EXPECT_THAT(check(negative),
                ElementsAre(at(k_line_1_2, "per", Label::error_methodology_per, {})));
}

TEST(CheckMethodology, ABonusPenaltyNeedsANonZeroPer) {
    ScoringRule penalty;
    penalty.type = RuleType::bonus_penalty;
    penalty.source = MeasureSource::entered;
    penalty.per = -0.5;  // a penalty: allowed
    Methodology allowed = valid_methodology();
    node_of(allowed, "2.2").rule = penalty;
    EXPECT_THAT(check(allowed), IsEmpty());
    penalty.per = 0;
    Methodology refused = valid_methodology();
    node_of(refused, "2.2").rule = penalty;
    EXPECT_THAT(check(refused),
                ElementsAre(at(k_line_2_2, "per", Label::error_methodology_per, {})));
}

TEST(CheckMethodology, EveryProblemIsReported) {
    // Two independent problems at once: both come back, not just the first.
    Methodology methodology = valid_methodology();
    node_of(methodology, "1.1").rule->threshold = 0;
    node_of(methodology, "2.1.2").code = "2.1.9";
    EXPECT_THAT(check(methodology),
                ElementsAre(at(k_line_1_1, "threshold", Label::error_methodology_threshold, {}),
                            at(k_line_2_1_2, "code", Label::error_methodology_unknown_code,
                               {"2.1.9", "2025"})));
}

}  // namespace

}  // namespace parindex
