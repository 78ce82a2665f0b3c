#pragma once
// Chooses and opens what a database location names: a PostgreSQL URL (postgresql://… or
// postgres://…) is a province's database of many wards; anything else is the path of one ward's
// SQLite file.

#include <memory>
#include <string>

#include "app/deployment.hpp"
#include "store/sql/sql_store.hpp"

namespace parindex {

[[nodiscard]] bool is_postgresql_url(std::string_view location);

[[nodiscard]] Result<std::unique_ptr<Deployment>> open_deployment(const std::string& location);

// The store of one ward of the deployment at `location`. `ward` may be empty when there is only
// one ward; otherwise the error lists the codes to choose from.
[[nodiscard]] Result<std::unique_ptr<WorkflowStore>> open_store(const std::string& location,
                                                                const std::string& ward = {});

// The SQLite store of the file at `path` (created if missing), migrated.
[[nodiscard]] Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path);

// The ward a command works on: `ward` when given, else the deployment's only ward.
[[nodiscard]] Result<std::string> choose_ward(Deployment& deployment, const std::string& ward);

}  // namespace parindex
