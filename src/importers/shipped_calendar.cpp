#include "importers/shipped_calendar.hpp"

#include <span>

#include "app/dossier_import.hpp"
#include "core/embedded_file.hpp"
#include "importers/calendar_reader.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_calendars();

Result<void> ensure_default_calendar(WorkflowStore& store) {
    std::vector<CalendarYearDays> shipped;
    for (const EmbeddedFile& file : embedded_calendars()) {
        PARINDEX_TRY_ASSIGN(calendar, read_calendar_csv(file.content, file.name));
        shipped.push_back(CalendarYearDays{calendar.year, std::move(calendar.days)});
    }
    PARINDEX_TRY(add_missing_calendar_years(store, shipped));
    return {};
}

}  // namespace parindex
