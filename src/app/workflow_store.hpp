#pragma once
// What the workflow use cases need from storage beyond the plan: accounts and sessions, progress
// reports and their evidence, obstacles and comments, period locks and the audit log. The SQLite
// store implements it; tests of these use cases run on a real database file (tests/).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/document_store.hpp"
#include "app/dossier_store.hpp"
#include "app/score_store.hpp"
#include "app/store.hpp"
#include "domain/audit_entry.hpp"
#include "domain/obstacle.hpp"
#include "domain/report.hpp"
#include "domain/user.hpp"

namespace parindex {

class UserRepository {
  public:
    virtual ~UserRepository() = default;
    [[nodiscard]] virtual Result<std::vector<User>> list_users() = 0;
    [[nodiscard]] virtual Result<std::optional<User>> find_user(std::int64_t id) = 0;
    [[nodiscard]] virtual Result<std::optional<User>> find_user_by_name(
        std::string_view username) = 0;
    // Inserts a user (id ignored) and returns its id; a taken user name is a conflict.
    [[nodiscard]] virtual Result<std::int64_t> create_user(const User& user) = 0;
    [[nodiscard]] virtual Result<void> update_user(const User& user) = 0;
};

struct SessionRecord {
    std::int64_t user_id = 0;
    std::string csrf_token;
    std::string expires_at;  // ISO 8601 UTC
};

class SessionRepository {
  public:
    virtual ~SessionRepository() = default;
    [[nodiscard]] virtual Result<void> create_session(const std::string& token_digest,
                                                      const SessionRecord& session) = 0;
    [[nodiscard]] virtual Result<std::optional<SessionRecord>> find_session(
        const std::string& token_digest) = 0;
    [[nodiscard]] virtual Result<void> delete_session(const std::string& token_digest) = 0;
    [[nodiscard]] virtual Result<void> delete_expired_sessions(const std::string& now) = 0;
    // Every session of the user: after a password change or a deactivation.
    [[nodiscard]] virtual Result<void> delete_sessions_of(std::int64_t user_id) = 0;
};

struct ReportFilter {
    int plan_year = 0;
    std::string task_code;  // empty: any
    std::string unit_key;
    std::string period;
    std::optional<ReportState> state;
};

class ReportRepository {
  public:
    virtual ~ReportRepository() = default;
    // Reports with their values, evidence and document references.
    [[nodiscard]] virtual Result<std::vector<ProgressReport>> list_reports(
        const ReportFilter& filter) = 0;
    [[nodiscard]] virtual Result<std::optional<ProgressReport>> find_report(std::int64_t id) = 0;
    [[nodiscard]] virtual Result<std::int64_t> create_report(const ProgressReport& report) = 0;
    // Writes the report's fields and values (not evidence or documents).
    [[nodiscard]] virtual Result<void> update_report(const ProgressReport& report) = 0;
    [[nodiscard]] virtual Result<std::int64_t> add_evidence(std::int64_t report_id,
                                                            const EvidenceFile& file) = 0;
    // The evidence and the id of the report it belongs to.
    [[nodiscard]] virtual Result<std::optional<std::pair<std::int64_t, EvidenceFile>>>
    find_evidence(std::int64_t id) = 0;
    [[nodiscard]] virtual Result<void> delete_evidence(std::int64_t id) = 0;
    [[nodiscard]] virtual Result<std::int64_t> add_document(std::int64_t report_id,
                                                            const DocumentReference& document) = 0;
    [[nodiscard]] virtual Result<std::optional<std::int64_t>> find_document_report(
        std::int64_t id) = 0;
    [[nodiscard]] virtual Result<void> delete_document(std::int64_t id) = 0;
};

class DiscussionRepository {
  public:
    virtual ~DiscussionRepository() = default;
    [[nodiscard]] virtual Result<std::vector<Obstacle>> list_obstacles(int plan_year) = 0;
    [[nodiscard]] virtual Result<std::optional<Obstacle>> find_obstacle(std::int64_t id) = 0;
    [[nodiscard]] virtual Result<std::int64_t> create_obstacle(const Obstacle& obstacle) = 0;
    [[nodiscard]] virtual Result<void> answer_obstacle(const Obstacle& obstacle) = 0;
    [[nodiscard]] virtual Result<std::vector<TaskComment>> list_comments(int plan_year) = 0;
    [[nodiscard]] virtual Result<std::int64_t> add_comment(const TaskComment& comment) = 0;
};

class PeriodLockRepository {
  public:
    virtual ~PeriodLockRepository() = default;
    [[nodiscard]] virtual Result<std::vector<std::string>> list_locked(int plan_year) = 0;
    [[nodiscard]] virtual Result<void> lock(int plan_year, const std::string& period,
                                            const std::string& at, const std::string& by) = 0;
    [[nodiscard]] virtual Result<void> unlock(int plan_year, const std::string& period) = 0;
};

class AuditRepository {
  public:
    virtual ~AuditRepository() = default;
    [[nodiscard]] virtual Result<void> append(const AuditEntry& entry) = 0;
    [[nodiscard]] virtual Result<std::vector<AuditEntry>> list_for_task(
        const std::string& task_code) = 0;
};

class WorkflowStore : public Store {
  public:
    // A number that changes whenever another process (the CLI, say) commits to the database;
    // this process's own commits leave it as it is.
    [[nodiscard]] virtual Result<std::int64_t> external_change_marker() = 0;
    virtual UserRepository& users() = 0;
    virtual SessionRepository& sessions() = 0;
    virtual ReportRepository& reports() = 0;
    virtual DiscussionRepository& discussions() = 0;
    virtual PeriodLockRepository& period_locks() = 0;
    virtual AuditRepository& audit() = 0;
    virtual DossierRepository& dossiers() = 0;
    virtual ScoreRepository& scores() = 0;
    virtual DocumentRepository& documents() = 0;
};

}  // namespace parindex
