#include "domain/period.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/plan.hpp"

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
static void PrintTo(PeriodState state, std::ostream* out) {
    *out << period_state_code(state);
}

namespace {

CivilDate date(int year, int month, int day) {
    const auto created = CivilDate::create(year, month, day);
    EXPECT_TRUE(created.has_value()) << year << "-" << month << "-" << day;
    return created.value_or(CivilDate::last_day_of_month(2000, 1));
}

Period quarter(int year, int index) {
    return Period{PeriodKind::quarter, year, index};
}

// --- codes and labels ------------------------------------------------------------------------

struct NamingCase {
    Period period;
    std::string_view code;
    std::string_view label;
};

const std::vector<NamingCase> k_naming_cases = {
    {Period{PeriodKind::quarter, 2025, 1}, "2025-Q1", "Quý I/2025"},
    {Period{PeriodKind::quarter, 2025, 2}, "2025-Q2", "Quý II/2025"},
    {Period{PeriodKind::quarter, 2025, 3}, "2025-Q3", "Quý III/2025"},
    {Period{PeriodKind::quarter, 2025, 4}, "2025-Q4", "Quý IV/2025"},
    {Period{PeriodKind::half, 2025, 1}, "2025-H1", "6 tháng đầu năm 2025"},
    {Period{PeriodKind::half, 2025, 2}, "2025-H2", "6 tháng cuối năm 2025"},
    {Period{PeriodKind::month, 2025, 1}, "2025-M01", "Tháng 1/2025"},
    {Period{PeriodKind::month, 2025, 7}, "2025-M07", "Tháng 7/2025"},
    {Period{PeriodKind::month, 2025, 12}, "2025-M12", "Tháng 12/2025"},
    {Period{PeriodKind::year, 2025, 1}, "2025", "Năm 2025"},
    {Period{PeriodKind::quarter, 2026, 1}, "2026-Q1", "Quý I/2026"},
};

TEST(PeriodCode, WritesTheCodeOfEveryKind) {
    for (const NamingCase& c : k_naming_cases) {
        EXPECT_EQ(c.period.code(), c.code);
    }
}

TEST(PeriodCode, WritesTheVietnameseLabelOfEveryKind) {
    for (const NamingCase& c : k_naming_cases) {
        EXPECT_EQ(c.period.label(), c.label) << c.code;
    }
}

TEST(PeriodCode, ParsesEveryCodeBackToItsPeriod) {
    for (const NamingCase& c : k_naming_cases) {
        EXPECT_EQ(parse_period(c.code), std::optional<Period>(c.period)) << c.code;
    }
}

TEST(PeriodCode, RejectsMalformedCodes) {
    const std::vector<std::string_view> rejected = {
        "2025-Q5",  // no fifth quarter
        "2025-Q0",  "2025-H3",  "2025-H0",
        "2025-M7",  // months take two digits
        "2025-M13", "2025-M00", "25-Q1",    "2025Q1",   "",         "2025-", "2025-Q",
        "2025-X1",  "2025-q1",  "2025-Q1 ", " 2025-Q1", "2025-Q1x", "1899",  "1899-Q1",
        "abcd",     "2025-M-1", "2025-Q-1", "2025-Y1",  "20250",
    };
    for (const std::string_view code : rejected) {
        EXPECT_EQ(parse_period(code), std::nullopt) << "code: '" << code << "'";
    }
}

// --- first and last days ---------------------------------------------------------------------

struct DatesCase {
    Period period;
    CivilDate starts;
    CivilDate ends;
    CivilDate closes;
};

TEST(PeriodDates, StartEndAndCloseFifteenDaysAfterTheEnd) {
    const std::vector<DatesCase> cases = {
        {quarter(2025, 1), date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 15)},
        {quarter(2025, 2), date(2025, 4, 1), date(2025, 6, 30), date(2025, 7, 15)},
        {quarter(2025, 3), date(2025, 7, 1), date(2025, 9, 30), date(2025, 10, 15)},
        // The fourth quarter closes in the next year.
        {quarter(2025, 4), date(2025, 10, 1), date(2025, 12, 31), date(2026, 1, 15)},
        {Period{PeriodKind::half, 2025, 1}, date(2025, 1, 1), date(2025, 6, 30), date(2025, 7, 15)},
        {Period{PeriodKind::half, 2025, 2}, date(2025, 7, 1), date(2025, 12, 31),
         date(2026, 1, 15)},
        {Period{PeriodKind::year, 2025, 1}, date(2025, 1, 1), date(2025, 12, 31),
         date(2026, 1, 15)},
        // February of a leap year ends on the 29th; of a common year on the 28th.
        {Period{PeriodKind::month, 2024, 2}, date(2024, 2, 1), date(2024, 2, 29),
         date(2024, 3, 15)},
        {Period{PeriodKind::month, 2025, 2}, date(2025, 2, 1), date(2025, 2, 28),
         date(2025, 3, 15)},
        {Period{PeriodKind::month, 2025, 4}, date(2025, 4, 1), date(2025, 4, 30),
         date(2025, 5, 15)},
        {Period{PeriodKind::month, 2025, 12}, date(2025, 12, 1), date(2025, 12, 31),
         date(2026, 1, 15)},
    };
    for (const DatesCase& c : cases) {
        EXPECT_EQ(c.period.starts_on(), c.starts) << c.period.code();
        EXPECT_EQ(c.period.ends_on(), c.ends) << c.period.code();
        EXPECT_EQ(c.period.closes_on(), c.closes) << c.period.code();
    }
}

// --- state -----------------------------------------------------------------------------------

struct StateCase {
    CivilDate today;
    bool is_locked;
    PeriodState expected;
};

TEST(PeriodState, FollowsTheCalendarAroundTheBoundariesOfTheThirdQuarter) {
    const Period q3 = quarter(2025, 3);  // 01/07/2025 - 30/09/2025, closes 15/10/2025
    const std::vector<StateCase> cases = {
        {date(2025, 6, 30), false, PeriodState::upcoming},
        {date(2025, 7, 1), false, PeriodState::open},
        {date(2025, 9, 30), false, PeriodState::open},
        {date(2025, 10, 1), false, PeriodState::open},  // within the grace days
        {date(2025, 10, 15), false, PeriodState::open},
        {date(2025, 10, 16), false, PeriodState::closed},
        {date(2026, 3, 1), false, PeriodState::closed},
        // A lock wins over the calendar, whatever the date.
        {date(2025, 6, 30), true, PeriodState::locked},
        {date(2025, 8, 15), true, PeriodState::locked},
        {date(2025, 10, 16), true, PeriodState::locked},
    };
    for (const StateCase& c : cases) {
        EXPECT_EQ(period_state(q3, c.today, c.is_locked), c.expected)
            << c.today.to_iso() << (c.is_locked ? " locked" : "");
    }
}

TEST(PeriodState, TheFourthQuarterStaysOpenIntoTheNextYear) {
    const Period q4 = quarter(2025, 4);
    EXPECT_EQ(period_state(q4, date(2025, 9, 30), false), PeriodState::upcoming);
    EXPECT_EQ(period_state(q4, date(2026, 1, 15), false), PeriodState::open);
    EXPECT_EQ(period_state(q4, date(2026, 1, 16), false), PeriodState::closed);
}

TEST(PeriodState, HasStableCodes) {
    EXPECT_EQ(period_state_code(PeriodState::upcoming), "upcoming");
    EXPECT_EQ(period_state_code(PeriodState::open), "open");
    EXPECT_EQ(period_state_code(PeriodState::closed), "closed");
    EXPECT_EQ(period_state_code(PeriodState::locked), "locked");
}

// --- quarters --------------------------------------------------------------------------------

TEST(QuarterOf, GivesTheQuarterHoldingTheDate) {
    const std::vector<std::pair<CivilDate, Period>> cases = {
        {date(2025, 1, 1), quarter(2025, 1)},  {date(2025, 3, 31), quarter(2025, 1)},
        {date(2025, 4, 1), quarter(2025, 2)},  {date(2025, 6, 30), quarter(2025, 2)},
        {date(2025, 7, 1), quarter(2025, 3)},  {date(2025, 9, 30), quarter(2025, 3)},
        {date(2025, 10, 1), quarter(2025, 4)}, {date(2025, 12, 31), quarter(2025, 4)},
        {date(2024, 2, 29), quarter(2024, 1)}, {date(2026, 5, 20), quarter(2026, 2)},
    };
    for (const auto& [day, expected] : cases) {
        EXPECT_EQ(quarter_of(day), expected) << day.to_iso();
    }
}

TEST(PlanQuarters, ListsTheFourQuartersOfTheYearInOrder) {
    const std::vector<Period> quarters = plan_quarters(2026);
    ASSERT_EQ(quarters.size(), 4U);
    const std::vector<std::string_view> codes = {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(quarters[i].code(), codes[i]);
        EXPECT_EQ(quarters[i].kind, PeriodKind::quarter);
    }
}

// --- the periods a task reports in -----------------------------------------------------------

struct TaskPeriodsCase {
    std::string_view name;
    Deadline deadline;
    int first_quarter;
    std::vector<std::string_view> expected;
};

TEST(TaskPeriods, RunFromTheFirstQuarterToTheDeadlinesQuarter) {
    const std::vector<TaskPeriodsCase> cases = {
        {"within the year from Q1",
         Deadline{DeadlineKind::within_year, date(2025, 12, 31)},
         1,
         {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}},
        {"ongoing from Q1",
         Deadline{DeadlineKind::ongoing, date(2025, 12, 31)},
         1,
         {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}},
        {"within the year from Q3",
         Deadline{DeadlineKind::within_year, date(2025, 12, 31)},
         3,
         {"2025-Q3", "2025-Q4"}},
        {"ongoing from Q4", Deadline{DeadlineKind::ongoing, date(2025, 12, 31)}, 4, {"2025-Q4"}},
        {"before 30/06 from Q1",
         Deadline{DeadlineKind::before_date, date(2025, 6, 30)},
         1,
         {"2025-Q1", "2025-Q2"}},
        {"before 01/07 from Q1 reaches Q3",
         Deadline{DeadlineKind::before_date, date(2025, 7, 1)},
         1,
         {"2025-Q1", "2025-Q2", "2025-Q3"}},
        {"before 01/01 from Q1",
         Deadline{DeadlineKind::before_date, date(2025, 1, 1)},
         1,
         {"2025-Q1"}},
        {"before 31/12 from Q2",
         Deadline{DeadlineKind::before_date, date(2025, 12, 31)},
         2,
         {"2025-Q2", "2025-Q3", "2025-Q4"}},
        {"on 15/08 from Q2",
         Deadline{DeadlineKind::on_date, date(2025, 8, 15)},
         2,
         {"2025-Q2", "2025-Q3"}},
        {"within Q3 from Q1",
         Deadline{DeadlineKind::within_quarter, date(2025, 9, 30)},
         1,
         {"2025-Q1", "2025-Q2", "2025-Q3"}},
        {"within October from Q2",
         Deadline{DeadlineKind::within_month, date(2025, 10, 31)},
         2,
         {"2025-Q2", "2025-Q3", "2025-Q4"}},
        // A deadline before the first quarter still asks for one report, in the first quarter.
        {"before 31/03 from Q3",
         Deadline{DeadlineKind::before_date, date(2025, 3, 31)},
         3,
         {"2025-Q3"}},
        {"within Q1 from Q4",
         Deadline{DeadlineKind::within_quarter, date(2025, 3, 31)},
         4,
         {"2025-Q4"}},
        // A deadline in another year: the task is reported on all through the plan's year.
        {"before 31/03 of the next year from Q1",
         Deadline{DeadlineKind::before_date, date(2026, 3, 31)},
         1,
         {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}},
        {"before 31/12 of the previous year from Q2",
         Deadline{DeadlineKind::before_date, date(2024, 12, 31)},
         2,
         {"2025-Q2", "2025-Q3", "2025-Q4"}},
    };
    for (const TaskPeriodsCase& c : cases) {
        const std::vector<Period> periods =
            task_periods(c.deadline, quarter(2025, c.first_quarter));
        std::vector<std::string> codes;
        for (const Period& period : periods) {
            EXPECT_EQ(period.kind, PeriodKind::quarter) << c.name;
            codes.push_back(period.code());
        }
        EXPECT_EQ(codes, std::vector<std::string>(c.expected.begin(), c.expected.end())) << c.name;
    }
}

// --- the quarter reporting starts in ---------------------------------------------------------

struct FirstQuarterCase {
    std::string_view name;
    std::optional<CivilDate> issued_on;
    std::string place_and_date;
    int expected;
};

TEST(FirstReportingQuarter, ComesFromTheIssueDateElseThePlaceAndDateLine) {
    const std::vector<FirstQuarterCase> cases = {
        {"issued 15/09", date(2025, 9, 15), "", 3},
        {"issued 01/01", date(2025, 1, 1), "", 1},
        {"issued 31/03", date(2025, 3, 31), "", 1},
        {"issued 01/04", date(2025, 4, 1), "", 2},
        {"issued 31/12", date(2025, 12, 31), "", 4},
        // The date wins over the line.
        {"issued 15/09, line says May", date(2025, 9, 15), "Bắc Kạn, ngày 15 tháng 5 năm 2025", 3},
        {"line with a blank day", std::nullopt, "Bắc Kạn, ngày   tháng 9 năm 2025", 3},
        {"line with a full date", std::nullopt, "Bắc Kạn, ngày 20 tháng 12 năm 2025", 4},
        {"line ending with the month", std::nullopt, "Bắc Kạn, tháng 4", 2},
        {"nothing", std::nullopt, "", 1},
        {"a line without a month", std::nullopt, "Bắc Kạn, ngày   tháng   năm 2025", 1},
        {"a line with month 13", std::nullopt, "Bắc Kạn, ngày 1 tháng 13 năm 2025", 1},
        {"a line with month 0", std::nullopt, "Bắc Kạn, ngày 1 tháng 0 năm 2025", 1},
        // A date in another year says nothing about this year's quarters.
        {"issued in another year", date(2024, 9, 15), "", 1},
        {"issued in another year, line with a blank day", date(2026, 9, 15),
         "Bắc Kạn, ngày   tháng 5 năm 2025", 2},
    };
    for (const FirstQuarterCase& c : cases) {
        PlanInfo info;
        info.year = 2025;
        info.issued_on = c.issued_on;
        info.place_and_date = c.place_and_date;
        EXPECT_EQ(first_reporting_quarter(info), c.expected) << c.name;
    }
}

TEST(FirstReportingQuarter, APlanIssuedInTheYearBeforeReportsFromTheFirstQuarter) {
    // A plan for 2025 signed in December 2024: issued_on is in another year, so the function
    // falls back to the place-and-date line, whose month (12) belongs to 2024 too.
    PlanInfo info;
    info.year = 2025;
    info.issued_on = date(2024, 12, 20);
    info.place_and_date = "Bắc Kạn, ngày 20 tháng 12 năm 2024";
    EXPECT_EQ(first_reporting_quarter(info), 1);
}

}  // namespace

}  // namespace parindex
