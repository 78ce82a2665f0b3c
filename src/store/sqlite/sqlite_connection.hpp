#pragma once
// The SQLite engine of the store: a connection over the C API, in WAL mode with foreign keys on.

#include <memory>
#include <string>

#include "store/sql/sql_connection.hpp"

struct sqlite3;

namespace parindex {

class SqliteConnection final : public SqlConnection {
  public:
    // Opens (creating if needed) the database file.
    [[nodiscard]] static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    [[nodiscard]] SqlEngine engine() const override { return SqlEngine::sqlite; }
    [[nodiscard]] Result<void> execute(std::string_view sql) override;
    [[nodiscard]] Result<SqlStatement> prepare(std::string_view sql) override;
    [[nodiscard]] int changes() const override;
    [[nodiscard]] Result<void> begin() override;
    [[nodiscard]] Result<void> commit() override;
    void rollback() override;
    // SQLite's data_version, which moves when another connection commits, never for our own.
    [[nodiscard]] Result<std::int64_t> external_change_marker() override;

    // Copies the whole database into the file at `path` (SQLite's online backup), consistent
    // even while other connections write.
    [[nodiscard]] Result<void> backup_to(const std::string& path);

  private:
    explicit SqliteConnection(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
};

}  // namespace parindex
