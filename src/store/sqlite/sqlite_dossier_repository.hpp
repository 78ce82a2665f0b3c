#pragma once
// Dossiers, procedures, the one-stop units, the calendar and the import log in SQLite.

#include "app/dossier_store.hpp"

namespace parindex {

class SqliteConnection;

class SqliteDossierRepository final : public DossierRepository {
  public:
    explicit SqliteDossierRepository(SqliteConnection& connection) : m_connection(connection) {}

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
    SqliteConnection& m_connection;
};

}  // namespace parindex
