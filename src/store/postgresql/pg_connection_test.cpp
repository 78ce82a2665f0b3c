// PgConnection against a live server: the admin URL comes from PARINDEX_TEST_POSTGRES (ctest's
// postgres fixture starts a throwaway server with scripts/test-postgres and sets it). Each test
// works in a fresh schema of its own, dropped at the end. Without the variable the live tests
// skip; the ones that need no server (placeholders, escaping, bad URLs) always run.

#include "store/postgresql/pg_connection.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

namespace parindex {
namespace {

std::string number(std::string_view sql) {
    int count = 0;
    return PgConnection::number_parameters(sql, count);
}

int count_parameters(std::string_view sql) {
    int count = 0;
    (void)PgConnection::number_parameters(sql, count);
    return count;
}

TEST(PgPlaceholders, NumbersQuestionMarksInOrder) {
    EXPECT_EQ(number("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
              "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
    EXPECT_EQ(count_parameters("INSERT INTO t VALUES (?, ?, ?, ?)"), 4);
    EXPECT_EQ(count_parameters("SELECT 1"), 0);
}

TEST(PgPlaceholders, LeavesLiteralsIdentifiersAndCommentsAlone) {
    EXPECT_EQ(number("SELECT 'why?', ? FROM t"), "SELECT 'why?', $1 FROM t");
    EXPECT_EQ(number("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
    EXPECT_EQ(number("SELECT E'a\\'?', ?"), "SELECT E'a\\'?', $1");
    EXPECT_EQ(number("SELECT \"odd?name\" FROM t WHERE x = ?"),
              "SELECT \"odd?name\" FROM t WHERE x = $1");
    EXPECT_EQ(number("SELECT ? -- really?\nFROM t WHERE y = ?"),
              "SELECT $1 -- really?\nFROM t WHERE y = $2");
    EXPECT_EQ(number("SELECT /* a? /* nested? */ b? */ ?"), "SELECT /* a? /* nested? */ b? */ $1");
    EXPECT_EQ(number("SELECT $$what?$$, $tag$why?$tag$, ?"),
              "SELECT $$what?$$, $tag$why?$tag$, $1");
    // An unterminated literal is the server's to report; nothing in it is a parameter.
    EXPECT_EQ(number("SELECT 'open ?"), "SELECT 'open ?");
}

TEST(PgCopyText, EscapesTheSeparatorsAndBackslash) {
    EXPECT_EQ(PgConnection::copy_text_field("plain Phường"), "plain Phường");
    EXPECT_EQ(PgConnection::copy_text_field("a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
    // Text that reads like the NULL marker stays text.
    EXPECT_EQ(PgConnection::copy_text_field("\\N"), "\\\\N");
}

TEST(PgUrl, RedactionDropsThePassword) {
    EXPECT_EQ(PgConnection::redact_url("postgresql://ward:S3cret@db.example:5432/par"),
              "postgresql://ward@db.example:5432/par");
    EXPECT_EQ(PgConnection::redact_url("postgres://ward:p/a@ss@db/par?sslmode=require"),
              "postgres://ward@db/par?sslmode=require");
    EXPECT_EQ(
        PgConnection::redact_url("postgresql://ward@db/par?password=S3cret&application_name=x"),
        "postgresql://ward@db/par?application_name=x");
    EXPECT_EQ(PgConnection::redact_url("postgresql://ward@db/par?password=S3cret"),
              "postgresql://ward@db/par");
    EXPECT_EQ(PgConnection::redact_url("host=db password='S3 cret' dbname=par"),
              "host=db dbname=par");
    EXPECT_EQ(PgConnection::redact_url("host=db dbname=par password = S3cret"),
              "host=db dbname=par");
    EXPECT_EQ(PgConnection::redact_url("postgresql://postgres@127.0.0.1:5432/postgres"),
              "postgresql://postgres@127.0.0.1:5432/postgres");
}

TEST(PgOpen, BadUrlReportsAnErrorWithoutThePassword) {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    for (const std::string url : {"postgresql://ward:Sup3rS3cretPw@127.0.0.1:1/postgres",
                                  "postgresql://ward@127.0.0.1:1/postgres?password=Sup3rS3cretPw",
                                  "host=127.0.0.1 port=1 user=ward password=Sup3rS3cretPw",
                                  "postgresql://ward:Sup3rS3cretPw@127.0.0.1:notaport/postgres"}) {
        auto connection = PgConnection::open(url, "");
        ASSERT_FALSE(connection) << url;
        const Error& error = connection.error();
        EXPECT_EQ(error.code, ErrorCode::storage);
        EXPECT_EQ(error.detail.message, Label::error_database_open);
        ASSERT_EQ(error.detail.args.size(), 2U);
        EXPECT_NE(error.detail.args[0].find("127.0.0.1"), std::string::npos)
            << error.detail.args[0];
        EXPECT_FALSE(error.detail.args[1].empty());
        const std::string message = describe(error);
        EXPECT_EQ(message.find("Sup3rS3cretPw"), std::string::npos) << message;
    }
}

// A live-server test: a connection in a fresh schema, and an admin connection that made it.
class PgConnectionTest : public testing::Test {
  protected:
    void SetUp() override {
        const char* url = std::getenv("PARINDEX_TEST_POSTGRES");
        if (url == nullptr || *url == '\0') {
            GTEST_SKIP() << "PARINDEX_TEST_POSTGRES is not set: no PostgreSQL server to test "
                            "against (scripts/test-postgres start DIR PORT starts one)";
        }
        m_url = url;
        std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
        for (char& c : name) {
            c = std::isalnum(static_cast<unsigned char>(c)) != 0
                    ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                    : '_';
        }
        m_schema = ("pgconn_" + std::to_string(::getpid()) + "_" + name).substr(0, 63);
        auto admin = PgConnection::open(m_url, "");
        ASSERT_TRUE(admin) << describe(admin.error());
        m_admin = std::move(*admin);
        const std::string quoted = PgConnection::quote_identifier(m_schema);
        auto created = m_admin->execute("DROP SCHEMA IF EXISTS " + quoted +
                                        " CASCADE; CREATE SCHEMA " + quoted);
        ASSERT_TRUE(created) << describe(created.error());
        m_connection = open_connection();
        ASSERT_NE(m_connection, nullptr);
    }

    void TearDown() override {
        m_connection.reset();
        m_other.reset();
        if (m_admin) {
            auto dropped = m_admin->execute("DROP SCHEMA IF EXISTS " +
                                            PgConnection::quote_identifier(m_schema) + " CASCADE");
            EXPECT_TRUE(dropped) << describe(dropped.error());
        }
    }

    std::unique_ptr<PgConnection> open_connection() {
        auto connection = PgConnection::open(m_url, m_schema);
        EXPECT_TRUE(connection) << describe(connection.error());
        return connection ? std::move(*connection) : nullptr;
    }

    void run(PgConnection& connection, std::string_view sql) {
        auto done = connection.execute(sql);
        ASSERT_TRUE(done) << describe(done.error());
    }

    std::int64_t count_rows(std::string_view table) {
        auto statement = m_connection->prepare("SELECT COUNT(*) FROM " + std::string(table));
        EXPECT_TRUE(statement);
        auto row = statement->step();
        EXPECT_TRUE(row && *row) << (row ? "" : describe(row.error()));
        const std::int64_t count = statement->integer(0);
        statement->reset();
        return count;
    }

    std::string m_url;
    std::string m_schema;
    std::unique_ptr<PgConnection> m_admin;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<PgConnection> m_other;
};

TEST_F(PgConnectionTest, WorksInItsSchema) {
    EXPECT_EQ(m_connection->engine(), SqlEngine::postgresql);
    run(*m_connection, "CREATE TABLE wards (code TEXT PRIMARY KEY)");
    auto found = m_admin->prepare(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = "
        "'wards'");
    ASSERT_TRUE(found);
    found->bind(1, m_schema);
    auto row = found->step();
    ASSERT_TRUE(row && *row) << (row ? "" : describe(row.error()));
    EXPECT_EQ(found->integer(0), 1);
}

TEST_F(PgConnectionTest, BindsOfEveryTypeRoundTrip) {
    run(*m_connection,
        "CREATE TABLE kinds (id INTEGER PRIMARY KEY, name TEXT, whole BIGINT, "
        "amount DOUBLE PRECISION, score NUMERIC(6, 2))");
    const std::string ward = "Phường Bến Nghé — chỉ số PAR Index, đợt Quý IV";
    auto insert = m_connection->prepare(
        "INSERT INTO kinds (id, name, whole, amount, score) VALUES (?, ?, "
        "?, ?, ?)");
    ASSERT_TRUE(insert);
    struct Row {
        int id;
        std::int64_t whole;
        double amount;
    };
    const std::vector<Row> rows = {
        {1, std::numeric_limits<std::int64_t>::min(), 0.1},
        {2, std::numeric_limits<std::int64_t>::max(), 1e-300},
        {3, 0, -2.5},
        {4, -1, 1.7976931348623157e308},
        {5, 42, 1.0 / 3.0},
    };
    for (const auto& row : rows) {
        insert->bind(1, row.id).bind(2, ward).bind(3, row.whole).bind(4, row.amount).bind(5, 12.5);
        auto done = insert->run();
        ASSERT_TRUE(done) << describe(done.error());
    }
    const std::string unowned = "Tổ dân phố số 7";
    insert->bind(1, 6).bind_unowned(2, unowned).bind_null(3).bind(4, std::optional<double>{});
    insert->bind(5, std::optional<int>{});
    auto done = insert->run();
    ASSERT_TRUE(done) << describe(done.error());

    auto select =
        m_connection->prepare("SELECT id, name, whole, amount, score FROM kinds ORDER BY id");
    ASSERT_TRUE(select);
    std::size_t seen = 0;
    auto visited = select->for_each_row([&]() -> Result<void> {
        if (seen < rows.size()) {
            const Row& expected = rows[seen];
            EXPECT_EQ(select->integer(0), expected.id);
            EXPECT_EQ(select->text(1), ward);
            EXPECT_EQ(select->integer(2), expected.whole);
            EXPECT_EQ(select->real(3), expected.amount);
            EXPECT_EQ(select->optional_real(3), expected.amount);
            EXPECT_EQ(select->real(4), 12.5);
            EXPECT_EQ(select->text(4), "12.50");
            EXPECT_FALSE(select->is_null(2));
        } else {
            EXPECT_EQ(select->text(1), unowned);
            EXPECT_TRUE(select->is_null(2));
            EXPECT_TRUE(select->is_null(3));
            EXPECT_TRUE(select->is_null(4));
            EXPECT_EQ(select->optional_real(3), std::nullopt);
            EXPECT_EQ(select->optional_int(4), std::nullopt);
            EXPECT_EQ(select->integer(2), 0);
            EXPECT_EQ(select->text(2), "");
        }
        ++seen;
        return {};
    });
    ASSERT_TRUE(visited) << describe(visited.error());
    EXPECT_EQ(seen, rows.size() + 1);
}

TEST_F(PgConnectionTest, ReadsAggregatesAndBooleansAsNumbers) {
    auto select = m_connection->prepare(
        "SELECT SUM(x), AVG(x), MAX(x) > 1, MAX(x) > 5 FROM (VALUES (1::BIGINT), (2::BIGINT)) AS "
        "v(x)");
    ASSERT_TRUE(select);
    auto row = select->step();
    ASSERT_TRUE(row && *row) << (row ? "" : describe(row.error()));
    EXPECT_EQ(select->integer(0), 3);  // SUM of BIGINT is NUMERIC
    EXPECT_EQ(select->real(1), 1.5);
    EXPECT_EQ(select->integer(1), 1);
    EXPECT_EQ(select->integer(2), 1);
    EXPECT_EQ(select->integer(3), 0);
    auto done = select->step();
    ASSERT_TRUE(done);
    EXPECT_FALSE(*done);
}

TEST_F(PgConnectionTest, QuestionMarkInALiteralIsNotAParameter) {
    auto select = m_connection->prepare(
        "SELECT 'why?' AS literal, CAST(? AS TEXT) AS bound, \"?\" FROM (SELECT 'q?' AS \"?\") "
        "AS t -- one parameter?\nWHERE 'x' <> ?");
    ASSERT_TRUE(select);
    select->bind(1, "đã nộp").bind(2, "y");
    auto row = select->step();
    ASSERT_TRUE(row && *row) << (row ? "" : describe(row.error()));
    EXPECT_EQ(select->text(0), "why?");
    EXPECT_EQ(select->text(1), "đã nộp");
    EXPECT_EQ(select->text(2), "q?");
}

TEST_F(PgConnectionTest, StatementRunsAgainAfterReset) {
    run(*m_connection, "CREATE TABLE units (code TEXT PRIMARY KEY, staff INTEGER NOT NULL)");
    auto insert = m_connection->prepare("INSERT INTO units (code, staff) VALUES (?, ?)");
    ASSERT_TRUE(insert);
    for (int i = 0; i < 5; ++i) {
        insert->bind(1, "unit-" + std::to_string(i)).bind(2, i * 10);
        auto done = insert->run();
        ASSERT_TRUE(done) << describe(done.error());
        EXPECT_EQ(m_connection->changes(), 1);
    }
    EXPECT_EQ(count_rows("units"), 5);

    auto find = m_connection->prepare("SELECT staff FROM units WHERE code = ?");
    ASSERT_TRUE(find);
    for (int i : {3, 1, 4}) {
        find->bind(1, "unit-" + std::to_string(i));
        auto row = find->step();
        ASSERT_TRUE(row && *row) << (row ? "" : describe(row.error()));
        EXPECT_EQ(find->integer(0), i * 10);
        find->reset();
    }
    // After reset the binds are gone: an unbound parameter is NULL, as in SQLite.
    auto row = find->step();
    ASSERT_TRUE(row);
    EXPECT_FALSE(*row);
}

TEST_F(PgConnectionTest, ChangesCountsTheRowsOfTheLastWrite) {
    run(*m_connection, "CREATE TABLE reports (id INTEGER PRIMARY KEY, state TEXT NOT NULL)");
    run(*m_connection, "INSERT INTO reports VALUES (1, 'draft'), (2, 'draft')");
    EXPECT_EQ(m_connection->changes(), 2);
    auto update = m_connection->prepare("UPDATE reports SET state = ? WHERE id > ?");
    ASSERT_TRUE(update);
    update->bind(1, "sent").bind(2, 5);
    ASSERT_TRUE(update->run());
    EXPECT_EQ(m_connection->changes(), 0);
    update->bind(1, "sent").bind(2, 0);
    ASSERT_TRUE(update->run());
    EXPECT_EQ(m_connection->changes(), 2);
    // A read does not count, as in SQLite.
    EXPECT_EQ(count_rows("reports"), 2);
    EXPECT_EQ(m_connection->changes(), 2);
    // INSERT … RETURNING counts and returns.
    auto insert =
        m_connection->prepare("INSERT INTO reports (id, state) VALUES (?, ?) RETURNING id");
    ASSERT_TRUE(insert);
    insert->bind(1, 7).bind(2, "draft");
    auto row = insert->step();
    ASSERT_TRUE(row && *row) << (row ? "" : describe(row.error()));
    EXPECT_EQ(insert->integer(0), 7);
    insert->reset();
    EXPECT_EQ(m_connection->changes(), 1);
    run(*m_connection, "DELETE FROM reports WHERE state = 'sent'");
    EXPECT_EQ(m_connection->changes(), 2);
}

TEST_F(PgConnectionTest, FailingStatementGivesTheServersMessage) {
    auto select = m_connection->prepare("SELECT * FROM no_such_table WHERE id = ?");
    ASSERT_TRUE(select);  // nothing reaches the server before the first step
    select->bind(1, 1);
    auto row = select->step();
    ASSERT_FALSE(row);
    EXPECT_EQ(row.error().code, ErrorCode::storage);
    EXPECT_EQ(row.error().detail.message, Label::error_database);
    ASSERT_EQ(row.error().detail.args.size(), 1U);
    EXPECT_NE(row.error().detail.args[0].find("relation \"no_such_table\" does not exist"),
              std::string::npos)
        << row.error().detail.args[0];

    auto executed = m_connection->execute("CREATE TABLE t (id INTEGER); SELECT nonsense FROM t");
    ASSERT_FALSE(executed);
    EXPECT_EQ(executed.error().code, ErrorCode::storage);
    EXPECT_NE(describe(executed.error()).find("column \"nonsense\" does not exist"),
              std::string::npos)
        << describe(executed.error());

    // The connection carries on.
    run(*m_connection, "CREATE TABLE fine (id INTEGER)");
    EXPECT_EQ(count_rows("fine"), 0);
}

TEST_F(PgConnectionTest, RollbackLeavesNothing) {
    run(*m_connection, "CREATE TABLE plans (year INTEGER PRIMARY KEY)");
    ASSERT_TRUE(m_connection->begin());
    run(*m_connection, "INSERT INTO plans VALUES (2025)");
    auto insert = m_connection->prepare("INSERT INTO plans VALUES (?)");
    ASSERT_TRUE(insert);
    ASSERT_TRUE(insert->bind(1, 2026).run());
    EXPECT_EQ(count_rows("plans"), 2);
    m_connection->rollback();
    EXPECT_EQ(count_rows("plans"), 0);

    ASSERT_TRUE(m_connection->begin());
    ASSERT_TRUE(insert->bind(1, 2027).run());
    ASSERT_TRUE(m_connection->commit());
    EXPECT_EQ(count_rows("plans"), 1);
}

TEST_F(PgConnectionTest, CommitAfterAFailedStatementFails) {
    run(*m_connection, "CREATE TABLE plans (year INTEGER PRIMARY KEY)");
    ASSERT_TRUE(m_connection->begin());
    run(*m_connection, "INSERT INTO plans VALUES (2025)");
    EXPECT_FALSE(m_connection->execute("INSERT INTO plans VALUES (2025)"));  // duplicate key
    // PostgreSQL would answer this COMMIT with ROLLBACK; the caller must hear of it.
    auto committed = m_connection->commit();
    EXPECT_FALSE(committed);
    EXPECT_EQ(count_rows("plans"), 0);
    ASSERT_TRUE(m_connection->begin());
    run(*m_connection, "INSERT INTO plans VALUES (2025)");
    ASSERT_TRUE(m_connection->commit());
    EXPECT_EQ(count_rows("plans"), 1);
}

TEST_F(PgConnectionTest, CopyInRoundTripsAwkwardText) {
    run(*m_connection, "CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT, extra TEXT)");
    const std::vector<std::optional<std::string>> bodies = {
        "tab\there",
        "line one\nline two",
        "back\\slash \\N \\t",
        "carriage\r\nreturn",
        "Ủy ban nhân dân phường — ý kiến",
        std::nullopt,
        "",
        "\\N",
    };
    std::string data;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        data += std::to_string(i) + "\t";
        data += bodies[i] ? PgConnection::copy_text_field(*bodies[i]) : "\\N";
        data += "\tx\n";
    }
    auto copied = m_connection->copy_in("COPY notes (id, body, extra) FROM STDIN", data);
    ASSERT_TRUE(copied) << describe(copied.error());
    EXPECT_EQ(m_connection->changes(), static_cast<int>(bodies.size()));

    auto select = m_connection->prepare("SELECT id, body FROM notes ORDER BY id");
    ASSERT_TRUE(select);
    std::size_t seen = 0;
    ASSERT_TRUE(select->for_each_row([&]() -> Result<void> {
        const auto& expected = bodies[static_cast<std::size_t>(select->integer(0))];
        if (expected) {
            EXPECT_FALSE(select->is_null(1));
            EXPECT_EQ(select->text(1), *expected);
        } else {
            EXPECT_TRUE(select->is_null(1));
        }
        ++seen;
        return {};
    }));
    EXPECT_EQ(seen, bodies.size());
}

TEST_F(PgConnectionTest, CopyInSendsLargeDataAndReportsBadRows) {
    run(*m_connection, "CREATE TABLE bulk (id BIGINT PRIMARY KEY, body TEXT NOT NULL)");
    // Several chunks' worth.
    std::string data;
    const std::string body(200, 'a');
    constexpr int k_rows = 20000;
    for (int i = 0; i < k_rows; ++i) {
        data += std::to_string(i) + "\t" + body + "\n";
    }
    ASSERT_GT(data.size(), std::size_t{3} << 20);
    auto copied = m_connection->copy_in("COPY bulk (id, body) FROM STDIN", data);
    ASSERT_TRUE(copied) << describe(copied.error());
    EXPECT_EQ(count_rows("bulk"), k_rows);

    auto bad = m_connection->copy_in("COPY bulk (id, body) FROM STDIN", "1\tduplicate\n");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::storage);
    EXPECT_NE(describe(bad.error()).find("duplicate key"), std::string::npos)
        << describe(bad.error());
    auto wrong_type = m_connection->copy_in("COPY bulk (id, body) FROM STDIN", "one\tx\n");
    ASSERT_FALSE(wrong_type);
    EXPECT_NE(describe(wrong_type.error()).find("invalid input syntax"), std::string::npos)
        << describe(wrong_type.error());
    auto not_copy = m_connection->copy_in("SELECT 1", "");
    EXPECT_FALSE(not_copy);
    EXPECT_EQ(count_rows("bulk"), k_rows);
}

TEST_F(PgConnectionTest, ExternalChangeMarkerMovesOnlyForOtherConnections) {
    run(*m_connection, "CREATE TABLE sessions (token TEXT PRIMARY KEY)");
    ASSERT_TRUE(m_connection->prepare_revision_table());
    ASSERT_TRUE(m_connection->prepare_revision_table());  // again: no harm
    m_other = open_connection();
    ASSERT_NE(m_other, nullptr);
    PgConnection& mine = *m_connection;
    PgConnection& other = *m_other;
    const auto marker = [](PgConnection& connection) {
        auto value = connection.external_change_marker();
        EXPECT_TRUE(value) << describe(value.error());
        return value ? *value : -1;
    };
    const auto write_in_transaction = [&](PgConnection& connection, const std::string& token) {
        ASSERT_TRUE(connection.begin());
        auto insert = connection.prepare("INSERT INTO sessions (token) VALUES (?)");
        ASSERT_TRUE(insert);
        ASSERT_TRUE(insert->bind(1, token).run());
        auto committed = connection.commit();
        ASSERT_TRUE(committed) << describe(committed.error());
    };

    const std::int64_t first = marker(mine);
    EXPECT_EQ(marker(mine), first);
    // Own commits, in a transaction or on their own, keep it.
    write_in_transaction(mine, "a");
    EXPECT_EQ(marker(mine), first);
    auto insert = mine.prepare("INSERT INTO sessions (token) VALUES (?)");
    ASSERT_TRUE(insert);
    ASSERT_TRUE(insert->bind(1, "b").run());
    run(mine, "DELETE FROM sessions WHERE token = 'b'");
    EXPECT_EQ(marker(mine), first);
    // A transaction that wrote nothing, or was rolled back, moves nothing.
    ASSERT_TRUE(mine.begin());
    ASSERT_TRUE(mine.commit());
    ASSERT_TRUE(mine.begin());
    run(mine, "INSERT INTO sessions VALUES ('gone')");
    mine.rollback();
    EXPECT_EQ(marker(mine), first);

    // Another connection's commit moves it, once.
    const std::int64_t other_first = marker(other);
    write_in_transaction(other, "c");
    const std::int64_t second = marker(mine);
    EXPECT_NE(second, first);
    EXPECT_EQ(marker(mine), second);
    // …and mine moves the other's.
    write_in_transaction(mine, "d");
    EXPECT_NE(marker(other), other_first);

    // The other connection only reading, in a transaction or not, or writing and rolling back,
    // moves nothing.
    ASSERT_TRUE(other.begin());
    auto read = other.prepare("SELECT COUNT(*) FROM sessions");
    ASSERT_TRUE(read);
    auto row = read->step();
    ASSERT_TRUE(row && *row);
    read->reset();
    ASSERT_TRUE(other.commit());
    ASSERT_TRUE(read->step());
    read->reset();
    ASSERT_TRUE(other.begin());
    run(other, "INSERT INTO sessions VALUES ('other gone')");
    other.rollback();
    EXPECT_EQ(marker(mine), second);

    // A write of the other connection outside a transaction moves it too.
    run(other, "UPDATE sessions SET token = 'C' WHERE token = 'c'");
    const std::int64_t third = marker(mine);
    EXPECT_NE(third, second);

    // The other commits, then mine commits before looking: the other's change is still seen.
    write_in_transaction(other, "e");
    write_in_transaction(mine, "f");
    const std::int64_t fourth = marker(mine);
    EXPECT_NE(fourth, third);
    write_in_transaction(mine, "g");
    EXPECT_EQ(marker(mine), fourth);
    EXPECT_EQ(count_rows("sessions"), 6);
}

}  // namespace
}  // namespace parindex
