#include "domain/working_calendar.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    const auto made = CivilDate::create(year, month, day);
    EXPECT_TRUE(made.has_value()) << day << "/" << month << "/" << year;
    return made.value_or(CivilDate::last_day_of_month(1970, 1));
}

CalendarDay holiday(int month, int day, const char* name) {
    return CalendarDay{date(2025, month, day), CalendarDayKind::holiday, name};
}

// The days of data/calendar/2025.csv.
WorkingCalendar calendar_2025() {
    return WorkingCalendar({
        holiday(1, 1, "Tết Dương lịch"),
        holiday(1, 27, "Tết Nguyên đán"),
        holiday(1, 28, "Tết Nguyên đán"),
        holiday(1, 29, "Tết Nguyên đán"),
        holiday(1, 30, "Tết Nguyên đán"),
        holiday(1, 31, "Tết Nguyên đán"),
        holiday(4, 7, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        CalendarDay{date(2025, 4, 26), CalendarDayKind::working_weekend,
                    "Làm bù cho ngày 02/05/2025"},
        holiday(4, 30, "Ngày Giải phóng miền Nam"),
        holiday(5, 1, "Ngày Quốc tế Lao động"),
        holiday(5, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"),
        holiday(9, 1, "Quốc khánh (ngày liền kề)"),
        holiday(9, 2, "Quốc khánh"),
    });
}

TEST(WorkingCalendar, WorksMondayToFridayWithoutExceptions) {
    const WorkingCalendar plain;
    // 10/03/2025 is a Monday.
    EXPECT_TRUE(plain.is_working_day(date(2025, 3, 10)));
    EXPECT_TRUE(plain.is_working_day(date(2025, 3, 14)));   // Friday
    EXPECT_FALSE(plain.is_working_day(date(2025, 3, 15)));  // Saturday
    EXPECT_FALSE(plain.is_working_day(date(2025, 3, 16)));  // Sunday
}

TEST(WorkingCalendar, SkipsHolidaysAndWorksDeclaredSaturdays) {
    const WorkingCalendar calendar = calendar_2025();
    EXPECT_FALSE(calendar.is_working_day(date(2025, 1, 1)));   // Wednesday, Tết Dương lịch
    EXPECT_FALSE(calendar.is_working_day(date(2025, 4, 7)));   // Monday, Giỗ Tổ
    EXPECT_FALSE(calendar.is_working_day(date(2025, 9, 2)));   // Tuesday, Quốc khánh
    EXPECT_TRUE(calendar.is_working_day(date(2025, 4, 26)));   // Saturday worked for 02/05
    EXPECT_FALSE(calendar.is_working_day(date(2025, 4, 19)));  // an ordinary Saturday
    EXPECT_TRUE(calendar.is_working_day(date(2025, 4, 8)));    // an ordinary Tuesday
}

TEST(WorkingCalendar, AddsNoDaysAsTheSameDay) {
    const WorkingCalendar calendar = calendar_2025();
    EXPECT_EQ(calendar.add_working_days(date(2025, 3, 14), 0), date(2025, 3, 14));
    // Even on a day off: the limit of 0 days is the day of receipt.
    EXPECT_EQ(calendar.add_working_days(date(2025, 3, 15), 0), date(2025, 3, 15));
}

TEST(WorkingCalendar, CountsFromTheWorkingDayAfterReceipt) {
    const WorkingCalendar calendar = calendar_2025();
    // Received Friday 14/03 with 1 day: due Monday 17/03.
    EXPECT_EQ(calendar.add_working_days(date(2025, 3, 14), 1), date(2025, 3, 17));
    // Received Saturday 15/03 with 1 day: Monday 17/03 as well.
    EXPECT_EQ(calendar.add_working_days(date(2025, 3, 15), 1), date(2025, 3, 17));
    // Received Monday 10/03 with 5 days: 11, 12, 13, 14, 17 -> Monday 17/03.
    EXPECT_EQ(calendar.add_working_days(date(2025, 3, 10), 5), date(2025, 3, 17));
}

TEST(WorkingCalendar, CountsAcrossTet2025) {
    const WorkingCalendar calendar = calendar_2025();
    // Friday 24/01: 25-26 weekend, 27-31 Tết, 01-02/02 weekend; the first working day is Monday
    // 03/02.
    EXPECT_EQ(calendar.add_working_days(date(2025, 1, 24), 1), date(2025, 2, 3));
    // Five days: 03, 04, 05, 06, 07/02 -> Friday 07/02.
    EXPECT_EQ(calendar.add_working_days(date(2025, 1, 24), 5), date(2025, 2, 7));
    // Thursday 23/01 with 3 days: 24/01, 03/02, 04/02.
    EXPECT_EQ(calendar.add_working_days(date(2025, 1, 23), 3), date(2025, 2, 4));
    // Without the holidays the same 3 days would end on Tuesday 28/01.
    EXPECT_EQ(WorkingCalendar().add_working_days(date(2025, 1, 23), 3), date(2025, 1, 28));
}

TEST(WorkingCalendar, CountsTheWorkingSaturdayAndSkipsTheMayHolidays) {
    const WorkingCalendar calendar = calendar_2025();
    // Friday 25/04: Saturday 26/04 is worked.
    EXPECT_EQ(calendar.add_working_days(date(2025, 4, 25), 1), date(2025, 4, 26));
    // 26/04, 28/04, 29/04, then 30/04-02/05 off and 03-04/05 weekend: Monday 05/05.
    EXPECT_EQ(calendar.add_working_days(date(2025, 4, 25), 3), date(2025, 4, 29));
    EXPECT_EQ(calendar.add_working_days(date(2025, 4, 25), 4), date(2025, 5, 5));
    // Friday 04/04 with 1 day: Monday 07/04 is Giỗ Tổ, so Tuesday 08/04.
    EXPECT_EQ(calendar.add_working_days(date(2025, 4, 4), 1), date(2025, 4, 8));
    // Friday 29/08 with 1 day: Monday 01/09 and Tuesday 02/09 off, so Wednesday 03/09.
    EXPECT_EQ(calendar.add_working_days(date(2025, 8, 29), 1), date(2025, 9, 3));
}

TEST(WorkingCalendar, NamesDayKinds) {
    EXPECT_EQ(calendar_day_kind_code(CalendarDayKind::holiday), "holiday");
    EXPECT_EQ(calendar_day_kind_from_code(calendar_day_kind_code(CalendarDayKind::working_weekend)),
              CalendarDayKind::working_weekend);
    EXPECT_EQ(calendar_day_kind_from_code("nonsense"), std::nullopt);
}

TEST(CheckCalendarDay, KeepsEachDayInItsYearAndEachKindOnItsDays) {
    // 2025-09-01 is a Monday, 2025-09-06 a Saturday.
    EXPECT_TRUE(
        check_calendar_day({date(2025, 9, 1), CalendarDayKind::holiday, "Quốc khánh"}, 2025));
    EXPECT_TRUE(check_calendar_day({date(2025, 9, 6), CalendarDayKind::working_weekend, ""}, 2025));
    const auto other_year =
        check_calendar_day({date(2026, 1, 1), CalendarDayKind::holiday, ""}, 2025);
    ASSERT_FALSE(other_year);
    EXPECT_EQ(other_year.error().detail.message, Label::error_calendar_other_year);
    const auto weekend_off =
        check_calendar_day({date(2025, 9, 6), CalendarDayKind::holiday, ""}, 2025);
    ASSERT_FALSE(weekend_off);
    EXPECT_EQ(weekend_off.error().detail.message, Label::error_calendar_weekend_holiday);
    const auto weekday_worked =
        check_calendar_day({date(2025, 9, 1), CalendarDayKind::working_weekend, ""}, 2025);
    ASSERT_FALSE(weekday_worked);
    EXPECT_EQ(weekday_worked.error().detail.message, Label::error_calendar_weekday_worked);
    EXPECT_TRUE(other_year.error().detail.where.is_empty());
}

}  // namespace
}  // namespace parindex
