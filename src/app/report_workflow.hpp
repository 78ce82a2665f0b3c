#pragma once
// Use cases of progress reports: a unit opens its report for a task and period, fills it in with
// values, narrative, evidence files and document references, submits it; the coordinator
// accepts it or gives it back with a comment. Every change checks who acts, the report's state,
// its version (a stale edit is a conflict) and the period's lock, and lands in the audit log in
// the same transaction.

#include <memory>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/evidence_files.hpp"
#include "app/overview.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

struct ReportEdit {
    int version = 0;
    Progress progress = Progress::not_started;
    std::string narrative;
    std::vector<MeasuredValue> values;
};

struct EvidenceDownload {
    EvidenceFile file;
    std::string bytes;
};

class ReportWorkflow {
  public:
    ReportWorkflow(WorkflowStore& store, EvidenceFiles& files, Crypto& crypto, const Clock& clock)
        : m_store(store), m_files(files), m_crypto(crypto), m_clock(clock) {}

    // The unit's report for the task and period, created as a draft when there is none.
    [[nodiscard]] Result<ProgressReport> open(const Actor& actor, const Overview& overview,
                                              const std::string& task_code,
                                              const std::string& unit_key,
                                              const std::string& period);
    [[nodiscard]] Result<ProgressReport> get(const Actor& actor, std::int64_t id);
    [[nodiscard]] Result<std::vector<ProgressReport>> list(const Actor& actor, ReportFilter filter);
    [[nodiscard]] Result<ProgressReport> edit(const Actor& actor, const Overview& overview,
                                              std::int64_t id, const ReportEdit& edit);
    [[nodiscard]] Result<ProgressReport> review(const Actor& actor, std::int64_t id, int version,
                                                ReviewAction action, const std::string& comment);
    [[nodiscard]] Result<EvidenceFile> attach(const Actor& actor, std::int64_t report_id,
                                              const std::string& file_name, std::string_view bytes);
    [[nodiscard]] Result<EvidenceDownload> download(const Actor& actor, std::int64_t evidence_id);
    [[nodiscard]] Result<void> detach(const Actor& actor, std::int64_t evidence_id);
    [[nodiscard]] Result<DocumentReference> cite(const Actor& actor, std::int64_t report_id,
                                                 DocumentReference document);
    [[nodiscard]] Result<void> uncite(const Actor& actor, std::int64_t document_id);

  private:
    // Loads the report and checks the actor may change it now (unit member, editable state,
    // period not locked).
    [[nodiscard]] Result<ProgressReport> load_for_change(const Actor& actor, std::int64_t id);
    // load_for_change, and the actor's unit may change it in its state (draft or returned).
    [[nodiscard]] Result<ProgressReport> load_editable(const Actor& actor, std::int64_t id);
    // A conflict when the period is locked, read from the database.
    [[nodiscard]] Result<void> check_open(int plan_year, const Period& period);
    [[nodiscard]] Result<void> record(const Actor& actor, const std::string& action,
                                      const ProgressReport* before, const ProgressReport* after);

    WorkflowStore& m_store;
    EvidenceFiles& m_files;
    Crypto& m_crypto;
    const Clock& m_clock;
};

}  // namespace parindex
