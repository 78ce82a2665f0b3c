#include "store/open_store.hpp"

#include "store/sqlite/sqlite_store.hpp"

namespace parindex {

Result<std::unique_ptr<WorkflowStore>> open_store(const std::string& location) {
    auto store = SqliteStore::open(location);
    if (!store) {
        return tl::unexpected(store.error());
    }
    return std::unique_ptr<WorkflowStore>(std::move(*store));
}

}  // namespace parindex
