#include <fstream>
#include <iterator>
#include <ostream>

#include "app/dossier_import.hpp"
#include "cli/commands.hpp"
#include "core/error_mapping.hpp"
#include "importers/calendar_reader.hpp"
#include "importers/shipped_calendar.hpp"

namespace parindex {

int run_calendar_import(CliContext& context, const CalendarImportOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) {
        return context.report(
            fail(ErrorCode::io, Label::error_file_unreadable, {options.file}).value());
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto calendar = read_calendar_csv(bytes, options.file);
    if (!calendar) {
        return context.report(calendar.error());
    }
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    if (auto saved = replace_calendar_year(**store, calendar->year, calendar->days); !saved) {
        return context.report(saved.error());
    }
    context.out() << format_label(Label::calendar_imported, {std::to_string(calendar->year),
                                                             std::to_string(calendar->days.size())})
                  << '\n';
    return exit_ok;
}

int run_calendar_show(CliContext& context) {
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    if (auto shipped = ensure_default_calendar(**store); !shipped) {
        return context.report(shipped.error());
    }
    std::vector<CalendarDay> days;
    auto listed = (*store)->transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(stored, (*store)->dossiers().list_calendar_days());
        days = std::move(stored);
        return {};
    });
    if (!listed) {
        return context.report(listed.error());
    }
    for (const CalendarDay& day : days) {
        context.out() << day.date.to_dmy() << "  "
                      << label_text(day.kind == CalendarDayKind::holiday
                                        ? Label::calendar_day_off
                                        : Label::calendar_day_worked)
                      << "  " << day.name << '\n';
    }
    return exit_ok;
}

}  // namespace parindex
