#include "domain/urging.hpp"

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parindex {

// gtest finds these by argument-dependent lookup, so a failing comparison shows dates and codes.
// Internal linkage: other test files of this binary may print them their own way.
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(const CivilDate& date, std::ostream* out) {
    *out << date.to_iso();
}
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(const Period& period, std::ostream* out) {
    *out << period.code();
}
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(UrgingKind kind, std::ostream* out) {
    *out << urging_kind_code(kind);
}
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(UrgingLevel level, std::ostream* out) {
    *out << urging_level_code(level);
}

namespace {

CivilDate date(int year, int month, int day) {
    const auto created = CivilDate::create(year, month, day);
    EXPECT_TRUE(created.has_value()) << year << "-" << month << "-" << day;
    return created.value_or(CivilDate::last_day_of_month(2000, 1));
}

Period quarter(int index) {
    return Period{PeriodKind::quarter, 2025, index};
}

// Unit "a" reports on task 2.1.1 in the third quarter of 2025: 01/07 - 30/09, closes 15/10.
Responsibility duty(std::vector<Period> periods = {quarter(3)}) {
    return Responsibility{"2.1.1", "a", AssignmentRole::lead, std::move(periods)};
}

ProgressReport report(std::int64_t id, ReportState state, std::string unit_key = "a",
                      std::string task_code = "2.1.1", const Period& period = quarter(3)) {
    ProgressReport result;
    result.id = id;
    result.plan_year = 2025;
    result.task_code = std::move(task_code);
    result.unit_key = std::move(unit_key);
    result.period = period;
    result.state = state;
    return result;
}

// A compact picture of an item, for whole-list comparisons.
struct Seen {
    std::string_view kind;
    std::string_view level;
    std::string period;
    std::int64_t report_id;

    friend bool operator==(const Seen&, const Seen&) = default;
    friend std::ostream& operator<<(std::ostream& out, const Seen& seen) {
        return out << "{" << seen.kind << " " << seen.level << " " << seen.period << " #"
                   << seen.report_id << "}";
    }
};

std::vector<Seen> seen(const std::vector<UrgingItem>& items) {
    std::vector<Seen> result;
    result.reserve(items.size());
    for (const UrgingItem& item : items) {
        result.push_back(Seen{urging_kind_code(item.kind), urging_level_code(item.level),
                              item.period.code(), item.report_id});
    }
    return result;
}

// --- a period without a submitted report -----------------------------------------------------

struct CalendarCase {
    CivilDate today;
    std::optional<UrgingKind> kind;  // nothing: no item
    UrgingLevel level;
};

TEST(ComputeUrgings, FollowsTheCalendarAroundTheCloseOfThePeriod) {
    const std::vector<CalendarCase> cases = {
        {date(2025, 6, 30), std::nullopt, UrgingLevel::unit},  // not started
        {date(2025, 7, 1), std::nullopt, UrgingLevel::unit},
        {date(2025, 9, 30), std::nullopt, UrgingLevel::unit},          // period's end, 15 days left
        {date(2025, 10, 7), std::nullopt, UrgingLevel::unit},          // 8 days left
        {date(2025, 10, 8), UrgingKind::due_soon, UrgingLevel::unit},  // 7 days left
        {date(2025, 10, 15), UrgingKind::due_soon, UrgingLevel::unit},        // the last day
        {date(2025, 10, 16), UrgingKind::overdue, UrgingLevel::unit},         // 1 day late
        {date(2025, 10, 20), UrgingKind::overdue, UrgingLevel::unit},         // 5 days late
        {date(2025, 10, 21), UrgingKind::overdue, UrgingLevel::unit_head},    // 6
        {date(2025, 10, 25), UrgingKind::overdue, UrgingLevel::unit_head},    // 10
        {date(2025, 10, 26), UrgingKind::overdue, UrgingLevel::coordinator},  // 11
        {date(2026, 3, 1), UrgingKind::overdue, UrgingLevel::coordinator},
    };
    for (const bool has_draft : {false, true}) {
        std::vector<ProgressReport> reports;
        if (has_draft) {
            reports.push_back(report(42, ReportState::draft));
        }
        for (const CalendarCase& c : cases) {
            const std::string context = c.today.to_iso() + (has_draft ? " with a draft" : "");
            const std::vector<UrgingItem> items = compute_urgings({duty()}, reports, {}, c.today);
            if (!c.kind) {
                EXPECT_TRUE(items.empty()) << context;
                continue;
            }
            ASSERT_EQ(items.size(), 1U) << context;
            const UrgingItem& item = items.front();
            EXPECT_EQ(item.kind, *c.kind) << context;
            EXPECT_EQ(item.level, c.level) << context;
            EXPECT_EQ(item.task_code, "2.1.1") << context;
            EXPECT_EQ(item.unit_key, "a") << context;
            EXPECT_EQ(item.period, quarter(3)) << context;
            EXPECT_EQ(item.report_id, has_draft ? 42 : 0) << context;
            EXPECT_EQ(item.due_on, date(2025, 10, 15)) << context;
        }
    }
}

TEST(ComputeUrgings, TheFourthQuarterIsDueSoonInTheNextYear) {
    const std::vector<UrgingItem> items =
        compute_urgings({duty({quarter(4)})}, {}, {}, date(2026, 1, 8));
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, UrgingKind::due_soon);
    EXPECT_EQ(items[0].due_on, date(2026, 1, 15));
    EXPECT_TRUE(compute_urgings({duty({quarter(4)})}, {}, {}, date(2026, 1, 7)).empty());
}

// --- a period with a report past the draft ---------------------------------------------------

TEST(ComputeUrgings, ASubmittedReportWaitsForTheCoordinatorsReview) {
    for (const CivilDate& today : {date(2025, 9, 1), date(2025, 10, 10), date(2025, 12, 1)}) {
        const std::vector<UrgingItem> items =
            compute_urgings({duty()}, {report(43, ReportState::submitted)}, {}, today);
        EXPECT_EQ(seen(items), (std::vector<Seen>{{"to_review", "coordinator", "2025-Q3", 43}}))
            << today.to_iso();
    }
}

TEST(ComputeUrgings, AReturnedReportWaitsForItsUnit) {
    for (const CivilDate& today : {date(2025, 9, 1), date(2025, 10, 10), date(2025, 12, 1)}) {
        const std::vector<UrgingItem> items =
            compute_urgings({duty()}, {report(44, ReportState::returned)}, {}, today);
        EXPECT_EQ(seen(items), (std::vector<Seen>{{"returned", "unit", "2025-Q3", 44}}))
            << today.to_iso();
    }
}

TEST(ComputeUrgings, AnAcceptedReportAsksNothingMore) {
    for (const CivilDate& today : {date(2025, 10, 10), date(2025, 10, 16), date(2025, 12, 1)}) {
        EXPECT_TRUE(
            compute_urgings({duty()}, {report(45, ReportState::accepted)}, {}, today).empty())
            << today.to_iso();
    }
}

TEST(ComputeUrgings, OnlyTheDutysOwnReportCounts) {
    // Accepted reports of another unit, another task and another period leave a's duty open.
    const std::vector<ProgressReport> others = {
        report(1, ReportState::accepted, "b"),
        report(2, ReportState::accepted, "a", "2.1.2"),
        report(3, ReportState::accepted, "a", "2.1.1", quarter(2)),
    };
    const std::vector<UrgingItem> items = compute_urgings({duty()}, others, {}, date(2025, 10, 26));
    EXPECT_EQ(seen(items), (std::vector<Seen>{{"overdue", "coordinator", "2025-Q3", 0}}));
}

// --- locks and several periods ---------------------------------------------------------------

TEST(ComputeUrgings, ALockedPeriodAsksNothingOfAnyone) {
    const std::vector<std::string> locked = {"2025-Q3"};
    for (const ReportState state :
         {ReportState::draft, ReportState::submitted, ReportState::returned}) {
        EXPECT_TRUE(
            compute_urgings({duty()}, {report(46, state)}, locked, date(2025, 10, 26)).empty())
            << report_state_code(state);
    }
    EXPECT_TRUE(compute_urgings({duty()}, {}, locked, date(2025, 10, 10)).empty());
    // A lock on another period changes nothing here.
    EXPECT_EQ(compute_urgings({duty()}, {}, {"2025-Q2"}, date(2025, 10, 10)).size(), 1U);
}

TEST(ComputeUrgings, GivesOneItemPerPeriodThatCallsForOne) {
    // On 26/10/2025: Q1 waits for review; Q2 (closed 15/07) has no report, 103 days late; Q3
    // (closed 15/10) has only a draft, 11 days late; Q4 (closes 15/01/2026) is not due yet.
    // On 18/10/2025 with Q2 locked: Q3 is only 3 days late.
    const Responsibility whole_year = duty({quarter(1), quarter(2), quarter(3), quarter(4)});
    const std::vector<ProgressReport> reports = {
        report(51, ReportState::submitted, "a", "2.1.1", quarter(1)),
        report(53, ReportState::draft, "a", "2.1.1", quarter(3)),
        report(54, ReportState::draft, "a", "2.1.1", quarter(4)),
    };
    EXPECT_EQ(seen(compute_urgings({whole_year}, reports, {}, date(2025, 10, 26))),
              (std::vector<Seen>{
                  {"to_review", "coordinator", "2025-Q1", 51},
                  {"overdue", "coordinator", "2025-Q2", 0},
                  {"overdue", "coordinator", "2025-Q3", 53},
              }));
    EXPECT_EQ(seen(compute_urgings({whole_year}, reports, {"2025-Q2"}, date(2025, 10, 18))),
              (std::vector<Seen>{
                  {"to_review", "coordinator", "2025-Q1", 51},
                  {"overdue", "unit", "2025-Q3", 53},
              }));
}

TEST(ComputeUrgings, KeepsEachDutysItemsApart) {
    const Responsibility unit_a = duty();
    const Responsibility unit_b{"2.1.1", "b", AssignmentRole::coordinating, {quarter(3)}};
    const std::vector<UrgingItem> items = compute_urgings(
        {unit_a, unit_b}, {report(60, ReportState::submitted, "b")}, {}, date(2025, 10, 12));
    ASSERT_EQ(items.size(), 2U);
    EXPECT_EQ(items[0].unit_key, "a");
    EXPECT_EQ(items[0].kind, UrgingKind::due_soon);
    EXPECT_EQ(items[1].unit_key, "b");
    EXPECT_EQ(items[1].kind, UrgingKind::to_review);
    EXPECT_EQ(items[1].report_id, 60);
}

TEST(ComputeUrgings, NothingWithoutDuties) {
    EXPECT_TRUE(
        compute_urgings({}, {report(1, ReportState::submitted)}, {}, date(2025, 10, 26)).empty());
    EXPECT_TRUE(compute_urgings({duty({})}, {}, {}, date(2025, 10, 26)).empty());
}

// --- whose inbox -----------------------------------------------------------------------------

UrgingItem item(UrgingKind kind, UrgingLevel level) {
    return UrgingItem{kind, level, "2.1.1", "a", quarter(3), 0, date(2025, 10, 15)};
}

Actor actor(Role role, std::string unit_key = "") {
    Actor result;
    result.role = role;
    result.unit_key = std::move(unit_key);
    return result;
}

TEST(Concerns, PutsEachItemInTheInboxesOfThoseWhoMustAct) {
    // Items of unit "a", in this order:
    const std::array items = {
        item(UrgingKind::due_soon, UrgingLevel::unit),
        item(UrgingKind::overdue, UrgingLevel::unit),
        item(UrgingKind::overdue, UrgingLevel::unit_head),
        item(UrgingKind::overdue, UrgingLevel::coordinator),
        item(UrgingKind::returned, UrgingLevel::unit),
        item(UrgingKind::to_review, UrgingLevel::coordinator),
    };
    struct Row {
        std::string_view name;
        Actor who;
        std::array<bool, 6> expected;
    };
    const std::vector<Row> table = {
        // Columns: due soon; overdue at unit, unit head and coordinator level; returned; to review.
        {"staff of a", actor(Role::unit_staff, "a"), {true, true, true, true, true, false}},
        // The head hears of an overdue report once it has climbed to them (ADR 0006).
        {"head of a", actor(Role::unit_head, "a"), {true, false, true, true, true, false}},
        {"staff of b", actor(Role::unit_staff, "b"), {false, false, false, false, false, false}},
        {"head of b", actor(Role::unit_head, "b"), {false, false, false, false, false, false}},
        {"coordinator", actor(Role::coordinator), {false, false, false, true, false, true}},
        {"admin", actor(Role::admin), {false, false, false, true, false, true}},
        {"chairman", actor(Role::chairman), {false, false, false, true, false, false}},
        {"vice-chairman", actor(Role::vice_chairman), {false, false, false, true, false, false}},
        {"viewer", actor(Role::viewer), {false, false, false, false, false, false}},
        // A unit key on a role without units does not bring the unit's items.
        {"viewer of a", actor(Role::viewer, "a"), {false, false, false, false, false, false}},
        {"chairman of a", actor(Role::chairman, "a"), {false, false, false, true, false, false}},
    };
    for (const Row& row : table) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            EXPECT_EQ(concerns(items[i], row.who), row.expected[i])
                << row.name << ", " << urging_kind_code(items[i].kind) << " at "
                << urging_level_code(items[i].level) << " level";
        }
    }
}

TEST(UrgingCodes, AreStable) {
    EXPECT_EQ(urging_kind_code(UrgingKind::due_soon), "due_soon");
    EXPECT_EQ(urging_kind_code(UrgingKind::overdue), "overdue");
    EXPECT_EQ(urging_kind_code(UrgingKind::returned), "returned");
    EXPECT_EQ(urging_kind_code(UrgingKind::to_review), "to_review");
    EXPECT_EQ(urging_level_code(UrgingLevel::unit), "unit");
    EXPECT_EQ(urging_level_code(UrgingLevel::unit_head), "unit_head");
    EXPECT_EQ(urging_level_code(UrgingLevel::coordinator), "coordinator");
}

TEST(UrgingCodes, TheEscalationStepsAreThoseOfThePlan) {
    EXPECT_EQ(k_reminder_days, 7);
    EXPECT_EQ(k_escalate_to_head_days, 5);
    EXPECT_EQ(k_escalate_to_coordinator_days, 10);
}

}  // namespace

}  // namespace parindex
