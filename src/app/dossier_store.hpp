#pragma once
// What the dossier use cases need from storage: the procedure catalogue, the one-stop system's
// units, the dossiers themselves (written in bulk, read back as one columnar table), the
// working-day calendar and the log of imports that tells how fresh the data is.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/dossier.hpp"
#include "domain/dossier_table.hpp"
#include "domain/working_calendar.hpp"

namespace parindex {

enum class ImportKind { dossiers, procedures };

struct DossierImportRecord {
    std::string imported_at;  // ISO 8601 UTC
    std::string source;       // the file's name
    ImportKind kind = ImportKind::dossiers;
    std::int64_t rows_read = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t rejected = 0;
    std::optional<CivilDate> latest_day;  // the newest date the data mentions
    std::string imported_by;
};

// Writes the dossiers of one import inside the caller's transaction.
class DossierWriter {
  public:
    virtual ~DossierWriter() = default;
    // Inserts the dossier or, when its code is stored, replaces it. A unit code not yet known
    // is registered (unmapped); so is a procedure code, outside the catalogue, with the name
    // and field the dossier gives. `due_derived`: the due date came from the time limit.
    [[nodiscard]] virtual Result<void> upsert(DossierRecord&& dossier, bool due_derived) = 0;
    // Writes what upsert may still hold back (the writer batches rows); call before commit.
    [[nodiscard]] virtual Result<void> finish() = 0;
    [[nodiscard]] virtual const std::vector<std::string>& registered_units() const = 0;
    [[nodiscard]] virtual const std::vector<std::string>& registered_procedures() const = 0;
};

class DossierRepository {
  public:
    virtual ~DossierRepository() = default;
    [[nodiscard]] virtual Result<std::vector<Procedure>> list_procedures() = 0;
    // Inserts procedures whose code is new and updates the others; never deletes.
    [[nodiscard]] virtual Result<void> save_procedures(const std::vector<Procedure>& list) = 0;
    [[nodiscard]] virtual Result<std::vector<DossierUnit>> list_dossier_units() = 0;
    // Maps a known one-stop unit to a plan unit (empty key: unmapped); not_found for a code
    // never seen.
    [[nodiscard]] virtual Result<void> map_dossier_unit(const DossierUnit& unit) = 0;
    [[nodiscard]] virtual Result<std::int64_t> count_dossiers() = 0;
    // Recomputes every due date that was derived from a time limit (not read from a file), for
    // when the calendar or a procedure's time limit changed; returns how many changed.
    [[nodiscard]] virtual Result<std::int64_t> rederive_due_dates(
        const std::function<CivilDate(const CivilDate& received, int working_days)>& derive) = 0;
    [[nodiscard]] virtual Result<std::unique_ptr<DossierWriter>> open_writer() = 0;
    // Every dossier, with the units and procedures (catalogue included) they point into.
    [[nodiscard]] virtual Result<DossierData> load_dossier_data() = 0;
    // The dossiers whose codes are given, as records (for letters); unknown codes are skipped.
    [[nodiscard]] virtual Result<std::vector<DossierRecord>> find_dossiers(
        const std::vector<std::string>& codes) = 0;
    [[nodiscard]] virtual Result<std::vector<CalendarDay>> list_calendar_days() = 0;
    // Makes the stored exceptions of `year` equal to `days` (all of which fall in that year).
    [[nodiscard]] virtual Result<void> replace_calendar_year(
        int year, const std::vector<CalendarDay>& days) = 0;
    [[nodiscard]] virtual Result<void> record_import(const DossierImportRecord& record) = 0;
    [[nodiscard]] virtual Result<std::optional<DossierImportRecord>> latest_import(
        ImportKind kind) = 0;
};

}  // namespace parindex
