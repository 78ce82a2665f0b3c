#pragma once
// Chooses and opens the store a database location names. A plain path is a SQLite file.

#include <memory>
#include <string>

#include "app/workflow_store.hpp"
#include "store/sql/sql_store.hpp"

namespace parindex {

[[nodiscard]] Result<std::unique_ptr<WorkflowStore>> open_store(const std::string& location);

// The SQLite store of the file at `path` (created if missing), migrated.
[[nodiscard]] Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path);

}  // namespace parindex
