#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

namespace parindex {

namespace {

// How long a writer waits for another process's lock (a CLI import while the server runs).
constexpr int k_busy_timeout_ms = 5000;

// The storage error for the connection's last failure.
tl::unexpected<Error> sqlite_failure(sqlite3* db) {
    return fail(ErrorCode::storage, Label::error_database, {sqlite3_errmsg(db)});
}

class SqliteCursor final : public SqlCursor {
  public:
    SqliteCursor(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    ~SqliteCursor() override { sqlite3_finalize(m_statement); }
    SqliteCursor(const SqliteCursor&) = delete;
    SqliteCursor& operator=(const SqliteCursor&) = delete;

    void bind_text(int index, std::string_view text, bool copy) override {
        sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                          copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
    }
    void bind_integer(int index, std::int64_t value) override {
        sqlite3_bind_int64(m_statement, index, value);
    }
    void bind_real(int index, double value) override {
        sqlite3_bind_double(m_statement, index, value);
    }
    void bind_null(int index) override { sqlite3_bind_null(m_statement, index); }

    Result<bool> step() override {
        const int status = sqlite3_step(m_statement);
        if (status == SQLITE_ROW) {
            return true;
        }
        if (status == SQLITE_DONE) {
            return false;
        }
        return sqlite_failure(m_db);
    }

    void reset() override {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    std::string text(int column) const override {
        const auto* data = sqlite3_column_text(m_statement, column);
        if (data == nullptr) {
            return {};
        }
        return {reinterpret_cast<const char*>(data),
                static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
    }
    std::int64_t integer(int column) const override {
        return sqlite3_column_int64(m_statement, column);
    }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    bool is_null(int column) const override {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

  private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path) {
    sqlite3* db = nullptr;
    const int status =
        sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (status != SQLITE_OK) {
        std::string reason = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(status);
        sqlite3_close(db);
        return fail(ErrorCode::storage, Label::error_database_open, {path, reason});
    }
    sqlite3_busy_timeout(db, k_busy_timeout_ms);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
    auto configured = connection->execute(
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
        // 64 MiB of page cache (the default is 2 MiB): an import of a province's dossiers
        // touches far more pages than that in one transaction.
        "PRAGMA cache_size = -65536;");
    if (!configured) {
        return fail(ErrorCode::storage, Label::error_database_open,
                    {path, describe(configured.error())});
    }
    return connection;
}

SqliteConnection::~SqliteConnection() {
    sqlite3_close(m_db);
}

Result<void> SqliteConnection::execute(std::string_view sql) {
    const std::string statement(sql);
    char* message = nullptr;
    if (sqlite3_exec(m_db, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string reason = message != nullptr ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        return fail(ErrorCode::storage, Label::error_database, {reason});
    }
    return {};
}

Result<SqlStatement> SqliteConnection::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        return sqlite_failure(m_db);
    }
    return SqlStatement(std::make_unique<SqliteCursor>(m_db, statement));
}

int SqliteConnection::changes() const {
    return sqlite3_changes(m_db);
}

Result<void> SqliteConnection::begin() {
    // IMMEDIATE takes the write lock at once, so two writers wait for each other (busy timeout)
    // instead of one failing when it first writes.
    return execute("BEGIN IMMEDIATE");
}

Result<void> SqliteConnection::commit() {
    return execute("COMMIT");
}

void SqliteConnection::rollback() {
    (void)execute("ROLLBACK");
}

Result<std::int64_t> SqliteConnection::external_change_marker() {
    PARINDEX_TRY_ASSIGN(statement, prepare("PRAGMA data_version"));
    PARINDEX_TRY_ASSIGN(row, statement.step());
    return row ? statement.integer(0) : 0;
}

Result<void> SqliteConnection::backup_to(const std::string& path) {
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(path.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        std::string reason = target != nullptr ? sqlite3_errmsg(target) : "out of memory";
        sqlite3_close(target);
        return fail(ErrorCode::io, Label::error_database_open, {path, reason});
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (backup == nullptr) {
        auto failure = sqlite_failure(target);
        sqlite3_close(target);
        return failure;
    }
    // All pages in one step: the source is read in one snapshot.
    const int status = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE) {
        auto failure = sqlite_failure(target);
        sqlite3_close(target);
        return failure;
    }
    sqlite3_close(target);
    return {};
}

}  // namespace parindex
