#include "store/postgresql/pg_connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace parindex {

namespace {

// COPY data goes to the server in pieces this large: big enough to keep the connection busy,
// small enough not to double a province's import in memory inside libpq.
constexpr std::size_t k_copy_chunk = std::size_t{1} << 20;

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

tl::unexpected<Error> database_error(std::string reason) {
    return fail(ErrorCode::storage, Label::error_database, {std::move(reason)});
}

// The server's message for a failed result, or libpq's when there is no result (the
// connection broke, memory ran out).
tl::unexpected<Error> result_error(PGconn* connection, const PGresult* result) {
    std::string reason = result != nullptr ? trim(PQresultErrorMessage(result)) : std::string();
    if (reason.empty()) {
        reason = trim(PQerrorMessage(connection));
    }
    if (reason.empty() && result != nullptr) {
        reason = PQresStatus(PQresultStatus(result));
    }
    return database_error(std::move(reason));
}

bool succeeded(const PGresult* result) {
    if (result == nullptr) {
        return false;
    }
    const auto status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

// libpq prints NOTICEs (CREATE TABLE IF NOT EXISTS on an existing table, say) to stderr by
// default; they are not errors and would clutter the server's log and the CLI's output.
void ignore_notice(void* /*argument*/, const char* /*message*/) {}

std::string_view command_word(const PGresult* result) {
    const std::string_view status = PQcmdStatus(const_cast<PGresult*>(result));
    return status.substr(0, status.find(' '));
}

// The rows an INSERT, UPDATE, DELETE, MERGE or COPY changed; nullopt for other commands, which
// SQLite's changes() does not count either.
std::optional<int> changed_rows(const PGresult* result) {
    const std::string_view word = command_word(result);
    if (word != "INSERT" && word != "UPDATE" && word != "DELETE" && word != "MERGE" &&
        word != "COPY") {
        return std::nullopt;
    }
    const std::string_view count = PQcmdTuples(const_cast<PGresult*>(result));
    int rows = 0;
    std::from_chars(count.data(), count.data() + count.size(), rows);
    return rows;
}

// Whether a finished command changed data (the revision counter's concern).
bool wrote(const PGresult* result) {
    const auto rows = changed_rows(result);
    return (rows && *rows > 0) || command_word(result) == "TRUNCATE";
}

std::int64_t parse_integer(std::string_view text) {
    if (text == "t") {
        return 1;
    }
    if (text == "f") {
        return 0;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && end == text.data() + text.size()) {
        return value;
    }
    // A numeric with a fraction (AVG) or beyond int64: truncated and clamped, as SQLite reads
    // a real as an integer.
    double real = 0;
    const auto [real_end, real_error] =
        std::from_chars(text.data(), text.data() + text.size(), real);
    if (real_error != std::errc{} || std::isnan(real)) {
        return 0;
    }
    constexpr auto k_low = static_cast<double>(std::numeric_limits<std::int64_t>::min());
    constexpr auto k_high = static_cast<double>(std::numeric_limits<std::int64_t>::max());
    if (real <= k_low) {
        return std::numeric_limits<std::int64_t>::min();
    }
    if (real >= k_high) {
        return std::numeric_limits<std::int64_t>::max();
    }
    return static_cast<std::int64_t>(real);
}

double parse_real(std::string_view text) {
    if (text == "t") {
        return 1;
    }
    if (text == "f") {
        return 0;
    }
    // PostgreSQL writes float8 in its shortest exact form (extra_float_digits = 1) and
    // Infinity/NaN in words that from_chars reads.
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} ? value : 0.0;
}

}  // namespace

std::string PgConnection::real_text(double value) {
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
    }
    // The shortest text that reads back as the same double.
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), end};
}

namespace {

bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The password in a connection string, as written and as libpq decodes it, so that both can be
// kept out of messages.
std::vector<std::string> passwords_in(const std::string& url) {
    std::vector<std::string> found;
    char* parse_error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &parse_error);
    PQfreemem(parse_error);
    for (const PQconninfoOption* option = options; option != nullptr && option->keyword != nullptr;
         ++option) {
        if (std::strcmp(option->keyword, "password") == 0 && option->val != nullptr &&
            *option->val != '\0') {
            found.emplace_back(option->val);
        }
    }
    PQconninfoFree(options);
    // What the URI's user information holds after the colon, undecoded.
    const std::string_view text = url;
    const auto scheme = text.find("://");
    if (scheme != std::string_view::npos) {
        const auto query = text.find('?', scheme + 3);
        const auto at = text.substr(0, query).rfind('@');
        if (at != std::string_view::npos && at > scheme) {
            const auto colon = text.find(':', scheme + 3);
            if (colon != std::string_view::npos && colon < at && colon + 1 < at) {
                found.emplace_back(text.substr(colon + 1, at - colon - 1));
            }
        }
    }
    return found;
}

std::string without(std::string text, const std::vector<std::string>& secrets) {
    for (const auto& secret : secrets) {
        if (secret.empty()) {
            continue;
        }
        for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3)) {
            text.replace(at, secret.size(), "***");
        }
    }
    return text;
}

}  // namespace

// One prepared statement: the numbered SQL and its binds, run with PQexecParams on the first
// step; later steps walk the rows of the result it keeps.
class PgCursor final : public SqlCursor {
  public:
    PgCursor(PgConnection& owner, std::string sql, int parameter_count)
        : m_owner(owner),
          m_sql(std::move(sql)),
          m_binds(static_cast<std::size_t>(parameter_count)) {}

    void bind_text(int index, std::string_view text, bool /*copy*/) override {
        // Always copied: libpq wants NUL-terminated text, which a string_view need not be.
        set(index, std::string(text));
    }
    void bind_integer(int index, std::int64_t value) override { set(index, std::to_string(value)); }
    void bind_real(int index, double value) override { set(index, PgConnection::real_text(value)); }
    void bind_null(int index) override { set(index, std::nullopt); }

    Result<bool> step() override {
        if (!m_result) {
            PARINDEX_TRY(run());
        } else {
            ++m_row;
        }
        if (m_row < PQntuples(m_result.get())) {
            return true;
        }
        // Done: the next step runs the statement again with the same binds, as SQLite's does.
        m_result.reset();
        return false;
    }

    void reset() override {
        m_result.reset();
        std::fill(m_binds.begin(), m_binds.end(), std::nullopt);
    }

    std::string text(int column) const override {
        return has_value(column) ? std::string(cell(column)) : std::string();
    }
    std::int64_t integer(int column) const override {
        return has_value(column) ? parse_integer(cell(column)) : 0;
    }
    double real(int column) const override {
        return has_value(column) ? parse_real(cell(column)) : 0.0;
    }
    bool is_null(int column) const override { return !has_value(column); }

  private:
    void set(int index, std::optional<std::string> value) {
        // Out-of-range positions are ignored, as SQLite ignores them (SQLITE_RANGE).
        if (index < 1 || static_cast<std::size_t>(index) > m_binds.size()) {
            return;
        }
        // Binding after a step starts a new run rather than changing the rows being read.
        m_result.reset();
        m_binds[static_cast<std::size_t>(index - 1)] = std::move(value);
    }

    Result<void> run() {
        std::vector<const char*> values;
        values.reserve(m_binds.size());
        for (const auto& bind : m_binds) {
            values.push_back(bind ? bind->c_str() : nullptr);
        }
        const bool was_in_transaction = m_owner.in_transaction();
        // Text parameters without types: the server infers each from its context, as it does
        // for a literal, so `due_date = ?` takes '2025-03-31' and `amount = ?` takes '12.5'.
        ResultHandle result(PQexecParams(m_owner.m_connection, m_sql.c_str(),
                                         static_cast<int>(values.size()), nullptr, values.data(),
                                         nullptr, nullptr, 0));
        if (!succeeded(result.get())) {
            return result_error(m_owner.m_connection, result.get());
        }
        m_owner.after_command(result.get(), was_in_transaction);
        m_result = std::move(result);
        m_row = 0;
        return {};
    }

    [[nodiscard]] bool has_value(int column) const {
        return m_result && column >= 0 && column < PQnfields(m_result.get()) &&
               m_row < PQntuples(m_result.get()) && PQgetisnull(m_result.get(), m_row, column) == 0;
    }
    [[nodiscard]] std::string_view cell(int column) const {
        return {PQgetvalue(m_result.get(), m_row, column),
                static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, column))};
    }

    PgConnection& m_owner;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_binds;
    ResultHandle m_result;
    int m_row = 0;
};

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url,
                                                         const std::string& schema) {
    PGconn* raw = PQconnectdb(url.c_str());
    if (raw == nullptr || PQstatus(raw) != CONNECTION_OK) {
        std::string reason = raw != nullptr ? trim(PQerrorMessage(raw)) : "out of memory";
        PQfinish(raw);
        return fail(ErrorCode::storage, Label::error_database_open,
                    {redact_url(url), without(std::move(reason), passwords_in(url))});
    }
    PQsetNoticeProcessor(raw, ignore_notice, nullptr);
    std::unique_ptr<PgConnection> connection(new PgConnection(raw));
    std::string setup = "SET client_encoding = 'UTF8'; SET client_min_messages = warning;";
    if (!schema.empty()) {
        setup += " SET search_path TO " + quote_identifier(schema) + ";";
    }
    auto configured = connection->execute(setup);
    if (!configured) {
        const auto& args = configured.error().detail.args;
        return fail(ErrorCode::storage, Label::error_database_open,
                    {redact_url(url), args.empty() ? std::string() : args.front()});
    }
    return connection;
}

PgConnection::~PgConnection() {
    PQfinish(m_connection);
}

Result<void> PgConnection::execute(std::string_view sql) {
    const bool was_in_transaction = in_transaction();
    const std::string text(sql);
    if (PQsendQuery(m_connection, text.c_str()) != 1) {
        return result_error(m_connection, nullptr);
    }
    return finish_results(was_in_transaction);
}

Result<void> PgConnection::finish_results(bool was_in_transaction) {
    // Every statement's result, so that a failure in the middle is reported and the connection
    // is ready for the next command afterwards.
    std::optional<Error> failure;
    bool any_write = false;
    while (PGresult* raw = PQgetResult(m_connection)) {
        const ResultHandle result(raw);
        const auto status = PQresultStatus(raw);
        if (status == PGRES_COPY_IN) {
            PQputCopyEnd(m_connection, "COPY FROM STDIN needs copy_in()");
            continue;
        }
        if (status == PGRES_COPY_OUT) {
            char* buffer = nullptr;
            while (PQgetCopyData(m_connection, &buffer, 0) > 0) {
                PQfreemem(buffer);
            }
            continue;
        }
        if (!succeeded(raw)) {
            if (!failure) {
                failure = result_error(m_connection, raw).value();
            }
            continue;
        }
        if (const auto rows = changed_rows(raw)) {
            m_changes = *rows;
        }
        any_write = any_write || wrote(raw);
    }
    if (failure) {
        return tl::unexpected(std::move(*failure));
    }
    if (any_write && !was_in_transaction && !in_transaction()) {
        // Statements that committed on their own (see after_command).
        (void)increment_revision();
    }
    return {};
}

Result<SqlStatement> PgConnection::prepare(std::string_view sql) {
    int count = 0;
    std::string numbered = number_parameters(sql, count);
    return SqlStatement(std::make_unique<PgCursor>(*this, std::move(numbered), count));
}

void PgConnection::after_command(pg_result* result, bool was_in_transaction) {
    if (const auto rows = changed_rows(result)) {
        m_changes = *rows;
    }
    // A write outside a transaction committed by itself, so other connections must hear of it
    // too. The increment follows in its own statement: a reader may see the write a moment
    // before the increment, and then notices it at its next look. A failed increment (no
    // store_revision yet) must not turn the committed write into an error.
    if (!was_in_transaction && !in_transaction() && wrote(result)) {
        (void)increment_revision();
    }
}

bool PgConnection::in_transaction() const {
    return PQtransactionStatus(m_connection) != PQTRANS_IDLE;
}

Result<void> PgConnection::begin() {
    // One writer per schema at a time, as SQLite's BEGIN IMMEDIATE gives one per file: the use
    // cases check, then write (a free user name, an open period), and must not interleave.
    return execute("BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
}

Result<void> PgConnection::commit() {
    if (PQtransactionStatus(m_connection) == PQTRANS_INERROR) {
        rollback();
        return database_error("the transaction was rolled back: a statement in it had failed");
    }
    // Moves store_revision inside the transaction when it wrote anything, so that the increment
    // commits with the data. to_regclass spares the migrations, which run before the table
    // exists.
    const ResultHandle wrote_anything(PQexec(m_connection,
                                             "SELECT pg_current_xact_id_if_assigned() IS NOT NULL "
                                             "AND to_regclass('store_revision') IS NOT NULL"));
    if (!succeeded(wrote_anything.get())) {
        auto error = result_error(m_connection, wrote_anything.get());
        rollback();
        return error;
    }
    std::optional<std::int64_t> revision;
    if (PQntuples(wrote_anything.get()) == 1 &&
        std::string_view(PQgetvalue(wrote_anything.get(), 0, 0)) == "t") {
        const ResultHandle incremented(PQexec(
            m_connection,
            "UPDATE store_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision"));
        if (!succeeded(incremented.get())) {
            auto error = result_error(m_connection, incremented.get());
            rollback();
            return error;
        }
        if (PQntuples(incremented.get()) == 1) {
            revision = parse_integer(PQgetvalue(incremented.get(), 0, 0));
        }
    }
    const ResultHandle committed(PQexec(m_connection, "COMMIT"));
    if (!succeeded(committed.get())) {
        auto error = result_error(m_connection, committed.get());
        rollback();
        return error;
    }
    if (command_word(committed.get()) != "COMMIT") {
        return database_error("the transaction was rolled back instead of committed");
    }
    // Only now: had the commit failed, the revision would not have moved, and taking it as
    // seen would hide the next connection's commit that lands on the same number.
    adopt_own_revision(revision);
    return {};
}

void PgConnection::rollback() {
    const ResultHandle result(PQexec(m_connection, "ROLLBACK"));
}

Result<std::optional<std::int64_t>> PgConnection::increment_revision() {
    const ResultHandle result(PQexec(
        m_connection,
        "UPDATE store_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision"));
    if (!succeeded(result.get())) {
        return result_error(m_connection, result.get());
    }
    if (PQntuples(result.get()) != 1) {
        return std::nullopt;
    }
    const std::int64_t revision = parse_integer(PQgetvalue(result.get(), 0, 0));
    adopt_own_revision(revision);
    return revision;
}

void PgConnection::adopt_own_revision(std::optional<std::int64_t> revision) {
    // Exactly one past the last seen value: nobody else committed in between, so this value is
    // ours and the marker need not move. Anything else leaves the last seen value, so that the
    // next marker read finds a difference.
    if (revision && m_seen_revision && *revision == *m_seen_revision + 1) {
        m_seen_revision = revision;
    }
}

Result<std::int64_t> PgConnection::external_change_marker() {
    const ResultHandle result(
        PQexec(m_connection, "SELECT revision FROM store_revision WHERE id = 1"));
    if (!succeeded(result.get())) {
        return result_error(m_connection, result.get());
    }
    const std::int64_t revision =
        PQntuples(result.get()) == 1 ? parse_integer(PQgetvalue(result.get(), 0, 0)) : 0;
    if (!m_seen_revision || *m_seen_revision != revision) {
        m_seen_revision = revision;
        m_marker = revision;
    }
    return m_marker;
}

Result<void> PgConnection::prepare_revision_table() {
    // Straight through PQexec, not execute(): the insert must not count as a write to report.
    const ResultHandle result(
        PQexec(m_connection,
               "CREATE TABLE IF NOT EXISTS store_revision ("
               "id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL); "
               "INSERT INTO store_revision (id, revision) VALUES (1, 0) "
               "ON CONFLICT (id) DO NOTHING"));
    if (!succeeded(result.get())) {
        return result_error(m_connection, result.get());
    }
    return {};
}

Result<void> PgConnection::copy_in(std::string_view copy_sql, std::string_view data) {
    const bool was_in_transaction = in_transaction();
    const std::string statement(copy_sql);
    {
        const ResultHandle started(PQexec(m_connection, statement.c_str()));
        if (started == nullptr || PQresultStatus(started.get()) != PGRES_COPY_IN) {
            if (succeeded(started.get())) {
                return database_error("not a COPY … FROM STDIN: " + statement);
            }
            return result_error(m_connection, started.get());
        }
    }
    // A failure while sending ends the COPY with that message, so that the server rolls it
    // back and the connection is usable again.
    std::string send_failure;
    for (std::size_t offset = 0; offset < data.size(); offset += k_copy_chunk) {
        const std::size_t size = std::min(k_copy_chunk, data.size() - offset);
        if (PQputCopyData(m_connection, data.data() + offset, static_cast<int>(size)) != 1) {
            send_failure = trim(PQerrorMessage(m_connection));
            break;
        }
    }
    if (PQputCopyEnd(m_connection, send_failure.empty() ? nullptr : send_failure.c_str()) != 1 &&
        send_failure.empty()) {
        send_failure = trim(PQerrorMessage(m_connection));
    }
    PARINDEX_TRY(finish_results(was_in_transaction));
    if (!send_failure.empty()) {
        return database_error(send_failure);
    }
    return {};
}

std::string PgConnection::copy_text_field(std::string_view value) {
    std::string escaped;
    escaped.reserve(value.size());
    for (const char c : value) {
        switch (c) {
            case '\\':
                escaped += "\\\\";
                break;
            case '\t':
                escaped += "\\t";
                break;
            case '\n':
                escaped += "\\n";
                break;
            case '\r':
                escaped += "\\r";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

std::string PgConnection::quote_identifier(std::string_view name) {
    std::string quoted = "\"";
    for (const char c : name) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

std::string PgConnection::number_parameters(std::string_view sql, int& count) {
    count = 0;
    std::string out;
    out.reserve(sql.size() + 16);
    const std::size_t size = sql.size();
    std::size_t i = 0;
    // Copies sql[i, end) unchanged and moves past it.
    const auto copy_to = [&](std::size_t end) {
        end = std::min(end, size);
        out.append(sql.substr(i, end - i));
        i = end;
    };
    while (i < size) {
        const char c = sql[i];
        if (c == '\'') {
            // A string literal; '' inside it is a quote. E'…' also escapes with backslashes.
            const bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                                 (i < 2 || !is_identifier_char(sql[i - 2]));
            std::size_t j = i + 1;
            while (j < size) {
                if (escapes && sql[j] == '\\') {
                    j += 2;
                } else if (sql[j] == '\'') {
                    if (j + 1 < size && sql[j + 1] == '\'') {
                        j += 2;
                    } else {
                        break;
                    }
                } else {
                    ++j;
                }
            }
            copy_to(j + 1);
        } else if (c == '"') {
            // A quoted identifier; "" inside it is a quote, which closing and reopening covers.
            const auto end = sql.find('"', i + 1);
            copy_to(end == std::string_view::npos ? size : end + 1);
        } else if (c == '-' && i + 1 < size && sql[i + 1] == '-') {
            const auto end = sql.find('\n', i);
            copy_to(end == std::string_view::npos ? size : end + 1);
        } else if (c == '/' && i + 1 < size && sql[i + 1] == '*') {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            std::size_t j = i;
            while (j < size) {
                if (sql[j] == '/' && j + 1 < size && sql[j + 1] == '*') {
                    ++depth;
                    j += 2;
                } else if (sql[j] == '*' && j + 1 < size && sql[j + 1] == '/') {
                    j += 2;
                    if (--depth == 0) {
                        break;
                    }
                } else {
                    ++j;
                }
            }
            copy_to(j);
        } else if (c == '$' && (i == 0 || !is_identifier_char(sql[i - 1]))) {
            // A dollar-quoted string ($$…$$ or $tag$…$tag$); `$1` is not one.
            std::size_t j = i + 1;
            while (j < size && is_identifier_char(sql[j]) &&
                   !(j == i + 1 && sql[j] >= '0' && sql[j] <= '9')) {
                ++j;
            }
            if (j < size && sql[j] == '$') {
                const std::string_view tag = sql.substr(i, j - i + 1);
                const auto end = sql.find(tag, j + 1);
                copy_to(end == std::string_view::npos ? size : end + tag.size());
            } else {
                copy_to(i + 1);
            }
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++count);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::string PgConnection::redact_url(std::string_view url) {
    std::string text(url);
    const auto scheme = text.find("://");
    if (text.starts_with("postgresql://") || text.starts_with("postgres://")) {
        // user:password@host…: the last @ before the query ends the user information, even
        // when the password holds an unencoded / or @.
        const auto query = text.find('?');
        const auto at = text.substr(0, query).rfind('@');
        if (at != std::string::npos && at > scheme) {
            const auto colon = text.find(':', scheme + 3);
            if (colon != std::string::npos && colon < at) {
                text.erase(colon, at - colon);
            }
        }
        // …?password=…&…
        const auto start = text.find('?');
        if (start != std::string::npos) {
            std::string kept;
            std::string_view rest = std::string_view(text).substr(start + 1);
            while (!rest.empty()) {
                const auto end = rest.find('&');
                const std::string_view parameter = rest.substr(0, end);
                if (!parameter.starts_with("password=") && parameter != "password") {
                    kept += kept.empty() ? "" : "&";
                    kept += parameter;
                }
                rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            }
            text = text.substr(0, start) + (kept.empty() ? "" : "?" + kept);
        }
        return text;
    }
    // key=value pairs: drop `password = value`, the value bare or in quotes.
    std::size_t from = 0;
    while ((from = text.find("password", from)) != std::string::npos) {
        if (from > 0 && text[from - 1] != ' ' && text[from - 1] != '\t') {
            from += 8;
            continue;
        }
        std::size_t j = from + 8;
        while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) {
            ++j;
        }
        if (j >= text.size() || text[j] != '=') {
            from += 8;
            continue;
        }
        ++j;
        while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) {
            ++j;
        }
        if (j < text.size() && text[j] == '\'') {
            ++j;
            while (j < text.size() && text[j] != '\'') {
                j += text[j] == '\\' ? std::size_t{2} : std::size_t{1};
            }
            ++j;
        } else {
            while (j < text.size() && text[j] != ' ' && text[j] != '\t') {
                ++j;
            }
        }
        j = std::min(j, text.size());
        while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) {
            ++j;
        }
        text.erase(from, j - from);
    }
    return trim(text);
}

}  // namespace parindex
