#include "core/civil_date.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the date.
void PrintTo(const CivilDate& date, std::ostream* out) {  // NOLINT(readability-identifier-naming)
    *out << date.to_iso();
}

namespace {

// A date as three numbers, so a table can say "nothing" with std::nullopt.
struct Ymd {
    int year;
    int month;
    int day;
};

void expect_date(const std::optional<CivilDate>& actual, const std::optional<Ymd>& expected,
                 std::string_view input) {
    ASSERT_EQ(actual.has_value(), expected.has_value()) << "input: '" << input << "'";
    if (!expected) {
        return;
    }
    EXPECT_EQ(actual->year(), expected->year) << "input: '" << input << "'";
    EXPECT_EQ(actual->month(), expected->month) << "input: '" << input << "'";
    EXPECT_EQ(actual->day(), expected->day) << "input: '" << input << "'";
}

CivilDate date(int year, int month, int day) {
    const auto created = CivilDate::create(year, month, day);
    EXPECT_TRUE(created.has_value()) << year << "-" << month << "-" << day;
    return created.value_or(CivilDate::last_day_of_month(2000, 1));
}

// --- create ----------------------------------------------------------------------------------

struct CreateCase {
    int year;
    int month;
    int day;
    bool is_valid;
};

TEST(CivilDateCreate, AcceptsRealDatesAndRejectsImpossibleOnes) {
    const std::vector<CreateCase> cases = {
        {2025, 12, 31, true},  // the seed's deadline
        {2025, 1, 1, true},    // the first day of a year
        {2024, 2, 29, true},   // leap year
        {2000, 2, 29, true},   // divisible by 400: leap
        {2025, 2, 29, false},  // not a leap year
        {1900, 2, 29, false},  // divisible by 100 but not 400: not leap
        {2025, 2, 28, true},   // February's last day
        {2025, 4, 30, true},   // April's last day
        {2025, 4, 31, false},  // April has 30 days
        {2025, 6, 31, false},  // June has 30 days
        {2025, 2, 31, false},  // the impossible date of the header's example
        {2025, 1, 32, false},  // no month has 32 days
        {2025, 0, 1, false},   // month zero
        {2025, 13, 1, false},  // month thirteen
        {2025, 1, 0, false},   // day zero
        {2025, -1, 1, false},  // negative month
        {2025, 1, -1, false},  // negative day
        {0, 1, 1, false},      // no such plan year
        {10000, 1, 1, false},  // five digits
        {9999, 12, 31, true},  // the last four-digit year
    };
    for (const CreateCase& c : cases) {
        const auto created = CivilDate::create(c.year, c.month, c.day);
        EXPECT_EQ(created.has_value(), c.is_valid) << c.day << "/" << c.month << "/" << c.year;
        if (created) {
            EXPECT_EQ(created->year(), c.year);
            EXPECT_EQ(created->month(), c.month);
            EXPECT_EQ(created->day(), c.day);
        }
    }
}

// --- parse_dmy -------------------------------------------------------------------------------

struct ParseCase {
    std::string_view text;
    std::optional<Ymd> expected;
};

TEST(CivilDateParseDmy, ReadsDayMonthYearWithOrWithoutLeadingZeros) {
    const std::vector<ParseCase> cases = {
        {"31/12/2025", Ymd{2025, 12, 31}},
        {"1/7/2025", Ymd{2025, 7, 1}},
        {"01/07/2025", Ymd{2025, 7, 1}},
        {"10/01/2022", Ymd{2022, 1, 10}},  // Nghị quyết số 04/NQ-CP ngày 10/01/2022
        {"29/02/2024", Ymd{2024, 2, 29}},
    };
    for (const ParseCase& c : cases) {
        expect_date(CivilDate::parse_dmy(c.text), c.expected, c.text);
    }
}

TEST(CivilDateParseDmy, RejectsOtherFormatsAndImpossibleDates) {
    const std::vector<std::string_view> cases = {
        "31-12-2025",   // dashes
        "2025/12/31",   // year first
        "32/1/2025",    // day 32
        "1/1/25",       // two-digit year
        "31/04/2025",   // April has 30 days
        "29/02/2025",   // not a leap year
        "1/13/2025",    // month 13
        "0/1/2025",     // day zero
        "",             // empty
        "31/12",        // no year
        "31/12/",       // empty year
        "/12/2025",     // empty day
        "31//2025",     // empty month
        "31/12/2025/",  // a fourth part
        "31/12/20250",  // five-digit year
        "031/12/2025",  // three-digit day
        "31/012/2025",  // three-digit month
        " 31/12/2025",  // leading space
        "31/12/2025 ",  // trailing space
        "3a/12/2025",   // not a number
        "+1/12/2025",   // sign
        "-1/12/2025",   // negative day
        "ngày 31/12",   // words
    };
    for (const std::string_view text : cases) {
        EXPECT_FALSE(CivilDate::parse_dmy(text).has_value()) << "input: '" << text << "'";
    }
}

// --- parse_iso -------------------------------------------------------------------------------

TEST(CivilDateParseIso, ReadsYearMonthDay) {
    const std::vector<ParseCase> cases = {
        {"2025-12-31", Ymd{2025, 12, 31}},
        {"2025-07-01", Ymd{2025, 7, 1}},
        {"2024-02-29", Ymd{2024, 2, 29}},
    };
    for (const ParseCase& c : cases) {
        expect_date(CivilDate::parse_iso(c.text), c.expected, c.text);
    }
}

TEST(CivilDateParseIso, RejectsOtherFormatsAndImpossibleDates) {
    const std::vector<std::string_view> cases = {
        "2025-7-1",     // no zero padding
        "2025-07-1",    // day not padded
        "31/12/2025",   // dmy
        "2025/12/31",   // slashes
        "20251231",     // no separators
        "2025-02-29",   // not a leap year
        "2025-04-31",   // April has 30 days
        "2025-13-01",   // month 13
        "2025-00-10",   // month zero
        "2025-12-00",   // day zero
        "2025-12-31T",  // trailing text
        "",             // empty
        "abcd-ef-gh",   // letters
        "-025-12-31",   // negative year
        "2025-+1-31",   // signed month
    };
    for (const std::string_view text : cases) {
        EXPECT_FALSE(CivilDate::parse_iso(text).has_value()) << "input: '" << text << "'";
    }
}

// --- Formatting ------------------------------------------------------------------------------

TEST(CivilDateFormat, ToDmyPadsDayAndMonthWithZeros) {
    EXPECT_EQ(date(2025, 7, 1).to_dmy(), "01/07/2025");
    EXPECT_EQ(date(2025, 12, 31).to_dmy(), "31/12/2025");
    EXPECT_EQ(date(2022, 1, 10).to_dmy(), "10/01/2022");
}

TEST(CivilDateFormat, ToIsoPadsMonthAndDayWithZeros) {
    EXPECT_EQ(date(2025, 7, 1).to_iso(), "2025-07-01");
    EXPECT_EQ(date(2025, 12, 31).to_iso(), "2025-12-31");
    EXPECT_EQ(date(1900, 1, 9).to_iso(), "1900-01-09");
}

TEST(CivilDateFormat, ParsingWhatWasFormattedGivesTheSameDate) {
    const std::vector<CivilDate> dates = {date(2025, 7, 1), date(2025, 12, 31), date(2024, 2, 29),
                                          date(1999, 10, 5)};
    for (const CivilDate& d : dates) {
        EXPECT_EQ(CivilDate::parse_dmy(d.to_dmy()), d) << d.to_iso();
        EXPECT_EQ(CivilDate::parse_iso(d.to_iso()), d) << d.to_iso();
    }
}

// --- Ordering --------------------------------------------------------------------------------

TEST(CivilDateOrdering, ComparesByYearThenMonthThenDay) {
    EXPECT_LT(date(2025, 12, 31), date(2026, 1, 1));  // year decides over month and day
    EXPECT_LT(date(2025, 1, 31), date(2025, 2, 1));   // month decides over day
    EXPECT_LT(date(2025, 6, 1), date(2025, 6, 2));
    EXPECT_GT(date(2025, 9, 30), date(2025, 6, 30));
    EXPECT_LE(date(2025, 6, 30), date(2025, 6, 30));
    EXPECT_EQ(date(2025, 6, 30), date(2025, 6, 30));
    EXPECT_NE(date(2025, 6, 30), date(2025, 6, 29));
    EXPECT_NE(date(2025, 6, 30), date(2024, 6, 30));
}

// --- last_day_of_month -----------------------------------------------------------------------

TEST(CivilDateLastDayOfMonth, KnowsEachMonthsLengthAndLeapYears) {
    const std::vector<CreateCase> cases = {
        {2025, 1, 31, true}, {2025, 2, 28, true},  {2024, 2, 29, true},  {2000, 2, 29, true},
        {2100, 2, 28, true}, {2025, 3, 31, true},  {2025, 4, 30, true},  {2025, 6, 30, true},
        {2025, 9, 30, true}, {2025, 11, 30, true}, {2025, 12, 31, true},
    };
    for (const CreateCase& c : cases) {
        const CivilDate last = CivilDate::last_day_of_month(c.year, c.month);
        EXPECT_EQ(last.year(), c.year) << c.month << "/" << c.year;
        EXPECT_EQ(last.month(), c.month) << c.month << "/" << c.year;
        EXPECT_EQ(last.day(), c.day) << c.month << "/" << c.year;
    }
}

}  // namespace

}  // namespace parindex
