#include <fstream>
#include <ostream>
#include <span>

#include "app/dossier_generator.hpp"
#include "cli/commands.hpp"
#include "core/embedded_file.hpp"
#include "core/error_mapping.hpp"
#include "importers/calendar_reader.hpp"
#include "importers/dossier_csv_writer.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_calendars();

namespace {

Result<WorkingCalendar> shipped_calendar() {
    std::vector<CalendarDay> days;
    for (const EmbeddedFile& file : embedded_calendars()) {
        PARINDEX_TRY_ASSIGN(calendar, read_calendar_csv(file.content, file.name));
        days.insert(days.end(), calendar.days.begin(), calendar.days.end());
    }
    return WorkingCalendar(days);
}

}  // namespace

int run_gen_dossiers(CliContext& context, const GenDossiersOptions& options) {
    auto calendar = shipped_calendar();
    if (!calendar) {
        return context.report(calendar.error());
    }
    const GeneratedWard ward = generate_ward(options.seed);
    if (!options.catalogue.empty()) {
        std::ofstream catalogue(options.catalogue, std::ios::binary);
        write_procedure_csv(catalogue, ward.procedures);
        if (!catalogue) {
            return context.report(
                fail(ErrorCode::io, Label::error_file_unwritable, {options.catalogue}).value());
        }
    }
    std::ofstream file;
    if (!options.out.empty()) {
        file.open(options.out, std::ios::binary);
    }
    std::ostream& out = options.out.empty() ? context.out() : file;
    write_dossier_csv_header(out);
    generate_dossiers(GeneratorOptions{options.count, options.seed, options.year}, ward, *calendar,
                      [&](const DossierRecord& dossier) { write_dossier_csv_row(out, dossier); });
    out.flush();
    if (!out) {
        return context.report(
            fail(ErrorCode::io, Label::error_file_unwritable, {options.out}).value());
    }
    return exit_ok;
}

}  // namespace parindex
