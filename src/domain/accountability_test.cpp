// Tests account_units (accountability.hpp): each lead unit's stake, points now and projected,
// points lost on closed criteria and at risk on open ones, and its rank. The score tree is built
// by hand so every number below is plain arithmetic on the leaves.
#include "domain/accountability.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace parindex {

namespace {

ScoreNode group(std::string code, int depth, std::vector<std::string> lead_units = {}) {
    ScoreNode node;
    node.code = std::move(code);
    node.depth = depth;
    node.is_leaf = false;
    node.lead_units = std::move(lead_units);
    return node;
}

ScoreNode leaf(std::string code, double max_points, double now, double projected, bool closed,
               std::vector<std::string> lead_units) {
    ScoreNode node;
    node.code = std::move(code);
    node.depth = 1;
    node.is_leaf = true;
    node.max_points = max_points;
    node.applicable_max = max_points;
    node.now = now;
    node.projected = projected;
    node.closed = closed;
    node.lead_units = std::move(lead_units);
    return node;
}

// Unit keys sort alphabetically ktht < ttpvhcc < vhxh, the reverse of their ranks below, so the
// ranking is not the map's order by accident.
ScoreTree tree() {
    ScoreTree made;
    made.nodes = {
        group("I", 0, {"ktht"}),  // a group's lead units answer for nothing: leaves only
        leaf("1.1", 3, 2.59, 2.85, false, {"vhxh"}),
        leaf("1.2", 1, 0, 0, true, {"vhxh", "ttpvhcc"}),  // missed, led by two units
        group("II", 0),
        leaf("2.1", 2, 1.5, 2, false, {"ttpvhcc"}),
        leaf("2.2", 2, 0, 0, false, {"vpub"}),  // not applicable below
    };
    made.nodes.back().applicable_max = 0;
    made.nodes.back().state = CriterionState::not_applicable;
    return made;
}

const UnitAccount* find(const std::vector<UnitAccount>& accounts, const std::string& key) {
    for (const UnitAccount& account : accounts) {
        if (account.unit_key == key) {
            return &account;
        }
    }
    return nullptr;
}

TEST(AccountUnits, EachUnitAnswersForTheCriteriaItLeads) {
    const auto accounts = account_units(tree(), {});
    const UnitAccount* culture = find(accounts, "vhxh");
    ASSERT_NE(culture, nullptr);
    EXPECT_EQ(culture->criteria, (std::vector<std::string>{"1.1", "1.2"}));
    EXPECT_DOUBLE_EQ(culture->stake, 4);                  // 3 + 1
    EXPECT_DOUBLE_EQ(culture->now, 2.59);                 // 2,59 + 0
    EXPECT_DOUBLE_EQ(culture->projected, 2.85);           // 2,85 + 0
    EXPECT_DOUBLE_EQ(culture->lost, 1);                   // closed 1.2: 1 − 0
    EXPECT_DOUBLE_EQ(culture->at_risk, 0.15);             // open 1.1: 3 − 2,85
    EXPECT_DOUBLE_EQ(culture->projected_share(), 71.25);  // 100 × 2,85 / 4
}

TEST(AccountUnits, ACriterionWithTwoLeadUnitsCountsInFullForEach) {
    const auto accounts = account_units(tree(), {});
    const UnitAccount* centre = find(accounts, "ttpvhcc");
    ASSERT_NE(centre, nullptr);
    EXPECT_EQ(centre->criteria, (std::vector<std::string>{"1.2", "2.1"}));
    EXPECT_DOUBLE_EQ(centre->stake, 3);      // 1 + 2: 1.2 in full, also in vhxh's stake
    EXPECT_DOUBLE_EQ(centre->now, 1.5);      // 0 + 1,5
    EXPECT_DOUBLE_EQ(centre->projected, 2);  // 0 + 2
    EXPECT_DOUBLE_EQ(centre->lost, 1);       // closed 1.2: 1 − 0, lost for both units
    EXPECT_DOUBLE_EQ(centre->at_risk, 0);    // open 2.1: 2 − 2
}

TEST(AccountUnits, NotApplicableCriteriaAndGroupsAnswerForNothing) {
    const auto accounts = account_units(tree(), {});
    // vpub leads only the not-applicable 2.2; ktht only the area I: neither has an account.
    EXPECT_EQ(find(accounts, "vpub"), nullptr);
    EXPECT_EQ(find(accounts, "ktht"), nullptr);
    EXPECT_EQ(accounts.size(), 2U);
}

TEST(AccountUnits, RankedByProjectedShareAndUnitsWithoutCriteriaLast) {
    const auto accounts = account_units(
        tree(), {UnitFacts{"ktht", 2, 5}, UnitFacts{"vhxh", 1, 3}, UnitFacts{"ttpvhcc", 0, 12}});
    // vhxh 2,85 / 4 = 71,25%; ttpvhcc 2 / 3 = 66,67%; ktht has facts but no criteria.
    ASSERT_EQ(accounts.size(), 3U);
    EXPECT_EQ(accounts[0].unit_key, "vhxh");
    EXPECT_EQ(accounts[0].rank, 1);
    EXPECT_EQ(accounts[0].overdue_tasks, 1);
    EXPECT_EQ(accounts[0].late_dossiers, 3);
    EXPECT_EQ(accounts[1].unit_key, "ttpvhcc");
    EXPECT_EQ(accounts[1].rank, 2);
    EXPECT_EQ(accounts[1].late_dossiers, 12);
    EXPECT_EQ(accounts[2].unit_key, "ktht");
    EXPECT_EQ(accounts[2].rank, 3);
    EXPECT_TRUE(accounts[2].criteria.empty());
    EXPECT_DOUBLE_EQ(accounts[2].stake, 0);
    EXPECT_DOUBLE_EQ(accounts[2].projected_share(), 0);
    EXPECT_EQ(accounts[2].overdue_tasks, 2);
    EXPECT_EQ(accounts[2].late_dossiers, 5);
}

TEST(AccountUnits, AUnitWithoutCriteriaRanksAfterAUnitThatScoredNothing) {
    ScoreTree made;
    made.nodes = {group("I", 0), leaf("1.1", 2, 0, 0, true, {"zeta"})};  // 0% of 2
    const auto accounts = account_units(made, {UnitFacts{"alpha", 0, 0}});
    ASSERT_EQ(accounts.size(), 2U);
    EXPECT_EQ(accounts[0].unit_key, "zeta");
    EXPECT_DOUBLE_EQ(accounts[0].lost, 2);
    EXPECT_EQ(accounts[1].unit_key, "alpha");
    EXPECT_EQ(accounts[1].rank, 2);
}

TEST(AccountUnits, EqualSharesRankFewerPointsLostThenTheLargerStake) {
    ScoreTree made;
    made.nodes = {
        group("I", 0),
        // a_unit: 1 of 2 = 50%, closed: lost 2 − 1 = 1
        leaf("1.1", 2, 1, 1, true, {"a_unit"}),
        // b_unit: 1 of 2 = 50%, open: lost 0, at risk 1
        leaf("1.2", 2, 1, 1, false, {"b_unit"}),
        // c_unit: 2 of 4 = 50%, open: lost 0, the larger stake
        leaf("1.3", 4, 2, 2, false, {"c_unit"}),
    };
    const auto accounts = account_units(made, {});
    ASSERT_EQ(accounts.size(), 3U);
    EXPECT_EQ(accounts[0].unit_key, "c_unit");
    EXPECT_EQ(accounts[1].unit_key, "b_unit");
    EXPECT_DOUBLE_EQ(accounts[1].at_risk, 1);
    EXPECT_EQ(accounts[2].unit_key, "a_unit");
    EXPECT_DOUBLE_EQ(accounts[2].lost, 1);
    EXPECT_DOUBLE_EQ(accounts[2].at_risk, 0);
    EXPECT_EQ(accounts[2].rank, 3);
}

TEST(AccountUnits, SumsAreRoundedToTheHundredth) {
    ScoreTree made;
    // 0,1 + 0,2 is 0,30000000000000004 in binary: the account shows 0,3.
    made.nodes = {group("I", 0), leaf("1.1", 1, 0.1, 0.1, false, {"u"}),
                  leaf("1.2", 1, 0.2, 0.2, false, {"u"})};
    const auto accounts = account_units(made, {});
    ASSERT_EQ(accounts.size(), 1U);
    EXPECT_EQ(accounts[0].now, 0.3);
    EXPECT_EQ(accounts[0].at_risk, 1.7);  // (1 − 0,1) + (1 − 0,2)
}

}  // namespace

}  // namespace parindex
