#pragma once
// Use cases: bring a file of dossiers, or of the procedure catalogue, into the store in one
// transaction. A dossier without a due date gets one from its procedure's time limit counted in
// working days. Strict: the first bad row rejects the whole file and nothing is written. Lenient
// (the default): the valid rows are written and the bad ones come back, each with its line,
// column and reason, for a file of rejected rows.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/clock.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

template <class Record>
using SourceRowVisitor =
    std::function<Result<void>(int line, Result<Record> record, std::string_view raw)>;
// Reads the file, calling the visitor for each data row; returns the reader's warnings.
template <class Record>
using RowSource = std::function<Result<std::vector<Diagnostic>>(const SourceRowVisitor<Record>&)>;

// The rows of a list held in memory, numbered from line 2 as under a file's header row, with no
// raw text and no warning. The list must outlive the source.
template <class Record>
RowSource<Record> from_list(const std::vector<Record>& records) {
    return [&records](const SourceRowVisitor<Record>& visit) -> Result<std::vector<Diagnostic>> {
        int line = 1;
        for (const Record& record : records) {
            PARINDEX_TRY(visit(++line, record, {}));
        }
        return std::vector<Diagnostic>{};
    };
}

struct ImportRequest {
    std::string source_name;  // the file's name, for the log
    bool strict = false;
    std::string actor;  // who imports (a user name, or empty from the command line)
};

struct RejectedRow {
    int line = 0;
    std::string column;
    std::string message;  // Vietnamese, without the location
    std::string raw;
};

struct ImportSummary {
    std::int64_t rows_read = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::vector<RejectedRow> rejected;
    std::vector<Diagnostic> warnings;  // the reader's, then units and procedures registered
    std::optional<CivilDate> latest_day;
};

[[nodiscard]] Result<ImportSummary> import_dossiers(WorkflowStore& store, const Clock& clock,
                                                    const ImportRequest& request,
                                                    const RowSource<DossierRecord>& source);
[[nodiscard]] Result<ImportSummary> import_procedures(WorkflowStore& store, const Clock& clock,
                                                      const ImportRequest& request,
                                                      const RowSource<Procedure>& source);

// The message of a row's error as a person reads it: "Cột NgayHenTra: ...".
[[nodiscard]] RejectedRow rejected_row(int line, const Error& error, std::string_view raw);

}  // namespace parindex

namespace parindex {

// Makes the stored working-day exceptions of `year` equal to `days`, in one transaction.
[[nodiscard]] Result<void> replace_calendar_year(WorkflowStore& store, int year,
                                                 const std::vector<CalendarDay>& days);

struct CalendarYearDays {
    int year = 0;
    std::vector<CalendarDay> days;
};
// Stores each of the `shipped` years of which no day is stored yet; returns those it stored.
[[nodiscard]] Result<std::vector<int>> add_missing_calendar_years(
    WorkflowStore& store, const std::vector<CalendarYearDays>& shipped);

}  // namespace parindex
