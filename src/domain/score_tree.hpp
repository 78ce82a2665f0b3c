#pragma once
// The ward's PAR index score as a tree: each criterion of the methodology scored now (from what
// is measured today) and projected to the year's end, rolled up into areas, parts and the index,
// every number with the formula that produced it. Also the appraisal round's figures per
// criterion and last year's result beside this year's.

#include <optional>
#include <string>
#include <vector>

#include "domain/methodology.hpp"

namespace parindex {

// What is known about one leaf criterion, gathered by the app from the plan's tasks, the
// dossiers and the values people entered.
struct CriterionInput {
    std::string code;
    std::optional<double> value_now;        // nothing: no result yet
    std::optional<double> value_projected;  // the value expected at the year's end, if trended
    bool closed = false;                    // the deadline has passed: what is missing now is lost
    std::vector<std::string> lead_units;
    std::string reason;           // the facts behind the value: "86,40% (2.619/3.031) ..."
    std::string projection_note;  // how value_projected was found
};

// One criterion's appraisal round of one year (also last year's results, imported).
struct CriterionResult {
    std::string code;
    std::optional<double> max_points;  // as the result sheet gives it
    std::optional<double> self_points;
    std::string self_explanation;
    std::optional<double> appraised_points;
    std::string appraisal_comment;
    std::string ward_explanation;
    std::optional<double> final_points;
    std::string updated_at;
    std::string updated_by;

    // The points the year ended with: final, else appraised, else self-assessed.
    [[nodiscard]] std::optional<double> settled_points() const;
    friend bool operator==(const CriterionResult&, const CriterionResult&) = default;
};

// A results row as a sheet gave it: the line it was on, for messages.
struct ResultSheetRow {
    int line = 0;
    CriterionResult result;

    friend bool operator==(const ResultSheetRow&, const ResultSheetRow&) = default;
};

enum class AppraisalStage { open, self_assessed, appraised, explained, final };
[[nodiscard]] AppraisalStage appraisal_stage(const CriterionResult& result);
[[nodiscard]] std::string_view appraisal_stage_code(AppraisalStage stage);

enum class CriterionState {
    scored,          // measured: the rule gave points
    pending,         // nothing measured yet, the deadline is open
    missed,          // nothing measured and the deadline has passed
    settled,         // the appraisal's final points stand
    not_applicable,  // removed from the maximum
};
[[nodiscard]] std::string_view criterion_state_code(CriterionState state);
[[nodiscard]] Label criterion_state_label(CriterionState state);

struct ScoreNode {
    std::string code;
    std::string title;
    int depth = 0;
    bool is_leaf = false;
    ScorePart part = ScorePart::assessed;
    double max_points = 0;
    double applicable_max = 0;  // 0 when not applicable
    CriterionState state = CriterionState::pending;
    double now = 0;
    double projected = 0;
    std::string now_formula;
    std::string projected_formula;
    std::optional<double> value_now;
    std::optional<double> value_projected;
    bool closed = false;
    std::string reason;
    std::string projection_note;
    std::vector<std::string> lead_units;
    std::optional<ScoringRule> rule;
    CriterionResult result;           // this year's appraisal round
    std::optional<double> last_year;  // last year's settled points
};

struct ScoreTotals {
    double max_points = 0;      // the methodology's total (100)
    double applicable_max = 0;  // without the criteria that do not apply
    double assessed_max = 0;    // applicable
    double survey_max = 0;      // applicable
    double assessed_now = 0;
    double survey_now = 0;
    double assessed_projected = 0;
    double survey_projected = 0;
    bool survey_known = false;  // a survey criterion has a result: otherwise rescaled
    double index_now = 0;       // 0-100
    double index_projected = 0;
    std::string now_formula;
    std::string projected_formula;
    std::optional<double> last_year;  // last year's index (100 × points / applicable max)
};

struct ScoreTree {
    std::vector<ScoreNode> nodes;  // the methodology's order
    ScoreTotals totals;

    [[nodiscard]] const ScoreNode* find(std::string_view code) const;
};

// Scores every leaf from its input (a leaf without one is pending), rolls groups and areas up as
// sums, and computes the index: 100 × points / applicable maximum, where without any survey
// result only the assessed part counts, rescaled to 100. A pending leaf is projected at last
// year's points when known, else at its maximum; a missed one at 0. Final points from the
// appraisal replace both figures of their criterion.
[[nodiscard]] ScoreTree build_score_tree(const Methodology& methodology, const Plan& plan,
                                         const std::vector<CriterionInput>& inputs,
                                         const std::vector<CriterionResult>& this_year,
                                         const std::vector<CriterionResult>& last_year);

// A criterion whose points are not safe: projected below its maximum.
struct ScoreRisk {
    const ScoreNode* node = nullptr;
    double gain = 0;  // the points won back by meeting the criterion: max - projected
};

// Leaves projected below their maximum, the largest gain first (ties in the methodology's order).
[[nodiscard]] std::vector<ScoreRisk> rank_risks(const ScoreTree& tree);

}  // namespace parindex
