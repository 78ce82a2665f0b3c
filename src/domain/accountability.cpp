#include "domain/accountability.hpp"

#include <algorithm>
#include <map>

namespace parindex {

double UnitAccount::projected_share() const {
    constexpr double k_percent = 100.0;
    return stake > 0 ? k_percent * projected / stake : 0.0;
}

std::vector<UnitAccount> account_units(const ScoreTree& tree, const std::vector<UnitFacts>& facts) {
    std::map<std::string, UnitAccount, std::less<>> accounts;
    for (const UnitFacts& fact : facts) {
        UnitAccount& account = accounts[fact.unit_key];
        account.unit_key = fact.unit_key;
        account.overdue_tasks = fact.overdue_tasks;
        account.late_dossiers = fact.late_dossiers;
    }
    for (const ScoreNode& node : tree.nodes) {
        if (!node.is_leaf || node.applicable_max == 0) {
            continue;
        }
        for (const std::string& unit : node.lead_units) {
            UnitAccount& account = accounts[unit];
            account.unit_key = unit;
            account.criteria.push_back(node.code);
            account.stake += node.applicable_max;
            account.now += node.now;
            account.projected += node.projected;
            (node.closed ? account.lost : account.at_risk) +=
                node.closed ? node.applicable_max - node.now : node.applicable_max - node.projected;
        }
    }
    std::vector<UnitAccount> ranked;
    ranked.reserve(accounts.size());
    for (auto& [key, account] : accounts) {
        for (double* value :
             {&account.stake, &account.now, &account.projected, &account.lost, &account.at_risk}) {
            *value = round_points(*value);
        }
        ranked.push_back(std::move(account));
    }
    // The best projected share first; among equals, fewer points lost, then the larger stake.
    std::stable_sort(ranked.begin(), ranked.end(), [](const UnitAccount& a, const UnitAccount& b) {
        if ((a.stake > 0) != (b.stake > 0)) {
            return a.stake > 0;
        }
        if (a.projected_share() != b.projected_share()) {
            return a.projected_share() > b.projected_share();
        }
        if (a.lost != b.lost) {
            return a.lost < b.lost;
        }
        return a.stake > b.stake;
    });
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        ranked[i].rank = static_cast<int>(i) + 1;
    }
    return ranked;
}

}  // namespace parindex
