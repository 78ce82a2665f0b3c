#pragma once
// The embedded store: one SQLite file per ward, in WAL mode, migrated on open. One connection,
// used by one transaction at a time (a mutex serialises them), which suits a ward's load.

#include <memory>
#include <mutex>
#include <string>

#include "app/workflow_store.hpp"
#include "store/sqlite/sqlite_audit_repository.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_discussion_repository.hpp"
#include "store/sqlite/sqlite_document_repository.hpp"
#include "store/sqlite/sqlite_dossier_repository.hpp"
#include "store/sqlite/sqlite_period_lock_repository.hpp"
#include "store/sqlite/sqlite_plan_repository.hpp"
#include "store/sqlite/sqlite_report_repository.hpp"
#include "store/sqlite/sqlite_score_repository.hpp"
#include "store/sqlite/sqlite_session_repository.hpp"
#include "store/sqlite/sqlite_unit_repository.hpp"
#include "store/sqlite/sqlite_user_repository.hpp"

namespace parindex {

class SqliteStore final : public WorkflowStore {
  public:
    // Opens (creating if needed) the database file and applies missing migrations.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const std::string& path);

    Result<void> transaction(const std::function<Result<void>()>& work) override;
    UnitRepository& units() override { return m_units; }
    PlanRepository& plans() override { return m_plans; }
    UserRepository& users() override { return m_users; }
    SessionRepository& sessions() override { return m_sessions; }
    ReportRepository& reports() override { return m_reports; }
    DiscussionRepository& discussions() override { return m_discussions; }
    PeriodLockRepository& period_locks() override { return m_period_locks; }
    AuditRepository& audit() override { return m_audit; }
    DossierRepository& dossiers() override { return m_dossiers; }
    ScoreRepository& scores() override { return m_scores; }
    DocumentRepository& documents() override { return m_documents; }

    Result<std::int64_t> external_change_marker() override;

    // The newest migration applied to this database.
    [[nodiscard]] Result<int> schema_version();

  private:
    explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);
    [[nodiscard]] Result<void> migrate();

    std::unique_ptr<SqliteConnection> m_connection;
    std::mutex m_mutex;
    SqliteUnitRepository m_units;
    SqlitePlanRepository m_plans;
    SqliteUserRepository m_users;
    SqliteSessionRepository m_sessions;
    SqliteReportRepository m_reports;
    SqliteDiscussionRepository m_discussions;
    SqlitePeriodLockRepository m_period_locks;
    SqliteAuditRepository m_audit;
    SqliteDossierRepository m_dossiers;
    SqliteScoreRepository m_scores;
    SqliteDocumentRepository m_documents;
};

}  // namespace parindex
