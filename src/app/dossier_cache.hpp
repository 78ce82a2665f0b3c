#pragma once
// The ward's dossiers held in memory as one columnar table (ADR 0008), loaded on first use and
// again after an import; readers share the loaded snapshot without locks.

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/workflow_store.hpp"
#include "domain/dossier_table.hpp"

namespace parindex {

struct DossierSnapshot {
    DossierData data;
    std::optional<DossierImportRecord> latest_import;  // how fresh the data is

    [[nodiscard]] std::optional<std::uint16_t> find_unit(std::string_view code) const;
    [[nodiscard]] std::optional<std::uint16_t> find_procedure(std::string_view code) const;
};

[[nodiscard]] Result<std::shared_ptr<const DossierSnapshot>> load_dossier_snapshot(
    WorkflowStore& store);

class DossierCache {
  public:
    explicit DossierCache(WorkflowStore& store) : m_store(store) {}

    [[nodiscard]] Result<std::shared_ptr<const DossierSnapshot>> get();
    void invalidate() { m_version.fetch_add(1); }

  private:
    WorkflowStore& m_store;
    std::atomic<std::uint64_t> m_version{1};
    std::mutex m_mutex;
    std::shared_ptr<const DossierSnapshot> m_snapshot;
    std::uint64_t m_snapshot_version = 0;
};

}  // namespace parindex
