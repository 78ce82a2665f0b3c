#pragma once
// The scoring methodology of one year (docs/methodology.md): the criteria tree the province
// scores, each criterion's maximum and rule, which part of the index it belongs to (assessed
// or survey), and the criteria that do not apply to the ward. It is data: read from a YAML file,
// checked against the plan, stored, never constants in code.

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/plan.hpp"
#include "domain/scoring_rule.hpp"

namespace parindex {

// The two parts of the index: points the province assesses from evidence, and points from the
// sociological surveys (SIPAS and the like).
enum class ScorePart { assessed, survey };

struct MethodologyNode {
    std::string code;       // a plan node code: "I", "3.2", "3.2.1"
    std::string title;      // empty: the plan node's title
    int depth = 0;          // 0 for an area, 1 for its criteria, ...
    double max_points = 0;  // for a group: must equal the sum of its children
    ScorePart part = ScorePart::assessed;
    bool not_applicable = false;      // removed from the maximum
    std::optional<ScoringRule> rule;  // leaves only
    int source_line = 0;              // where the node starts in the file
    [[nodiscard]] bool is_leaf() const { return rule.has_value(); }

    friend bool operator==(const MethodologyNode&, const MethodologyNode&) = default;
};

struct Methodology {
    int year = 0;
    std::string title;
    bool is_template = false;  // the shipped default: to replace with the province's own
    double total_points = 100;
    double assessed_points = 68;
    double survey_points = 32;
    std::vector<MethodologyNode> nodes;  // document order: every parent before its children

    [[nodiscard]] const MethodologyNode* find(std::string_view code) const;
    // Index of the node's parent in `nodes`, or nothing for an area.
    [[nodiscard]] std::optional<std::size_t> parent_of(std::size_t index) const;
};

// Every way the methodology breaks the rules of docs/methodology.md or does not fit `plan`, each
// located at the node's line in `source_name` and naming the field: a code the plan does not
// have, a group whose points are not the sum of its children's, parts that do not add up to the
// total, a rule whose source the criterion cannot give (a target the task does not have).
[[nodiscard]] std::vector<Diagnostic> check_methodology(const Methodology& methodology,
                                                        const Plan& plan,
                                                        const std::string& source_name);

[[nodiscard]] std::string_view score_part_code(ScorePart part);
[[nodiscard]] std::optional<ScorePart> score_part_from_code(std::string_view code);
[[nodiscard]] Label score_part_label(ScorePart part);

}  // namespace parindex
