#pragma once
// How one criterion of the PAR index methodology turns a value into points (docs/methodology.md):
// linear to a threshold, bands, yes/no, count × points up to a cap, bonus/penalty from a start,
// or points a person enters. Pure arithmetic with the formula a person can check beside it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dossier_indicators.hpp"

namespace parindex {

enum class RuleType { linear, bands, yes_no, count, bonus_penalty, manual };

// Where the value a rule scores comes from.
enum class MeasureSource {
    indicator,  // a dossier indicator over the plan year (docs/dossiers.md), in percent
    target,     // the value measured for one target of the criterion's task
    task,       // the task is done (1) or not (0)
    entered,    // a value a person enters: a survey result, a count, manual points
};

struct Band {
    enum class Bound { at_least, at_most };
    Bound bound = Bound::at_least;
    double limit = 0;
    double points = 0;

    friend bool operator==(const Band&, const Band&) = default;
};

struct ScoringRule {
    RuleType type = RuleType::manual;
    MeasureSource source = MeasureSource::entered;
    std::optional<Indicator> indicator;  // source indicator
    int target_index = 0;                // source target: 0-based position in the task
    double threshold = 100;              // linear: the value that earns the maximum
    std::vector<Band> bands;             // bands: the first that holds gives the points
    double per = 0;                      // count, bonus_penalty: points per unit counted
    std::optional<double> cap;           // count: at most this many points (never above max)
    std::optional<double> start;         // bonus_penalty: the points before counting (max)
    std::string evidence;                // yes_no: the evidence the appraisal asks for

    friend bool operator==(const ScoringRule&, const ScoringRule&) = default;
};

// Points with the arithmetic that produced them: "min(3; 3 × 86,40 / 100) = 2,59".
struct RulePoints {
    double points = 0;
    std::string formula;
};

// The points `rule` gives `value` on a criterion worth `max_points`, never below 0 nor above
// the maximum. For yes_no, any value other than 0 is "yes".
[[nodiscard]] RulePoints apply_rule(const ScoringRule& rule, double max_points, double value);

// Points are shown and summed rounded to 2 decimals, half away from zero.
[[nodiscard]] double round_points(double points);
// "2,59", "10", "0,5": Vietnamese decimal comma, no trailing zeros.
[[nodiscard]] std::string format_points(double points);

[[nodiscard]] std::string_view rule_type_code(RuleType type);
[[nodiscard]] std::optional<RuleType> rule_type_from_code(std::string_view code);
[[nodiscard]] std::string_view measure_source_code(MeasureSource source);
[[nodiscard]] std::optional<MeasureSource> measure_source_from_code(std::string_view code);
[[nodiscard]] Label rule_type_label(RuleType type);

}  // namespace parindex
