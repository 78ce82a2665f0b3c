#pragma once
// Dossiers, procedures, the one-stop units, the calendar and the import log. Reading is the same
// SQL on both engines; bulk writing is each engine's own (batched INSERTs for SQLite, COPY for
// PostgreSQL), handed in as a factory.

#include <functional>

#include "app/dossier_store.hpp"
#include "store/sql/dossier_keys.hpp"

namespace parindex {

// Opens the engine's bulk writer for one import, inside the caller's transaction.
using DossierWriterFactory = std::function<Result<std::unique_ptr<DossierWriter>>(
    SqlConnection& connection, DossierKeys keys)>;

class SqlDossierRepository final : public DossierRepository {
  public:
    SqlDossierRepository(SqlConnection& connection, DossierWriterFactory open_writer)
        : m_connection(connection), m_open_writer(std::move(open_writer)) {}

    Result<std::vector<Procedure>> list_procedures() override;
    Result<void> save_procedures(const std::vector<Procedure>& list) override;
    Result<std::vector<DossierUnit>> list_dossier_units() override;
    Result<void> map_dossier_unit(const DossierUnit& unit) override;
    Result<std::int64_t> count_dossiers() override;
    Result<std::int64_t> rederive_due_dates(
        const std::function<CivilDate(const CivilDate&, int)>& derive) override;
    Result<std::unique_ptr<DossierWriter>> open_writer() override;
    Result<DossierData> load_dossier_data() override;
    Result<std::vector<DossierRecord>> find_dossiers(
        const std::vector<std::string>& codes) override;
    Result<std::vector<CalendarDay>> list_calendar_days() override;
    Result<void> replace_calendar_year(int year, const std::vector<CalendarDay>& days) override;
    Result<void> record_import(const DossierImportRecord& record) override;
    Result<std::optional<DossierImportRecord>> latest_import(ImportKind kind) override;

  private:
    SqlConnection& m_connection;
    DossierWriterFactory m_open_writer;
};

}  // namespace parindex
