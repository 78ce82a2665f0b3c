#pragma once
// The PostgreSQL side of SqlConnection, over libpq: the province deployment's database. One
// connection works in one schema (set as its search_path), so several wards or test runs can
// share a server. Statements are sent as text with server-inferred parameter types, so the
// repositories' `?` SQL runs unchanged; a parameter whose type its context does not fix
// (`SELECT ?`, `? IS NULL`) needs a CAST in the SQL, which SQLite accepts too.
//
// Like every SqlConnection, it is not thread-safe: the store serialises its use.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/sql/sql_connection.hpp"

// libpq's handles (PGconn, PGresult), declared here so that its header stays in the .cpp.
struct pg_conn;
struct pg_result;

namespace parindex {

class PgConnection final : public SqlConnection {
  public:
    // Connects to `url`, a libpq connection string (postgresql://user@host:port/database or
    // key=value pairs), and works in `schema` when it is not empty. The schema is not created
    // here: when it is missing, the statements that need it fail. A failure names the URL
    // without its password.
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> open(const std::string& url,
                                                                    const std::string& schema);
    ~PgConnection() override;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    [[nodiscard]] SqlEngine engine() const override { return SqlEngine::postgresql; }
    // Runs one or more statements in one round trip; the first failure is the error.
    [[nodiscard]] Result<void> execute(std::string_view sql) override;
    // Numbers the `?` parameters as `$1, $2, …`; nothing reaches the server until the first
    // step, which sends the statement with its binds. The statement must not outlive this
    // connection.
    [[nodiscard]] Result<SqlStatement> prepare(std::string_view sql) override;
    // Rows changed by the last INSERT, UPDATE, DELETE, MERGE or COPY, as SQLite counts them:
    // other statements (a SELECT, a BEGIN) leave the count as it was.
    [[nodiscard]] int changes() const override { return m_changes; }

    [[nodiscard]] Result<void> begin() override;
    // Also fails when the server rolled the transaction back instead (a statement inside it had
    // failed): PostgreSQL answers such a COMMIT with ROLLBACK, not with an error.
    [[nodiscard]] Result<void> commit() override;
    void rollback() override;

    // PostgreSQL has nothing like SQLite's data_version, so the schema keeps its own counter in
    // the one-row table store_revision, and every connection that writes moves it:
    // - commit() adds one to it inside the transaction when the transaction wrote anything, and
    //   a write outside a transaction (autocommit) adds one right after it;
    // - this connection remembers the revision it last saw; when its own increment lands on
    //   that value + 1, nobody else committed in between and the new value is its own. When it
    //   lands further on, someone else committed meanwhile, and the remembered value stays, so
    //   the next read notices;
    // - external_change_marker() reads the revision and, when it differs from the one last
    //   seen, takes it as the new marker. Own commits therefore leave the marker as it is, and
    //   another connection's commit changes it; a transaction that only read changes nothing.
    // Until prepare_revision_table() has created the table (migrations run before it), commits
    // skip the increment; reading the marker then fails.
    [[nodiscard]] Result<std::int64_t> external_change_marker() override;
    // Creates store_revision in the current schema when it is missing. Safe to call again.
    [[nodiscard]] Result<void> prepare_revision_table();

    // Bulk loading for PostgreSQL only: runs `copy_sql` (a whole `COPY table (columns) FROM
    // STDIN` in text format) and streams `data` to it: one line per row, fields separated by
    // tabs, each written with copy_text_field(), a NULL written as \N.
    [[nodiscard]] Result<void> copy_in(std::string_view copy_sql, std::string_view data);
    // A value escaped for COPY's text format (backslash, tab, newline, carriage return).
    [[nodiscard]] static std::string copy_text_field(std::string_view value);
    // A double as PostgreSQL reads it back exactly (shortest form; NaN, ±Infinity in words), for
    // parameters and COPY.
    [[nodiscard]] static std::string real_text(double value);

    // An identifier in double quotes, inner quotes doubled: safe to splice into SQL.
    [[nodiscard]] static std::string quote_identifier(std::string_view name);
    // `sql` with its `?` parameters numbered `$1, $2, …`, except inside string literals, quoted
    // identifiers and comments; `count` receives how many there are.
    [[nodiscard]] static std::string number_parameters(std::string_view sql, int& count);
    // A connection string without its password, fit for messages and logs.
    [[nodiscard]] static std::string redact_url(std::string_view url);

  private:
    friend class PgCursor;

    explicit PgConnection(pg_conn* connection) : m_connection(connection) {}
    // Notes what a finished command did: its row count for changes(), and, for a write outside
    // a transaction, the revision increment.
    void after_command(pg_result* result, bool was_in_transaction);
    // Reads every result of the command just sent, so that a failure in the middle is reported
    // and the connection is ready for the next command; then counts a write made outside a
    // transaction.
    [[nodiscard]] Result<void> finish_results(bool was_in_transaction);
    [[nodiscard]] bool in_transaction() const;
    // Adds one to store_revision outside a transaction, taking the new value as seen when it
    // follows the one last seen (adopt_own_revision).
    [[nodiscard]] Result<std::optional<std::int64_t>> increment_revision();
    void adopt_own_revision(std::optional<std::int64_t> revision);

    pg_conn* m_connection;
    int m_changes = 0;
    // The revision this connection last saw, and the marker it last gave out.
    std::optional<std::int64_t> m_seen_revision;
    std::int64_t m_marker = 0;
};

}  // namespace parindex
