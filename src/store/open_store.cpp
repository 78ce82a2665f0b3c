#include "store/open_store.hpp"

#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_dossier_writer.hpp"

namespace parindex {

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path) {
    PARINDEX_TRY_ASSIGN(connection, SqliteConnection::open(path));
    return SqlStore::open(std::move(connection), open_sqlite_dossier_writer);
}

Result<std::unique_ptr<WorkflowStore>> open_store(const std::string& location) {
    PARINDEX_TRY_ASSIGN(store, open_sqlite_store(location));
    return std::unique_ptr<WorkflowStore>(std::move(store));
}

}  // namespace parindex
