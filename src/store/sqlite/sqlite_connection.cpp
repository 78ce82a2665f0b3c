#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

namespace parindex {

namespace {

// How long a writer waits for another process's lock (a CLI import while the server runs).
constexpr int k_busy_timeout_ms = 5000;

}  // namespace

tl::unexpected<Error> sqlite_failure(sqlite3* db) {
    return fail(ErrorCode::storage, Label::error_database, {sqlite3_errmsg(db)});
}

tl::unexpected<Error> sqlite_corrupt(std::string what) {
    return fail(ErrorCode::storage, Label::error_database, {std::move(what)});
}

tl::unexpected<Error> sqlite_missing(std::string what) {
    return fail(ErrorCode::not_found, Label::error_database, {std::move(what)});
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db), m_statement(other.m_statement) {
    other.m_statement = nullptr;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind_unowned(int index, std::string_view text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bind_null(index);
}

SqliteStatement& SqliteStatement::bind(int index, std::optional<int> value) {
    return value ? bind(index, std::int64_t{*value}) : bind_null(index);
}

SqliteStatement& SqliteStatement::bind_null(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> SqliteStatement::step() {
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW) {
        return true;
    }
    if (status == SQLITE_DONE) {
        return false;
    }
    return sqlite_failure(m_db);
}

Result<void> SqliteStatement::for_each_row(const std::function<Result<void>()>& visit) {
    for (;;) {
        PARINDEX_TRY_ASSIGN(row, step());
        if (!row) {
            reset();
            return {};
        }
        PARINDEX_TRY(visit());
    }
}

Result<void> SqliteStatement::run() {
    for (;;) {
        auto row = step();
        if (!row) {
            reset();  // no binding outlives a failed run
            return tl::unexpected(row.error());
        }
        if (!*row) {
            reset();
            return {};
        }
    }
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string SqliteStatement::text(int column) const {
    const auto* data = sqlite3_column_text(m_statement, column);
    if (data == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(data),
            static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}

std::optional<double> SqliteStatement::optional_real(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return sqlite3_column_double(m_statement, column);
}

std::optional<int> SqliteStatement::optional_int(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return sqlite3_column_int(m_statement, column);
}

bool SqliteStatement::is_null(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

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

Result<SqliteStatement> SqliteConnection::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        return sqlite_failure(m_db);
    }
    return SqliteStatement(m_db, statement);
}

std::int64_t SqliteConnection::last_insert_id() const {
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const {
    return sqlite3_changes(m_db);
}

}  // namespace parindex
