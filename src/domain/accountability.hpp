#pragma once
// Who answers for which points (the plan's body: heads of units answer to the chairman for the
// score of the criteria they lead). Each unit's criteria, the points at stake, secured, lost and
// at risk, its overdue tasks and late dossiers, and its rank among the units.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/score_tree.hpp"

namespace parindex {

struct UnitFacts {
    std::string unit_key;
    int overdue_tasks = 0;
    std::int64_t late_dossiers = 0;
};

struct UnitAccount {
    std::string unit_key;
    std::vector<std::string> criteria;  // the leaf criteria it leads
    double stake = 0;                   // their applicable maximum
    double now = 0;
    double projected = 0;
    double lost = 0;     // closed criteria: max - now, gone for this year
    double at_risk = 0;  // open criteria: max - projected
    int overdue_tasks = 0;
    std::int64_t late_dossiers = 0;
    int rank = 0;  // 1: the best projected share of its stake

    [[nodiscard]] double projected_share() const;  // percent of the stake, 0 without a stake
};

// A criterion led by several units counts in full for each of them: each answers for it. Units
// in `facts` without criteria are listed too, ranked after those with a stake.
[[nodiscard]] std::vector<UnitAccount> account_units(const ScoreTree& tree,
                                                     const std::vector<UnitFacts>& facts);

}  // namespace parindex
