#pragma once
// The state of the whole plan at one moment: every task with its responsible units and computed
// status, every report of the year, the locked periods. Read-only views (dashboard, task lists,
// inbox, public page) are built from it; OverviewCache keeps the last one until a change or a
// new day, so reading pages costs no database work.

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "app/clock.hpp"
#include "app/dossier_cache.hpp"
#include "app/load_plan.hpp"
#include "app/workflow_store.hpp"
#include "domain/task_status.hpp"

namespace parindex {

struct TaskView {
    const PlanNode* node = nullptr;
    const PlanNode* area = nullptr;
    const PlanNode* parent = nullptr;             // the group or area right above
    std::vector<std::string> lead_units;          // plain units, groups fanned out
    std::vector<std::string> coordinating_units;  // plain units, leads left out of groups
    TaskStatus status;

    [[nodiscard]] bool is_responsible(const std::string& unit_key) const;
    [[nodiscard]] std::optional<AssignmentRole> role_of(const std::string& unit_key) const;
};

struct Overview {
    PlanView plan_view;
    CivilDate today;
    std::vector<TaskView> tasks;          // document order
    std::vector<ProgressReport> reports;  // every report of the plan's year
    std::vector<std::string> locked_periods;

    [[nodiscard]] const TaskView* find_task(std::string_view code) const;
    [[nodiscard]] const Unit* find_unit(std::string_view key) const;
    [[nodiscard]] std::string unit_name(std::string_view key) const;
    [[nodiscard]] bool is_locked(const Period& period) const;
    // The plan's reporting quarters, from the one it was issued in.
    [[nodiscard]] std::vector<Period> reporting_periods() const;
    // The quarters a task reports in.
    [[nodiscard]] std::vector<Period> periods_of(const TaskView& task) const;
};

// Builds the overview of the latest plan (nothing stored yet: not_found). With `dossiers`, the
// targets the dossier indicators measure take their values from them (indicator_links.hpp).
// With `last_period`, reports of later periods are left out: the plan as it stood then.
[[nodiscard]] Result<std::shared_ptr<const Overview>> load_overview(
    WorkflowStore& store, const Clock& clock, const DossierSnapshot* dossiers = nullptr,
    const std::optional<Period>& last_period = std::nullopt);

class OverviewCache {
  public:
    // With `dossiers`, a new dossier snapshot (after an import) also renews the overview.
    OverviewCache(WorkflowStore& store, const Clock& clock, DossierCache* dossiers = nullptr)
        : m_store(store), m_clock(clock), m_dossiers(dossiers) {}

    // The cached overview while nothing changed and the day is the same; a fresh one otherwise.
    [[nodiscard]] Result<std::shared_ptr<const Overview>> get();
    // Called after every change to the stored data.
    void invalidate() { m_version.fetch_add(1); }
    // Asks the store whether another process changed the data; invalidates when it did and
    // says so (the CLI may import a plan or reset a password while the server runs).
    [[nodiscard]] Result<bool> notice_external_changes();
    [[nodiscard]] std::uint64_t version() const { return m_version.load(); }

  private:
    WorkflowStore& m_store;
    const Clock& m_clock;
    DossierCache* m_dossiers;
    std::shared_ptr<const DossierSnapshot> m_overview_dossiers;
    std::atomic<std::uint64_t> m_version{1};
    std::mutex m_mutex;
    std::shared_ptr<const Overview> m_overview;
    std::uint64_t m_overview_version = 0;
    std::atomic<std::int64_t> m_external_marker{-1};
};

}  // namespace parindex
