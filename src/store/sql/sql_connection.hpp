#pragma once
// The store's one view of a database, whatever the engine: a connection that runs SQL and
// prepares statements with typed binds and columns, errors turned into Result values. The
// repositories (src/store/sql) speak only this, in the SQL both engines accept: `?` parameters
// (numbered for PostgreSQL by its connection), ON CONFLICT upserts, RETURNING for new ids.
// SQLite (src/store/sqlite) and PostgreSQL (src/store/postgresql) implement it.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace parindex {

enum class SqlEngine { sqlite, postgresql };

// One prepared statement of an engine: what SqlStatement forwards to.
class SqlCursor {
  public:
    virtual ~SqlCursor() = default;
    // Binds by 1-based position. `copy`: false when the caller keeps the text alive until the
    // statement has run.
    virtual void bind_text(int index, std::string_view text, bool copy) = 0;
    virtual void bind_integer(int index, std::int64_t value) = 0;
    virtual void bind_real(int index, double value) = 0;
    virtual void bind_null(int index) = 0;
    // True while a row is available; false when done.
    [[nodiscard]] virtual Result<bool> step() = 0;
    // Back to before the first step, bindings cleared.
    virtual void reset() = 0;
    [[nodiscard]] virtual std::string text(int column) const = 0;
    [[nodiscard]] virtual std::int64_t integer(int column) const = 0;
    [[nodiscard]] virtual double real(int column) const = 0;
    [[nodiscard]] virtual bool is_null(int column) const = 0;
};

class SqlStatement {
  public:
    explicit SqlStatement(std::unique_ptr<SqlCursor> cursor) : m_cursor(std::move(cursor)) {}

    // Binds by 1-based position; the text is copied, so temporaries are safe.
    SqlStatement& bind(int index, std::string_view text);
    // Binds text without copying it: the caller keeps it alive until the statement has run.
    SqlStatement& bind_unowned(int index, std::string_view text);
    SqlStatement& bind(int index, std::int64_t value);
    SqlStatement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    SqlStatement& bind(int index, double value);
    SqlStatement& bind(int index, std::optional<double> value);
    SqlStatement& bind(int index, std::optional<int> value);
    SqlStatement& bind_null(int index);

    // True while a row is available; false when done. Errors become Error values.
    [[nodiscard]] Result<bool> step() { return m_cursor->step(); }
    // Calls `visit` for each row (read the columns from this statement); stops at the first
    // failure, of the step or of `visit`.
    [[nodiscard]] Result<void> for_each_row(const std::function<Result<void>()>& visit);
    // Runs to completion, for statements that return no rows.
    [[nodiscard]] Result<void> run();
    // Runs an INSERT … RETURNING id and hands back the new row's id.
    [[nodiscard]] Result<std::int64_t> run_returning_id();
    void reset() { m_cursor->reset(); }

    [[nodiscard]] std::string text(int column) const { return m_cursor->text(column); }
    [[nodiscard]] std::int64_t integer(int column) const { return m_cursor->integer(column); }
    [[nodiscard]] double real(int column) const { return m_cursor->real(column); }
    [[nodiscard]] std::optional<double> optional_real(int column) const;
    [[nodiscard]] std::optional<int> optional_int(int column) const;
    [[nodiscard]] bool is_null(int column) const { return m_cursor->is_null(column); }

  private:
    std::unique_ptr<SqlCursor> m_cursor;
};

class SqlConnection {
  public:
    virtual ~SqlConnection() = default;
    [[nodiscard]] virtual SqlEngine engine() const = 0;
    // Runs one or more statements that return no rows and take no parameters.
    [[nodiscard]] virtual Result<void> execute(std::string_view sql) = 0;
    [[nodiscard]] virtual Result<SqlStatement> prepare(std::string_view sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE: 0 tells an update that its row is gone.
    [[nodiscard]] virtual int changes() const = 0;

    // A write transaction: begun, then committed or rolled back.
    [[nodiscard]] virtual Result<void> begin() = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    // A number that changes whenever another connection commits a change to this database;
    // this connection's own commits leave it as it is.
    [[nodiscard]] virtual Result<std::int64_t> external_change_marker() = 0;
};

// The names in a comma-separated column list: "a, b,c" gives a, b and c.
[[nodiscard]] std::vector<std::string_view> column_names(std::string_view list);

// "INSERT INTO table (keys, others) VALUES (?, …) ON CONFLICT (keys) DO UPDATE SET o = excluded.o,
// …": writes a whole row, replacing the one with the same key, on either engine. Columns are
// given comma-separated; the parameters follow their order, keys first.
[[nodiscard]] std::string replace_row_sql(std::string_view table, std::string_view keys,
                                          std::string_view others);

// The storage error for a stored value this program cannot read (an unknown code, a bad date).
[[nodiscard]] tl::unexpected<Error> sql_corrupt(std::string what);
// The error for an update whose row does not exist (deleted meanwhile, or a wrong id).
[[nodiscard]] tl::unexpected<Error> sql_missing(std::string what);

}  // namespace parindex
