#pragma once
// A thin RAII layer over the SQLite C API for the store's own use: a connection, prepared
// statements with typed binds and columns, and errors turned into Result values.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace parindex {

class SqliteStatement {
  public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Binds by 1-based position; the text is copied, so temporaries are safe.
    SqliteStatement& bind(int index, std::string_view text);
    // Binds text without copying it: the caller keeps it alive until the statement has run.
    SqliteStatement& bind_unowned(int index, std::string_view text);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::optional<double> value);
    SqliteStatement& bind(int index, std::optional<int> value);
    SqliteStatement& bind_null(int index);

    // True while a row is available; false when done. Errors become Error values.
    [[nodiscard]] Result<bool> step();
    // Calls `visit` for each row (read the columns from this statement); stops at the first
    // failure, of the step or of `visit`.
    [[nodiscard]] Result<void> for_each_row(const std::function<Result<void>()>& visit);
    // Runs to completion, for statements that return no rows.
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::optional<double> optional_real(int column) const;
    [[nodiscard]] std::optional<int> optional_int(int column) const;
    [[nodiscard]] bool is_null(int column) const;

  private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

class SqliteConnection {
  public:
    [[nodiscard]] static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    [[nodiscard]] Result<void> execute(std::string_view sql);
    [[nodiscard]] Result<SqliteStatement> prepare(std::string_view sql);
    [[nodiscard]] std::int64_t last_insert_id() const;
    // Rows changed by the last INSERT, UPDATE or DELETE: 0 tells an update that its row is gone.
    [[nodiscard]] int changes() const;

  private:
    explicit SqliteConnection(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
};

// The storage error for the connection's last failure.
[[nodiscard]] tl::unexpected<Error> sqlite_failure(sqlite3* db);
// The storage error for a stored value this program cannot read (an unknown code, a bad date).
[[nodiscard]] tl::unexpected<Error> sqlite_corrupt(std::string what);
// The error for an update whose row does not exist (deleted meanwhile, or a wrong id).
[[nodiscard]] tl::unexpected<Error> sqlite_missing(std::string what);

}  // namespace parindex
