#include "app/dossier_cache.hpp"

#include <algorithm>

namespace parindex {

namespace {

template <class Item>
std::optional<std::uint16_t> index_of(const std::vector<Item>& items, std::string_view code) {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&](const Item& item) { return item.code == code; });
    if (found == items.end()) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>(found - items.begin());
}

}  // namespace

std::optional<std::uint16_t> DossierSnapshot::find_unit(std::string_view code) const {
    return index_of(data.units, code);
}

std::optional<std::uint16_t> DossierSnapshot::find_procedure(std::string_view code) const {
    return index_of(data.procedures, code);
}

Result<std::shared_ptr<const DossierSnapshot>> load_dossier_snapshot(WorkflowStore& store) {
    auto snapshot = std::make_shared<DossierSnapshot>();
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(data, store.dossiers().load_dossier_data());
        snapshot->data = std::move(data);
        PARINDEX_TRY_ASSIGN(latest, store.dossiers().latest_import(ImportKind::dossiers));
        snapshot->latest_import = std::move(latest);
        return {};
    }));
    return std::shared_ptr<const DossierSnapshot>(std::move(snapshot));
}

Result<std::shared_ptr<const DossierSnapshot>> DossierCache::get() {
    const std::lock_guard lock(m_mutex);
    const std::uint64_t version = m_version.load();
    if (m_snapshot && m_snapshot_version == version) {
        return m_snapshot;
    }
    PARINDEX_TRY_ASSIGN(fresh, load_dossier_snapshot(m_store));
    m_snapshot = std::move(fresh);
    m_snapshot_version = version;
    return m_snapshot;
}

}  // namespace parindex
