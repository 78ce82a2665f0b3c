#include "domain/working_calendar.hpp"

#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr int k_saturday = 6;
constexpr int k_sunday = 0;

constexpr std::array k_kind_codes = {
    EnumEntry<CalendarDayKind>{CalendarDayKind::holiday, "holiday"},
    EnumEntry<CalendarDayKind>{CalendarDayKind::working_weekend, "working_day"},
};

}  // namespace

WorkingCalendar::WorkingCalendar(const std::vector<CalendarDay>& days) {
    for (const CalendarDay& day : days) {
        m_exceptions[day.date.day_number()] = day.kind;
    }
}

bool WorkingCalendar::is_working_day(const CivilDate& date) const {
    const auto found = m_exceptions.find(date.day_number());
    if (found != m_exceptions.end()) {
        return found->second == CalendarDayKind::working_weekend;
    }
    const int weekday = date.weekday();
    return weekday != k_saturday && weekday != k_sunday;
}

CivilDate WorkingCalendar::add_working_days(const CivilDate& received, int working_days) const {
    CivilDate day = received;
    for (int counted = 0; counted < working_days;) {
        day = day.plus_days(1);
        if (is_working_day(day)) {
            ++counted;
        }
    }
    return day;
}

Result<void> check_calendar_day(const CalendarDay& day, int year) {
    if (day.date.year() != year) {
        return fail(ErrorCode::invalid_input, Label::error_calendar_other_year,
                    {day.date.to_dmy(), std::to_string(year)});
    }
    const int weekday = day.date.weekday();
    const bool is_weekend = weekday == k_saturday || weekday == k_sunday;
    if ((day.kind == CalendarDayKind::working_weekend) != is_weekend) {
        return fail(ErrorCode::invalid_input,
                    day.kind == CalendarDayKind::holiday ? Label::error_calendar_weekend_holiday
                                                         : Label::error_calendar_weekday_worked,
                    {day.date.to_dmy()});
    }
    return {};
}

std::string_view calendar_day_kind_code(CalendarDayKind kind) {
    return lookup(k_kind_codes, kind);
}

std::optional<CalendarDayKind> calendar_day_kind_from_code(std::string_view code) {
    return reverse_lookup(k_kind_codes, code);
}

}  // namespace parindex
