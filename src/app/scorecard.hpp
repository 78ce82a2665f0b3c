#pragma once
// Use case: the ward's PAR index score as of today and projected to the year's end. Gathers each
// criterion's value from where the methodology says it comes from (the dossier indicators with
// their monthly trend, the tasks' measured targets and completion, the values people entered),
// scores the tree, ranks the points at risk and says which unit answers for them. Assumptions
// (what-if) replace a criterion's value for one computation without storing anything.

#include <map>
#include <memory>
#include <string>

#include "app/overview.hpp"
#include "domain/accountability.hpp"
#include "domain/score_tree.hpp"

namespace parindex {

struct Scorecard {
    int year = 0;
    CivilDate today;
    Methodology methodology;
    ScoreTree tree;
    std::vector<ScoreRisk> risks;  // point into tree: a Scorecard is never copied
    std::vector<UnitAccount> units;
    std::map<std::string, std::string, std::less<>> unit_heads;  // unit key -> head's name

    explicit Scorecard(CivilDate day) : today(day) {}
    Scorecard(const Scorecard&) = delete;
    Scorecard& operator=(const Scorecard&) = delete;
};

// Criterion code -> the value to assume for it (its rule's input: a rate, a count, 1 for done).
using Assumptions = std::map<std::string, double, std::less<>>;

// `dossiers` may be null (no one-stop data): indicator criteria are then pending. An assumption
// for a code that is not a scored criterion is invalid_input naming it.
[[nodiscard]] Result<std::unique_ptr<const Scorecard>> build_scorecard(
    WorkflowStore& store, const Overview& overview, const DossierSnapshot* dossiers,
    Methodology methodology, const Assumptions& assumptions = {});

}  // namespace parindex
