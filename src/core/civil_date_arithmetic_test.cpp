#include <gtest/gtest.h>

#include <ostream>
#include <vector>

#include "core/civil_date.hpp"

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the date.
// Internal linkage: civil_date_test.cpp in the same binary defines its own.
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(const CivilDate& date, std::ostream* out) {
    *out << date.to_iso();
}

namespace {

CivilDate date(int year, int month, int day) {
    const auto created = CivilDate::create(year, month, day);
    EXPECT_TRUE(created.has_value()) << year << "-" << month << "-" << day;
    return created.value_or(CivilDate::last_day_of_month(2000, 1));
}

struct MoveCase {
    CivilDate from;
    int days;
    CivilDate expected;
};

const std::vector<MoveCase> k_moves = {
    {date(2025, 7, 14), 0, date(2025, 7, 14)},
    {date(2025, 7, 14), 1, date(2025, 7, 15)},
    // Month ends.
    {date(2025, 1, 31), 1, date(2025, 2, 1)},
    {date(2025, 4, 30), 1, date(2025, 5, 1)},
    {date(2025, 9, 30), 15, date(2025, 10, 15)},
    {date(2025, 3, 31), 15, date(2025, 4, 15)},
    {date(2025, 1, 31), 30, date(2025, 3, 2)},
    // Year ends.
    {date(2025, 12, 31), 1, date(2026, 1, 1)},
    {date(2025, 12, 31), 15, date(2026, 1, 15)},
    {date(2025, 1, 1), 365, date(2026, 1, 1)},
    {date(2025, 1, 1), 1000, date(2027, 9, 28)},
    // Leap days: 2024 and 2000 are leap years, 2025 and 1900 are not.
    {date(2025, 2, 28), 1, date(2025, 3, 1)},
    {date(2024, 2, 28), 1, date(2024, 2, 29)},
    {date(2024, 2, 28), 2, date(2024, 3, 1)},
    {date(2024, 2, 29), 15, date(2024, 3, 15)},
    {date(2024, 1, 1), 365, date(2024, 12, 31)},
    {date(2024, 1, 1), 366, date(2025, 1, 1)},
    {date(2000, 2, 28), 1, date(2000, 2, 29)},
    {date(1900, 2, 28), 1, date(1900, 3, 1)},
    {date(2100, 2, 28), 1, date(2100, 3, 1)},
    // Backwards.
    {date(2025, 7, 15), -1, date(2025, 7, 14)},
    {date(2025, 3, 1), -1, date(2025, 2, 28)},
    {date(2024, 3, 1), -1, date(2024, 2, 29)},
    {date(2026, 1, 1), -1, date(2025, 12, 31)},
    {date(2025, 10, 26), -11, date(2025, 10, 15)},
    {date(2026, 1, 1), -365, date(2025, 1, 1)},
    {date(2025, 3, 1), -366, date(2024, 2, 29)},
};

TEST(CivilDatePlusDays, MovesAcrossMonthAndYearEndsAndLeapDays) {
    for (const MoveCase& c : k_moves) {
        EXPECT_EQ(c.from.plus_days(c.days), c.expected) << c.from.to_iso() << " + " << c.days;
    }
}

TEST(CivilDatePlusDays, LeavesTheDateItselfUnchanged) {
    const CivilDate day = date(2025, 12, 31);
    EXPECT_EQ(day.plus_days(1), date(2026, 1, 1));
    EXPECT_EQ(day, date(2025, 12, 31));
}

TEST(CivilDateDaysUntil, CountsDaysBothWays) {
    struct Case {
        CivilDate from;
        CivilDate to;
        int expected;
    };
    const std::vector<Case> cases = {
        {date(2025, 7, 14), date(2025, 7, 14), 0},     {date(2025, 7, 14), date(2025, 7, 15), 1},
        {date(2025, 7, 15), date(2025, 7, 14), -1},    {date(2025, 1, 1), date(2025, 12, 31), 364},
        {date(2025, 12, 31), date(2025, 1, 1), -364},  {date(2025, 2, 28), date(2025, 3, 1), 1},
        {date(2024, 2, 28), date(2024, 3, 1), 2},      {date(2024, 1, 1), date(2025, 1, 1), 366},
        {date(2025, 1, 1), date(2026, 1, 1), 365},     {date(2025, 10, 15), date(2025, 10, 26), 11},
        {date(2025, 10, 26), date(2025, 10, 15), -11}, {date(2025, 12, 31), date(2026, 1, 15), 15},
        {date(2025, 12, 1), date(2025, 12, 31), 30},   {date(1900, 1, 1), date(2000, 1, 1), 36524},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(c.from.days_until(c.to), c.expected)
            << c.from.to_iso() << " -> " << c.to.to_iso();
    }
}

TEST(CivilDateDaysUntil, UndoesPlusDays) {
    for (const MoveCase& c : k_moves) {
        EXPECT_EQ(c.from.days_until(c.expected), c.days) << c.from.to_iso() << " + " << c.days;
        EXPECT_EQ(c.expected.days_until(c.from), -c.days) << c.from.to_iso() << " + " << c.days;
    }
}

TEST(CivilDateDayNumber, CountsFromTheUnixEpochAndRoundTrips) {
    EXPECT_EQ(date(1970, 1, 1).day_number(), 0);
    EXPECT_EQ(date(1970, 1, 2).day_number(), 1);
    EXPECT_EQ(date(1969, 12, 31).day_number(), -1);
    EXPECT_EQ(date(2025, 1, 1).day_number(), 20089);
    for (const MoveCase& c : k_moves) {
        EXPECT_EQ(CivilDate::from_day_number(c.from.day_number()), c.from);
        EXPECT_EQ(c.expected.day_number() - c.from.day_number(), c.days);
    }
}

TEST(CivilDateWeekday, NamesTheDayOfTheWeek) {
    EXPECT_EQ(date(2025, 1, 1).weekday(), 3);    // Wednesday
    EXPECT_EQ(date(2025, 9, 2).weekday(), 2);    // Tuesday
    EXPECT_EQ(date(2025, 4, 26).weekday(), 6);   // Saturday
    EXPECT_EQ(date(2025, 11, 30).weekday(), 0);  // Sunday
}

}  // namespace

}  // namespace parindex
