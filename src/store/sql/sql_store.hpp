#pragma once
// The store over one SQL connection, whatever the engine: the repositories, transactions and
// the numbered migrations, applied on open. One connection, used by one transaction at a time (a
// mutex serialises them), which suits a ward's load; a province opens one store per ward.

#include <memory>
#include <mutex>
#include <string>

#include "app/workflow_store.hpp"
#include "store/sql/sql_audit_repository.hpp"
#include "store/sql/sql_connection.hpp"
#include "store/sql/sql_discussion_repository.hpp"
#include "store/sql/sql_document_repository.hpp"
#include "store/sql/sql_dossier_repository.hpp"
#include "store/sql/sql_period_lock_repository.hpp"
#include "store/sql/sql_plan_repository.hpp"
#include "store/sql/sql_report_repository.hpp"
#include "store/sql/sql_score_repository.hpp"
#include "store/sql/sql_session_repository.hpp"
#include "store/sql/sql_unit_repository.hpp"
#include "store/sql/sql_user_repository.hpp"

namespace parindex {

class SqlStore final : public WorkflowStore {
  public:
    // Applies the migrations the database lacks, then serves it.
    [[nodiscard]] static Result<std::unique_ptr<SqlStore>> open(
        std::unique_ptr<SqlConnection> connection, DossierWriterFactory dossier_writer);

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
    // Runs `work` on the connection itself, alone (backups and copies between engines).
    [[nodiscard]] Result<void> with_connection(
        const std::function<Result<void>(SqlConnection&)>& work);

  private:
    SqlStore(std::unique_ptr<SqlConnection> connection, DossierWriterFactory dossier_writer);
    [[nodiscard]] Result<void> migrate();

    std::unique_ptr<SqlConnection> m_connection;
    std::mutex m_mutex;
    SqlUnitRepository m_units;
    SqlPlanRepository m_plans;
    SqlUserRepository m_users;
    SqlSessionRepository m_sessions;
    SqlReportRepository m_reports;
    SqlDiscussionRepository m_discussions;
    SqlPeriodLockRepository m_period_locks;
    SqlAuditRepository m_audit;
    SqlDossierRepository m_dossiers;
    SqlScoreRepository m_scores;
    SqlDocumentRepository m_documents;
};

}  // namespace parindex
