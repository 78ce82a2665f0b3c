// Tests build_score_tree, rank_risks, appraisal_stage and CriterionResult::settled_points
// (score_tree.hpp) against the "Scores" section of docs/methodology.md. Every expected number is
// worked out by hand from the small methodology below; the comments show the arithmetic.
#include "domain/score_tree.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/labels.hpp"

namespace parindex {

// Found by argument-dependent lookup, so a failing comparison shows the state's code.
// Internal linkage: other test files of this binary may print states their own way.
static void PrintTo(CriterionState state, std::ostream* out) {
    *out << criterion_state_code(state);
}
static void PrintTo(AppraisalStage stage, std::ostream* out) {
    *out << appraisal_stage_code(stage);
}

namespace {

// Total 10, assessed 8, survey 2.
// I (4)
//   1.1 (3) linear to 100 on the on-time rate
//   1.2 (1) yes/no on its task
// II (6)
//   2.1 (4) group
//     2.1.1 (2) count: 0,5 per unit, cap 2
//     2.1.2 (2) manual
//   2.2 (2) manual, survey
MethodologyNode node(std::string code, int depth, double max_points,
                     std::optional<ScoringRule> rule = std::nullopt) {
    MethodologyNode made;
    made.code = std::move(code);
    made.depth = depth;
    made.max_points = max_points;
    made.rule = std::move(rule);
    return made;
}

ScoringRule of_type(RuleType type) {
    ScoringRule rule;
    rule.type = type;
    return rule;
}

Methodology methodology() {
    ScoringRule linear = of_type(RuleType::linear);
    linear.source = MeasureSource::indicator;
    linear.indicator = Indicator::on_time_rate;
    linear.threshold = 100;
    ScoringRule count = of_type(RuleType::count);
    count.source = MeasureSource::entered;
    count.per = 0.5;
    count.cap = 2;
    Methodology made;
    made.year = 2025;
    made.total_points = 10;
    made.assessed_points = 8;
    made.survey_points = 2;
    made.nodes = {
        node("I", 0, 4),
        node("1.1", 1, 3, linear),
        node("1.2", 1, 1, of_type(RuleType::yes_no)),
        node("II", 0, 6),
        node("2.1", 1, 4),
        node("2.1.1", 2, 2, count),
        node("2.1.2", 2, 2, of_type(RuleType::manual)),
        node("2.2", 1, 2, of_type(RuleType::manual)),
    };
    made.nodes.back().part = ScorePart::survey;
    return made;
}

Plan plan() {
    Plan made;
    made.info.year = 2025;
    for (const auto& [code, kind] :
         std::vector<std::pair<std::string, NodeKind>>{{"I", NodeKind::area},
                                                       {"1.1", NodeKind::task},
                                                       {"1.2", NodeKind::task},
                                                       {"II", NodeKind::area},
                                                       {"2.1", NodeKind::group},
                                                       {"2.1.1", NodeKind::task},
                                                       {"2.1.2", NodeKind::task},
                                                       {"2.2", NodeKind::task}}) {
        PlanNode plan_node;
        plan_node.code = code;
        plan_node.kind = kind;
        plan_node.title = "Tiêu chí " + code;
        made.nodes.push_back(plan_node);
    }
    return made;
}

CriterionInput input(std::string code, std::optional<double> now,
                     std::optional<double> projected = std::nullopt, bool closed = false) {
    CriterionInput made;
    made.code = std::move(code);
    made.value_now = now;
    made.value_projected = projected;
    made.closed = closed;
    return made;
}

// Every leaf measured:
//   1.1  86,4%  → 3 × 86,4 / 100 = 2,592 → 2,59; projected 95% → 3 × 95 / 100 = 2,85
//   1.2  done   → 1
//   2.1.1 3     → min(2; 0,5 × 3) = 1,5
//   2.1.2 0,75  → 0,75
//   2.2  1,6    → 1,6 (survey)
std::vector<CriterionInput> all_measured() {
    return {input("1.1", 86.4, 95), input("1.2", 1), input("2.1.1", 3), input("2.1.2", 0.75),
            input("2.2", 1.6)};
}

ScoreTree build(const Methodology& used, const std::vector<CriterionInput>& inputs,
                const std::vector<CriterionResult>& this_year = {},
                const std::vector<CriterionResult>& last_year = {}) {
    return build_score_tree(used, plan(), inputs, this_year, last_year);
}

const ScoreNode& at(const ScoreTree& tree, std::string_view code) {
    const ScoreNode* found = tree.find(code);
    EXPECT_NE(found, nullptr) << code;
    return found != nullptr ? *found : tree.nodes.front();
}

CriterionResult result(std::string code, std::optional<double> self,
                       std::optional<double> appraised, std::optional<double> final_points) {
    CriterionResult made;
    made.code = std::move(code);
    made.self_points = self;
    made.appraised_points = appraised;
    made.final_points = final_points;
    return made;
}

// ---- roll-up ----

TEST(ScoreTree, LeavesAreScoredByTheirRules) {
    const ScoreTree tree = build(methodology(), all_measured());
    const ScoreNode& on_time = at(tree, "1.1");
    EXPECT_EQ(on_time.state, CriterionState::scored);
    EXPECT_DOUBLE_EQ(on_time.now, 2.59);
    EXPECT_EQ(on_time.now_formula, "min(3; 3 × 86,4 / 100) = 2,59");
    EXPECT_DOUBLE_EQ(at(tree, "1.2").now, 1);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.1").now, 1.5);
    EXPECT_EQ(at(tree, "2.1.1").now_formula, "min(2; 0,5 × 3) = 1,5");
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").now, 0.75);
    EXPECT_DOUBLE_EQ(at(tree, "2.2").now, 1.6);
}

TEST(ScoreTree, GroupsAndAreasAreTheSumsOfTheirChildren) {
    const ScoreTree tree = build(methodology(), all_measured());
    // 2.1 = 1,5 + 0,75 = 2,25
    EXPECT_DOUBLE_EQ(at(tree, "2.1").now, 2.25);
    EXPECT_EQ(at(tree, "2.1").now_formula, "1,5 + 0,75 = 2,25");
    // II = 2,25 + 1,6 = 3,85
    EXPECT_DOUBLE_EQ(at(tree, "II").now, 3.85);
    EXPECT_EQ(at(tree, "II").now_formula, "2,25 + 1,6 = 3,85");
    // I = 2,59 + 1 = 3,59; projected 2,85 + 1 = 3,85
    EXPECT_DOUBLE_EQ(at(tree, "I").now, 3.59);
    EXPECT_EQ(at(tree, "I").now_formula, "2,59 + 1 = 3,59");
    EXPECT_DOUBLE_EQ(at(tree, "I").projected, 3.85);
    EXPECT_EQ(at(tree, "I").projected_formula, "2,85 + 1 = 3,85");
    EXPECT_DOUBLE_EQ(at(tree, "I").applicable_max, 4);
    EXPECT_DOUBLE_EQ(at(tree, "II").applicable_max, 6);
    EXPECT_DOUBLE_EQ(at(tree, "2.1").applicable_max, 4);
    EXPECT_EQ(at(tree, "2.1").title, "Tiêu chí 2.1");  // the plan's title
}

TEST(ScoreTree, TheIndexIsTheSumOfTheAreasOverTheMaximum) {
    const ScoreTree tree = build(methodology(), all_measured());
    const ScoreTotals& totals = tree.totals;
    // assessed 2,59 + 1 + 1,5 + 0,75 = 5,84; survey 1,6; together 7,44 = areas 3,59 + 3,85
    EXPECT_DOUBLE_EQ(totals.assessed_now, 5.84);
    EXPECT_DOUBLE_EQ(totals.survey_now, 1.6);
    EXPECT_DOUBLE_EQ(totals.assessed_now + totals.survey_now,
                     at(tree, "I").now + at(tree, "II").now);
    EXPECT_TRUE(totals.survey_known);
    EXPECT_DOUBLE_EQ(totals.max_points, 10);
    EXPECT_DOUBLE_EQ(totals.applicable_max, 10);
    EXPECT_DOUBLE_EQ(totals.assessed_max, 8);
    EXPECT_DOUBLE_EQ(totals.survey_max, 2);
    // 100 × 7,44 / 10 = 74,4
    EXPECT_DOUBLE_EQ(totals.index_now, 74.4);
    EXPECT_EQ(totals.now_formula, "100 × 7,44 / 10 = 74,4");
    // projected: 2,85 + 1 + 1,5 + 0,75 + 1,6 = 7,7 → 77
    EXPECT_DOUBLE_EQ(totals.assessed_projected, 6.1);
    EXPECT_DOUBLE_EQ(totals.index_projected, 77);
    EXPECT_EQ(totals.projected_formula, "100 × 7,7 / 10 = 77");
}

TEST(ScoreTree, AProjectedValueIsScoredByTheSameRule) {
    const ScoreTree tree = build(methodology(), all_measured());
    const ScoreNode& on_time = at(tree, "1.1");
    EXPECT_DOUBLE_EQ(on_time.now, 2.59);
    EXPECT_DOUBLE_EQ(on_time.projected, 2.85);  // 3 × 95 / 100
    EXPECT_EQ(on_time.projected_formula, "min(3; 3 × 95 / 100) = 2,85");
    // Without a projected value the reported value stays as it is.
    EXPECT_DOUBLE_EQ(at(tree, "2.1.1").projected, 1.5);
    EXPECT_EQ(at(tree, "2.1.1").projected_formula, "min(2; 0,5 × 3) = 1,5");
}

// ---- not applicable ----

TEST(ScoreTree, ANotApplicableLeafLeavesTheMaximum) {
    Methodology used = methodology();
    used.nodes[2].not_applicable = true;  // 1.2 (1 point), even though it has a value
    const ScoreTree tree = build(used, all_measured());
    const ScoreNode& leaf = at(tree, "1.2");
    EXPECT_EQ(leaf.state, CriterionState::not_applicable);
    EXPECT_DOUBLE_EQ(leaf.applicable_max, 0);
    EXPECT_DOUBLE_EQ(leaf.now, 0);
    EXPECT_EQ(leaf.now_formula, label_text(Label::formula_not_applicable));
    EXPECT_DOUBLE_EQ(at(tree, "I").applicable_max, 3);
    EXPECT_DOUBLE_EQ(at(tree, "I").now, 2.59);
    EXPECT_DOUBLE_EQ(tree.totals.applicable_max, 9);
    EXPECT_DOUBLE_EQ(tree.totals.assessed_max, 7);
    // points 2,59 + 3,85 = 6,44; 100 × 6,44 / 9 = 71,555… → 71,56
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 71.56);
    EXPECT_EQ(tree.totals.now_formula, "100 × 6,44 / 9 = 71,56");
}

TEST(ScoreTree, ANotApplicableGroupTakesItsChildrenOut) {
    Methodology used = methodology();
    used.nodes[4].not_applicable = true;  // 2.1 (4 points): 2.1.1 and 2.1.2 inherit it
    const ScoreTree tree = build(used, all_measured());
    EXPECT_EQ(at(tree, "2.1.1").state, CriterionState::not_applicable);
    EXPECT_EQ(at(tree, "2.1.2").state, CriterionState::not_applicable);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.1").now, 0);
    EXPECT_DOUBLE_EQ(at(tree, "2.1").applicable_max, 0);
    EXPECT_DOUBLE_EQ(at(tree, "2.1").now, 0);
    EXPECT_DOUBLE_EQ(at(tree, "II").applicable_max, 2);
    EXPECT_DOUBLE_EQ(at(tree, "II").now, 1.6);
    EXPECT_DOUBLE_EQ(tree.totals.applicable_max, 6);
    EXPECT_DOUBLE_EQ(tree.totals.assessed_max, 4);
    // points 3,59 + 1,6 = 5,19; 100 × 5,19 / 6 = 86,5
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 86.5);
    // Not applicable criteria are no risk.
    for (const ScoreRisk& risk : rank_risks(tree)) {
        EXPECT_NE(risk.node->code, "2.1.1");
        EXPECT_NE(risk.node->code, "2.1.2");
    }
}

// ---- the survey part and the rescaled index ----

TEST(ScoreTree, WithoutASurveyResultTheAssessedPartIsRescaled) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs.pop_back();  // 2.2, the survey: no result
    const ScoreTree tree = build(methodology(), inputs);
    EXPECT_FALSE(tree.totals.survey_known);
    EXPECT_EQ(at(tree, "2.2").state, CriterionState::pending);
    // 100 × 5,84 / 8 = 73
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 73);
    EXPECT_EQ(tree.totals.now_formula,
              format_label(Label::formula_index_rescaled, {"5,84", "8", "73"}));
    // Not 100 × 5,84 / 10 = 58,4 as it would be with the survey counted at 0.
    EXPECT_NE(tree.totals.index_now, 58.4);
}

TEST(ScoreTree, AMissedSurveyIsNoSurveyResult) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs.back() = input("2.2", std::nullopt, std::nullopt, true);
    const ScoreTree tree = build(methodology(), inputs);
    EXPECT_EQ(at(tree, "2.2").state, CriterionState::missed);
    EXPECT_FALSE(tree.totals.survey_known);
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 73);  // 100 × 5,84 / 8
}

TEST(ScoreTree, OnceASurveyLeafHasAValueTheWholeIndexCounts) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs.back() = input("2.2", 0);  // a result of 0 points is still a result
    const ScoreTree tree = build(methodology(), inputs);
    EXPECT_TRUE(tree.totals.survey_known);
    // 100 × 5,84 / 10 = 58,4
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 58.4);
    EXPECT_EQ(tree.totals.now_formula, "100 × 5,84 / 10 = 58,4");
}

TEST(ScoreTree, ASettledSurveyLeafCountsAsAResult) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs.pop_back();
    const ScoreTree tree = build(methodology(), inputs, {result("2.2", 1.5, 1.2, 1.4)});
    EXPECT_TRUE(tree.totals.survey_known);
    // 100 × (5,84 + 1,4) / 10 = 72,4
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 72.4);
}

// ---- pending and missed ----

TEST(ScoreTree, APendingLeafScoresZeroNowAndItsMaximumProjected) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", std::nullopt);  // open deadline, no value
    const ScoreTree tree = build(methodology(), inputs);
    const ScoreNode& leaf = at(tree, "2.1.2");
    EXPECT_EQ(leaf.state, CriterionState::pending);
    EXPECT_DOUBLE_EQ(leaf.now, 0);
    EXPECT_DOUBLE_EQ(leaf.projected, 2);
    EXPECT_EQ(leaf.now_formula, label_text(Label::formula_pending_now));
    EXPECT_EQ(leaf.projected_formula, format_label(Label::formula_pending_max, {"2"}));
    // 2.1 now 1,5 + 0 = 1,5; projected 1,5 + 2 = 3,5
    EXPECT_DOUBLE_EQ(at(tree, "2.1").now, 1.5);
    EXPECT_DOUBLE_EQ(at(tree, "2.1").projected, 3.5);
    EXPECT_EQ(at(tree, "2.1").projected_formula, "1,5 + 2 = 3,5");
}

TEST(ScoreTree, ALeafWithoutAnyInputIsPending) {
    const ScoreTree tree = build(methodology(), {});
    for (const char* code : {"1.1", "1.2", "2.1.1", "2.1.2", "2.2"}) {
        EXPECT_EQ(at(tree, code).state, CriterionState::pending) << code;
    }
    EXPECT_DOUBLE_EQ(tree.totals.index_now, 0);
    // every leaf projected at its maximum: 100 × 10 / 10
    EXPECT_DOUBLE_EQ(tree.totals.index_projected, 100);
}

TEST(ScoreTree, APendingLeafIsProjectedAtLastYearsPoints) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", std::nullopt);
    // last year 2.1.2 settled at 1,2 (final over appraised 1 and self 2)
    const ScoreTree tree =
        build(methodology(), inputs, {}, {result("2.1.2", 2, 1, 1.2), result("1.2", 1, 1, 1)});
    const ScoreNode& leaf = at(tree, "2.1.2");
    EXPECT_EQ(leaf.state, CriterionState::pending);
    EXPECT_DOUBLE_EQ(leaf.now, 0);
    EXPECT_DOUBLE_EQ(leaf.projected, 1.2);
    EXPECT_EQ(leaf.projected_formula, format_label(Label::formula_pending_last_year, {"1,2"}));
    ASSERT_TRUE(leaf.last_year.has_value());
    EXPECT_DOUBLE_EQ(*leaf.last_year, 1.2);
    // 2.1 projected 1,5 + 1,2 = 2,7
    EXPECT_DOUBLE_EQ(at(tree, "2.1").projected, 2.7);
}

TEST(ScoreTree, LastYearsPointsAreReadInPrecedence) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", std::nullopt);
    // no final: the appraised 0,8 over the self-assessed 1,5
    const ScoreTree tree = build(methodology(), inputs, {}, {result("2.1.2", 1.5, 0.8, {})});
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").projected, 0.8);
}

TEST(ScoreTree, AMissedLeafScoresZeroBothWays) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", std::nullopt, std::nullopt, true);
    // even with last year's points known
    const ScoreTree tree = build(methodology(), inputs, {}, {result("2.1.2", 2, 2, 2)});
    const ScoreNode& leaf = at(tree, "2.1.2");
    EXPECT_EQ(leaf.state, CriterionState::missed);
    EXPECT_DOUBLE_EQ(leaf.now, 0);
    EXPECT_DOUBLE_EQ(leaf.projected, 0);
    EXPECT_EQ(leaf.projected_formula, label_text(Label::formula_missed));
    // 2.1 projected 1,5 + 0 = 1,5
    EXPECT_DOUBLE_EQ(at(tree, "2.1").projected, 1.5);
}

TEST(ScoreTree, AClosedLeafWithAValueIsScored) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", 1.25, std::nullopt, true);
    const ScoreTree tree = build(methodology(), inputs);
    EXPECT_EQ(at(tree, "2.1.2").state, CriterionState::scored);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").now, 1.25);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").projected, 1.25);
}

// ---- appraisal ----

TEST(ScoreTree, FinalPointsSettleBothFigures) {
    // 1.1 measured 86,4% (2,59) and projected 95% (2,85), but the appraisal's final is 2,7.
    const ScoreTree tree = build(methodology(), all_measured(), {result("1.1", 3, 2.5, 2.7)});
    const ScoreNode& leaf = at(tree, "1.1");
    EXPECT_EQ(leaf.state, CriterionState::settled);
    EXPECT_DOUBLE_EQ(leaf.now, 2.7);
    EXPECT_DOUBLE_EQ(leaf.projected, 2.7);
    EXPECT_EQ(leaf.now_formula, format_label(Label::formula_settled, {"2,7"}));
    // I = 2,7 + 1 = 3,7
    EXPECT_DOUBLE_EQ(at(tree, "I").now, 3.7);
    EXPECT_DOUBLE_EQ(at(tree, "I").projected, 3.7);
}

TEST(ScoreTree, AppraisedPointsWithoutAFinalDoNotSettle) {
    const ScoreTree tree = build(methodology(), all_measured(), {result("1.1", 3, 2.5, {})});
    EXPECT_EQ(at(tree, "1.1").state, CriterionState::scored);
    EXPECT_DOUBLE_EQ(at(tree, "1.1").now, 2.59);
    ASSERT_TRUE(at(tree, "1.1").result.appraised_points.has_value());
    EXPECT_DOUBLE_EQ(*at(tree, "1.1").result.appraised_points, 2.5);
}

TEST(ScoreTree, FinalPointsSettleAPendingLeaf) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[3] = input("2.1.2", std::nullopt);
    const ScoreTree tree = build(methodology(), inputs, {result("2.1.2", {}, {}, 0.5)});
    EXPECT_EQ(at(tree, "2.1.2").state, CriterionState::settled);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").now, 0.5);
    EXPECT_DOUBLE_EQ(at(tree, "2.1.2").projected, 0.5);
}

TEST(ScoreTree, LastYearRollsUpWhenEveryChildIsKnown) {
    const ScoreTree tree =
        build(methodology(), all_measured(), {},
              {result("1.1", {}, {}, 2.4), result("1.2", {}, {}, 1), result("2.1.1", {}, {}, 2),
               result("2.1.2", {}, {}, 1), result("2.2", {}, {}, 1.5)});
    // I = 2,4 + 1 = 3,4; 2.1 = 2 + 1 = 3; II = 3 + 1,5 = 4,5; total 7,9
    ASSERT_TRUE(at(tree, "I").last_year.has_value());
    EXPECT_DOUBLE_EQ(*at(tree, "I").last_year, 3.4);
    ASSERT_TRUE(at(tree, "II").last_year.has_value());
    EXPECT_DOUBLE_EQ(*at(tree, "II").last_year, 4.5);
    EXPECT_TRUE(tree.totals.last_year.has_value());
    // One leaf unknown: its area and the index have no last year.
    const ScoreTree partial = build(methodology(), all_measured(), {},
                                    {result("1.1", {}, {}, 2.4), result("1.2", {}, {}, 1)});
    ASSERT_TRUE(at(partial, "I").last_year.has_value());
    EXPECT_FALSE(at(partial, "II").last_year.has_value());
    EXPECT_FALSE(partial.totals.last_year.has_value());
}

TEST(ScoreTree, LastYearsIndexIsOnTheIndexScale) {
    // totals.last_year is last year's index, set beside this year's (index_projected): the index
    // is 100 × points / applicable maximum. Last year's points 2,4 + 1 + 2 + 1 + 1,5 = 7,9 of
    // 10 → 100 × 7,9 / 10 = 79 (not the 7,9 points).
    const ScoreTree tree =
        build(methodology(), all_measured(), {},
              {result("1.1", {}, {}, 2.4), result("1.2", {}, {}, 1), result("2.1.1", {}, {}, 2),
               result("2.1.2", {}, {}, 1), result("2.2", {}, {}, 1.5)});
    ASSERT_TRUE(tree.totals.last_year.has_value());
    EXPECT_DOUBLE_EQ(*tree.totals.last_year, 79);
    // Comparable with this year's: 77 projected is 2 below last year's 79.
    EXPECT_DOUBLE_EQ(tree.totals.index_projected - *tree.totals.last_year, -2);
}

// ---- risks ----

TEST(RankRisks, LeavesBelowTheirMaximumByGainLargestFirst) {
    const ScoreTree tree = build(methodology(), all_measured());
    const std::vector<ScoreRisk> risks = rank_risks(tree);
    // gains: 2.1.2 2 − 0,75 = 1,25; 2.1.1 2 − 1,5 = 0,5; 2.2 2 − 1,6 = 0,4; 1.1 3 − 2,85 = 0,15;
    // 1.2 is at its maximum: no risk.
    ASSERT_EQ(risks.size(), 4U);
    EXPECT_EQ(risks[0].node->code, "2.1.2");
    EXPECT_DOUBLE_EQ(risks[0].gain, 1.25);
    EXPECT_EQ(risks[1].node->code, "2.1.1");
    EXPECT_DOUBLE_EQ(risks[1].gain, 0.5);
    EXPECT_EQ(risks[2].node->code, "2.2");
    EXPECT_DOUBLE_EQ(risks[2].gain, 0.4);
    EXPECT_EQ(risks[3].node->code, "1.1");
    EXPECT_DOUBLE_EQ(risks[3].gain, 0.15);
}

TEST(RankRisks, EqualGainsKeepTheMethodologysOrder) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs.back() = input("2.2", 1.5);    // gain 0,5, like 2.1.1
    inputs[0] = input("1.1", 250.0 / 3);  // 3 × 83,33… / 100 = 2,5: gain 0,5 too
    const ScoreTree tree = build(methodology(), inputs);
    const std::vector<ScoreRisk> risks = rank_risks(tree);
    ASSERT_EQ(risks.size(), 4U);
    EXPECT_EQ(risks[0].node->code, "2.1.2");  // 1,25
    EXPECT_EQ(risks[1].node->code, "1.1");    // 0,5, first in the methodology
    EXPECT_EQ(risks[2].node->code, "2.1.1");  // 0,5
    EXPECT_EQ(risks[3].node->code, "2.2");    // 0,5
    EXPECT_DOUBLE_EQ(risks[3].gain, 0.5);
}

TEST(RankRisks, AMissedLeafRisksItsWholeMaximumAndAPendingOneNothing) {
    std::vector<CriterionInput> inputs = all_measured();
    inputs[0] = input("1.1", std::nullopt, std::nullopt, true);  // missed: projected 0, gain 3
    inputs[3] = input("2.1.2", std::nullopt);                    // pending: projected at max 2
    const ScoreTree tree = build(methodology(), inputs);
    const std::vector<ScoreRisk> risks = rank_risks(tree);
    ASSERT_EQ(risks.size(), 3U);
    EXPECT_EQ(risks[0].node->code, "1.1");
    EXPECT_DOUBLE_EQ(risks[0].gain, 3);
    EXPECT_EQ(risks[1].node->code, "2.1.1");
    EXPECT_EQ(risks[2].node->code, "2.2");
}

// ---- appraisal round ----

TEST(AppraisalStage, FollowsTheRound) {
    EXPECT_EQ(appraisal_stage(result("1.1", {}, {}, {})), AppraisalStage::open);
    EXPECT_EQ(appraisal_stage(result("1.1", 2, {}, {})), AppraisalStage::self_assessed);
    EXPECT_EQ(appraisal_stage(result("1.1", 2, 1.5, {})), AppraisalStage::appraised);
    CriterionResult explained = result("1.1", 2, 1.5, {});
    explained.ward_explanation = "Đã bổ sung báo cáo";
    EXPECT_EQ(appraisal_stage(explained), AppraisalStage::explained);
    explained.final_points = 1.75;
    EXPECT_EQ(appraisal_stage(explained), AppraisalStage::final);
    EXPECT_EQ(appraisal_stage(result("1.1", {}, {}, 0)), AppraisalStage::final);
    EXPECT_EQ(appraisal_stage_code(AppraisalStage::self_assessed), "self_assessed");
}

TEST(SettledPoints, FinalOverAppraisedOverSelf) {
    EXPECT_EQ(result("1.1", 1, 1.5, 1.8).settled_points(), 1.8);
    EXPECT_EQ(result("1.1", 1, 1.5, {}).settled_points(), 1.5);
    EXPECT_EQ(result("1.1", 1, {}, {}).settled_points(), 1);
    EXPECT_EQ(result("1.1", {}, {}, {}).settled_points(), std::nullopt);
    // 0 is a value: a final of 0 stands over an appraised 1,5
    EXPECT_EQ(result("1.1", 1, 1.5, 0).settled_points(), 0);
    EXPECT_EQ(result("1.1", 1, 0, {}).settled_points(), 0);
}

}  // namespace

}  // namespace parindex
