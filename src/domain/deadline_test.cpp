#include "domain/deadline.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the kind and the
// date. Internal linkage: other test files of this binary may print deadlines their own way.
static void PrintTo(const Deadline& deadline, std::ostream* out) {
    *out << "{" << deadline_kind_code(deadline.kind) << " " << deadline.due.to_iso() << "}";
}

namespace {

constexpr int k_plan_year = 2025;

Deadline make(DeadlineKind kind, int year, int month, int day) {
    const auto due = CivilDate::create(year, month, day);
    EXPECT_TRUE(due.has_value()) << day << "/" << month << "/" << year;
    return Deadline{kind, due.value_or(CivilDate::last_day_of_month(2000, 1))};
}

struct ParseCase {
    std::string_view text;
    std::optional<Deadline> expected;
};

void expect_parses(const std::vector<ParseCase>& cases, int plan_year = k_plan_year) {
    for (const ParseCase& c : cases) {
        EXPECT_EQ(parse_deadline(c.text, plan_year), c.expected)
            << "text: '" << c.text << "', plan year " << plan_year;
    }
}

// --- parse_deadline --------------------------------------------------------------------------

TEST(ParseDeadline, ReadsTheSeedPlansDeadlines) {
    expect_parses({
        {"Trước ngày 31/12/2025", make(DeadlineKind::before_date, 2025, 12, 31)},
        {"Trong năm 2025", make(DeadlineKind::within_year, 2025, 12, 31)},
        {"Thường xuyên", make(DeadlineKind::ongoing, 2025, 12, 31)},
    });
}

TEST(ParseDeadline, ClosesOngoingWorkAtThePlanYearsEnd) {
    expect_parses({{"Thường xuyên", make(DeadlineKind::ongoing, 2026, 12, 31)}}, 2026);
    // A year written in the text wins over the plan's year.
    expect_parses({{"Trong năm 2025", make(DeadlineKind::within_year, 2025, 12, 31)}}, 2026);
}

TEST(ParseDeadline, ReadsOtherPeriodicWordsAsOngoing) {
    expect_parses({
        {"Hàng tháng", make(DeadlineKind::ongoing, 2025, 12, 31)},
        {"Hàng quý", make(DeadlineKind::ongoing, 2025, 12, 31)},
        {"Định kỳ", make(DeadlineKind::ongoing, 2025, 12, 31)},
    });
}

TEST(ParseDeadline, ReadsBeforeADate) {
    expect_parses({
        {"Trước ngày 1/7/2025", make(DeadlineKind::before_date, 2025, 7, 1)},
        {"Trước ngày 01/07/2025", make(DeadlineKind::before_date, 2025, 7, 1)},
        {"Trước ngày 29/02/2024", make(DeadlineKind::before_date, 2024, 2, 29)},
    });
}

TEST(ParseDeadline, ReadsAPlainDate) {
    expect_parses({
        {"31/12/2025", make(DeadlineKind::on_date, 2025, 12, 31)},
        {"15/8/2025", make(DeadlineKind::on_date, 2025, 8, 15)},
        {"Ngày 15/08/2025", make(DeadlineKind::on_date, 2025, 8, 15)},
    });
}

TEST(ParseDeadline, ReadsAYear) {
    expect_parses({
        {"Năm 2026", make(DeadlineKind::within_year, 2026, 12, 31)},
        {"Trong năm 2024", make(DeadlineKind::within_year, 2024, 12, 31)},
    });
}

TEST(ParseDeadline, ReadsQuartersInRomanAndArabicNumerals) {
    expect_parses({
        {"Trong quý I năm 2025", make(DeadlineKind::within_quarter, 2025, 3, 31)},
        {"Trong quý II năm 2025", make(DeadlineKind::within_quarter, 2025, 6, 30)},
        {"Trong quý III năm 2025", make(DeadlineKind::within_quarter, 2025, 9, 30)},
        {"Trong quý IV năm 2025", make(DeadlineKind::within_quarter, 2025, 12, 31)},
        {"Trong quý 1 năm 2025", make(DeadlineKind::within_quarter, 2025, 3, 31)},
        {"Trong quý 3 năm 2025", make(DeadlineKind::within_quarter, 2025, 9, 30)},
        {"Quý 2/2025", make(DeadlineKind::within_quarter, 2025, 6, 30)},
        {"Quý IV/2025", make(DeadlineKind::within_quarter, 2025, 12, 31)},
        {"trong quý iii năm 2025", make(DeadlineKind::within_quarter, 2025, 9, 30)},
    });
}

TEST(ParseDeadline, ReadsMonthsUpToTheirLastDay) {
    expect_parses({
        {"Trong tháng 6/2025", make(DeadlineKind::within_month, 2025, 6, 30)},
        {"Tháng 6/2025", make(DeadlineKind::within_month, 2025, 6, 30)},
        {"Trong tháng 06/2025", make(DeadlineKind::within_month, 2025, 6, 30)},
        {"Trong tháng 12 năm 2025", make(DeadlineKind::within_month, 2025, 12, 31)},
        {"Trong tháng 1/2025", make(DeadlineKind::within_month, 2025, 1, 31)},
        {"Trong tháng 4/2025", make(DeadlineKind::within_month, 2025, 4, 30)},
        {"Trong tháng 2/2025", make(DeadlineKind::within_month, 2025, 2, 28)},
        {"Trong tháng 2/2024", make(DeadlineKind::within_month, 2024, 2, 29)},
    });
}

TEST(ParseDeadline, IgnoresCaseDiacriticsSpacingAndNormalisation) {
    const Deadline year_end = make(DeadlineKind::before_date, 2025, 12, 31);
    expect_parses({
        {"TRƯỚC NGÀY 31/12/2025", year_end},
        {"truoc ngay 31/12/2025", year_end},
        {"Tru\u031Bo\u031B\u0301c nga\u0300y 31/12/2025", year_end},  // NFD
        {"  Trước   ngày\t31/12/2025. ", year_end},
        {"Trước ngày 31-12-2025", year_end},
        {"THƯỜNG XUYÊN", make(DeadlineKind::ongoing, 2025, 12, 31)},
        {"Thu\u031Bo\u031B\u0300ng xuye\u0302n", make(DeadlineKind::ongoing, 2025, 12, 31)},
        {"TRONG QUÝ III NĂM 2025", make(DeadlineKind::within_quarter, 2025, 9, 30)},
        {"Trong quy\u0301 III na\u0306m 2025", make(DeadlineKind::within_quarter, 2025, 9, 30)},
        {"Trong năm 2025\n", make(DeadlineKind::within_year, 2025, 12, 31)},
    });
}

TEST(ParseDeadline, RejectsTextThatIsNoDeadline) {
    const std::vector<std::string_view> cases = {
        "",                         // empty
        "   ",                      // blank
        "Sớm",                      // "soon": no date
        "Trước ngày 31/02/2025",    // no such date
        "Trước ngày 31/04/2025",    // no such date
        "Trước ngày 31/12",         // no year
        "Trước ngày 31/12/25",      // two-digit year
        "Trước ngày",               // no date
        "Trong quý V năm 2025",     // five quarters?
        "Trong quý 5 năm 2025",     // five quarters?
        "Trong quý 0 năm 2025",     // quarter zero
        "Trong quý IIII năm 2025",  // not a numeral
        "Trong quý III",            // no year
        "Trong năm 25",             // two-digit year
        "Trong năm 02025",          // five digits
        "Trong năm",                // no year
        "Trong tháng 13/2025",      // month 13
        "Trong tháng 0/2025",       // month zero
        "Trong tháng 6",            // no year
        "Thường xuyên hàng năm",    // words after the ongoing phrase
        "2025",                     // a bare year
        "32/12/2025",               // no such date
    };
    for (const std::string_view text : cases) {
        EXPECT_EQ(parse_deadline(text, k_plan_year), std::nullopt) << "text: '" << text << "'";
    }
}

// --- describe_deadline -----------------------------------------------------------------------

struct DescribeCase {
    Deadline deadline;
    std::string_view text;
};

std::vector<DescribeCase> describe_cases() {
    return {
        {make(DeadlineKind::before_date, 2025, 12, 31), "Trước ngày 31/12/2025"},
        {make(DeadlineKind::before_date, 2025, 7, 1), "Trước ngày 01/07/2025"},
        {make(DeadlineKind::on_date, 2025, 8, 15), "Ngày 15/08/2025"},
        {make(DeadlineKind::within_year, 2025, 12, 31), "Trong năm 2025"},
        {make(DeadlineKind::within_quarter, 2025, 3, 31), "Trong quý I năm 2025"},
        {make(DeadlineKind::within_quarter, 2025, 9, 30), "Trong quý III năm 2025"},
        {make(DeadlineKind::within_quarter, 2025, 12, 31), "Trong quý IV năm 2025"},
        {make(DeadlineKind::within_month, 2025, 6, 30), "Trong tháng 6/2025"},
        {make(DeadlineKind::within_month, 2024, 2, 29), "Trong tháng 2/2024"},
        {make(DeadlineKind::ongoing, 2025, 12, 31), "Thường xuyên"},
    };
}

TEST(DescribeDeadline, WritesEachKindAsAPlanWritesIt) {
    for (const DescribeCase& c : describe_cases()) {
        EXPECT_EQ(describe_deadline(c.deadline), c.text);
    }
}

TEST(DescribeDeadline, ParsingTheDescriptionGivesTheSameDeadline) {
    for (const DescribeCase& c : describe_cases()) {
        const std::string text = describe_deadline(c.deadline);
        EXPECT_EQ(parse_deadline(text, c.deadline.due.year()), c.deadline) << "text: " << text;
    }
}

// --- Kinds -----------------------------------------------------------------------------------

TEST(DeadlineKinds, OnlyOngoingAndWithinYearArePeriodic) {
    EXPECT_TRUE(is_periodic(DeadlineKind::ongoing));
    EXPECT_TRUE(is_periodic(DeadlineKind::within_year));
    EXPECT_FALSE(is_periodic(DeadlineKind::before_date));
    EXPECT_FALSE(is_periodic(DeadlineKind::on_date));
    EXPECT_FALSE(is_periodic(DeadlineKind::within_quarter));
    EXPECT_FALSE(is_periodic(DeadlineKind::within_month));
}

struct KindCase {
    DeadlineKind kind;
    std::string_view code;
};

TEST(DeadlineKinds, CodesAreStableAndReadBack) {
    const std::vector<KindCase> cases = {
        {DeadlineKind::before_date, "before_date"},
        {DeadlineKind::on_date, "on_date"},
        {DeadlineKind::within_year, "within_year"},
        {DeadlineKind::within_quarter, "within_quarter"},
        {DeadlineKind::within_month, "within_month"},
        {DeadlineKind::ongoing, "ongoing"},
    };
    for (const KindCase& c : cases) {
        EXPECT_EQ(deadline_kind_code(c.kind), c.code);
        EXPECT_EQ(deadline_kind_from_code(c.code), c.kind) << c.code;
    }
}

TEST(DeadlineKinds, UnknownCodesReadAsNothing) {
    EXPECT_EQ(deadline_kind_from_code(""), std::nullopt);
    EXPECT_EQ(deadline_kind_from_code("weekly"), std::nullopt);
    EXPECT_EQ(deadline_kind_from_code("Ongoing"), std::nullopt);
    EXPECT_EQ(deadline_kind_from_code("ongoing "), std::nullopt);
}

}  // namespace

}  // namespace parindex
