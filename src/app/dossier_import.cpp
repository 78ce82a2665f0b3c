#include "app/dossier_import.hpp"

#include <algorithm>
#include <unordered_map>

namespace parindex {

namespace {

void note_day(std::optional<CivilDate>& latest, const std::optional<CivilDate>& day) {
    if (day && (!latest || *latest < *day)) {
        latest = day;
    }
}

// A bad row ends a strict import; otherwise it is set aside and the import goes on.
Result<void> reject(const ImportRequest& request, ImportSummary& summary, int line, Error error,
                    std::string_view raw) {
    if (request.strict) {
        return tl::unexpected(std::move(error));
    }
    summary.rejected.push_back(rejected_row(line, error, raw));
    return {};
}

// Due dates derived from time limits follow the calendar and the catalogue as they are now.
Result<void> rederive_due_dates(WorkflowStore& store) {
    PARINDEX_TRY_ASSIGN(days, store.dossiers().list_calendar_days());
    const WorkingCalendar calendar(days);
    PARINDEX_TRY(
        store.dossiers().rederive_due_dates([&](const CivilDate& received, int working_days) {
            return calendar.add_working_days(received, working_days);
        }));
    return {};
}

Result<void> log_import(WorkflowStore& store, const Clock& clock, const ImportRequest& request,
                        ImportKind kind, const ImportSummary& summary) {
    return store.dossiers().record_import(DossierImportRecord{
        clock.now(), request.source_name, kind, summary.rows_read, summary.inserted,
        summary.updated, static_cast<std::int64_t>(summary.rejected.size()), summary.latest_day,
        request.actor});
}

}  // namespace

RejectedRow rejected_row(int line, const Error& error, std::string_view raw) {
    return RejectedRow{line, error.detail.where.field,
                       format_label(error.detail.message, error.detail.args), std::string(raw)};
}

Result<ImportSummary> import_dossiers(WorkflowStore& store, const Clock& clock,
                                      const ImportRequest& request,
                                      const RowSource<DossierRecord>& source) {
    ImportSummary summary;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        DossierRepository& dossiers = store.dossiers();
        PARINDEX_TRY_ASSIGN(days, dossiers.list_calendar_days());
        const WorkingCalendar calendar(days);
        PARINDEX_TRY_ASSIGN(procedures, dossiers.list_procedures());
        std::unordered_map<std::string, std::optional<int>> time_limits;
        for (const Procedure& procedure : procedures) {
            time_limits.emplace(procedure.code, procedure.time_limit_days);
        }
        PARINDEX_TRY_ASSIGN(before, dossiers.count_dossiers());
        PARINDEX_TRY_ASSIGN(writer, dossiers.open_writer());
        std::int64_t written = 0;
        PARINDEX_TRY_ASSIGN(
            warnings,
            source([&](int line, Result<DossierRecord> row, std::string_view raw) -> Result<void> {
                ++summary.rows_read;
                if (!row) {
                    return reject(request, summary, line, std::move(row).error(), raw);
                }
                DossierRecord& dossier = *row;
                const bool derive = !dossier.due.has_value();
                if (derive) {
                    const auto limit = time_limits.find(dossier.procedure_code);
                    if (limit == time_limits.end() || !limit->second) {
                        return reject(
                            request, summary, line,
                            Error{ErrorCode::invalid_input,
                                  Diagnostic{Label::error_dossier_no_due,
                                             {dossier.procedure_code},
                                             Location{request.source_name, line, "NgayHenTra"}}},
                            raw);
                    }
                    dossier.due = calendar.add_working_days(dossier.received, *limit->second);
                }
                note_day(summary.latest_day, dossier.received);
                note_day(summary.latest_day, dossier.ended);
                PARINDEX_TRY(writer->upsert(std::move(dossier), derive));
                ++written;
                return {};
            }));
        PARINDEX_TRY(writer->finish());
        summary.warnings = std::move(warnings);
        for (const std::string& unit : writer->registered_units()) {
            summary.warnings.push_back(Diagnostic{Label::warning_new_dossier_unit, {unit}, {}});
        }
        for (const std::string& procedure : writer->registered_procedures()) {
            summary.warnings.push_back(
                Diagnostic{Label::warning_procedure_not_in_catalogue, {procedure}, {}});
        }
        PARINDEX_TRY_ASSIGN(after, dossiers.count_dossiers());
        summary.inserted = after - before;
        summary.updated = written - summary.inserted;
        return log_import(store, clock, request, ImportKind::dossiers, summary);
    }));
    return summary;
}

Result<ImportSummary> import_procedures(WorkflowStore& store, const Clock& clock,
                                        const ImportRequest& request,
                                        const RowSource<Procedure>& source) {
    ImportSummary summary;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(stored, store.dossiers().list_procedures());
        std::vector<Procedure> accepted;
        PARINDEX_TRY_ASSIGN(
            warnings,
            source([&](int line, Result<Procedure> row, std::string_view raw) -> Result<void> {
                ++summary.rows_read;
                if (!row) {
                    return reject(request, summary, line, std::move(row).error(), raw);
                }
                accepted.push_back(std::move(*row));
                return {};
            }));
        summary.warnings = std::move(warnings);
        for (const Procedure& procedure : accepted) {
            const bool known = std::any_of(stored.begin(), stored.end(), [&](const Procedure& p) {
                return p.code == procedure.code;
            });
            ++(known ? summary.updated : summary.inserted);
        }
        PARINDEX_TRY(store.dossiers().save_procedures(accepted));
        PARINDEX_TRY(rederive_due_dates(store));
        return log_import(store, clock, request, ImportKind::procedures, summary);
    }));
    return summary;
}

}  // namespace parindex

namespace parindex {

Result<void> replace_calendar_year(WorkflowStore& store, int year,
                                   const std::vector<CalendarDay>& days) {
    return store.transaction([&]() -> Result<void> {
        PARINDEX_TRY(store.dossiers().replace_calendar_year(year, days));
        return rederive_due_dates(store);
    });
}

Result<std::vector<int>> add_missing_calendar_years(WorkflowStore& store,
                                                    const std::vector<CalendarYearDays>& shipped) {
    std::vector<int> added;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(stored, store.dossiers().list_calendar_days());
        for (const CalendarYearDays& year : shipped) {
            const bool known = std::any_of(stored.begin(), stored.end(), [&](const CalendarDay& d) {
                return d.date.year() == year.year;
            });
            if (!known) {
                PARINDEX_TRY(store.dossiers().replace_calendar_year(year.year, year.days));
                added.push_back(year.year);
            }
        }
        if (!added.empty()) {
            PARINDEX_TRY(rederive_due_dates(store));
        }
        return {};
    }));
    return added;
}

}  // namespace parindex
