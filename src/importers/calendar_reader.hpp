#pragma once
// Reads a year's working-day exceptions (data/calendar/2025.csv): columns "Ngày" (dd/mm/yyyy),
// "Loại" ("Nghỉ" for a weekday off, "Làm việc" for a weekend day worked) and "Ghi chú".
// Every day must fall in one year, which the file then describes completely.

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/working_calendar.hpp"

namespace parindex {

struct CalendarYear {
    int year = 0;
    std::vector<CalendarDay> days;
};

[[nodiscard]] Result<CalendarYear> read_calendar_csv(std::string_view bytes,
                                                     std::string_view source_name);

}  // namespace parindex
