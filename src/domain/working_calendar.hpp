#pragma once
// Working days in Vietnam: Monday to Friday, less the public holidays and compensatory days off,
// plus the Saturdays the government declares working days. The days themselves are data (one
// file per year that an administrator edits, data/calendar/), never code.

#include <string>
#include <unordered_map>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace parindex {

enum class CalendarDayKind {
    holiday,          // a weekday off: a public holiday or a compensatory day
    working_weekend,  // a Saturday or Sunday worked in exchange for a day off
};

struct CalendarDay {
    CivilDate date;
    CalendarDayKind kind = CalendarDayKind::holiday;
    std::string name;  // "Tết Nguyên đán", "Làm bù cho ngày 02/05/2025"

    friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

class WorkingCalendar {
  public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const std::vector<CalendarDay>& days);

    [[nodiscard]] bool is_working_day(const CivilDate& date) const;
    // The due date of a time limit of `working_days` counted from the working day after
    // `received`: received on Friday with 1 day, due the next Monday (unless it is a holiday).
    [[nodiscard]] CivilDate add_working_days(const CivilDate& received, int working_days) const;

  private:
    std::unordered_map<int, CalendarDayKind> m_exceptions;  // by day number
};

[[nodiscard]] std::string_view calendar_day_kind_code(CalendarDayKind kind);
[[nodiscard]] std::optional<CalendarDayKind> calendar_day_kind_from_code(std::string_view code);

// The rules a stored day keeps, whatever file or form it came from: it falls in `year`, a
// holiday is a weekday (a weekend is off anyway) and a working day is a Saturday or Sunday.
// The error has no location; the caller adds the line or field.
[[nodiscard]] Result<void> check_calendar_day(const CalendarDay& day, int year);

}  // namespace parindex
