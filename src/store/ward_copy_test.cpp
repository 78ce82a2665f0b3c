// copy_ward between engines: every table and value arrives as it was (reals to the last bit,
// text with tabs, newlines and backslashes, NULLs), a PostgreSQL target's identity sequences
// follow the copied ids, a target with data is refused unless replaced, and a failed copy leaves
// the target as it was.
#include "store/ward_copy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "store/store_test_engines.hpp"

namespace parindex {
namespace {

// Rows in most tables, in SQL both engines accept. The plan's body holds a tab, a newline and a
// backslash, which COPY's text format must escape; the target's value is the shortest double
// that is not 0.3.
constexpr std::string_view k_ward_rows =
    "INSERT INTO units (id, unit_key, name, kind, is_coordinator) VALUES "
    "(3, 'phong van hoa - xa hoi', 'Phòng Văn hóa - Xã hội', 'unit', 1);"
    "INSERT INTO plans (id, year, title, issued_on, body) VALUES "
    "(7, 2025, 'Kế hoạch năm 2025', NULL, 'Đoạn 1\tcột\nĐoạn 2 \\ hết');"
    "INSERT INTO plan_nodes (id, plan_id, code, position, kind, title) VALUES "
    "(11, 7, 'I', 1, 'area', 'Lĩnh vực I'), (12, 7, '1.1', 2, 'task', 'Niêm yết thủ tục');"
    "INSERT INTO assignments (node_id, unit_id, role, position) VALUES (12, 3, 'lead', 0);"
    "INSERT INTO targets (id, node_id, position, label, comparator, value, origin) VALUES "
    "(5, 12, 0, 'Tỷ lệ', '>=', 0.30000000000000004, 'extracted');"
    "INSERT INTO users (id, username, display_name, role, password_hash) VALUES "
    "(4, 'an', 'Nguyễn An', 'admin', 'x'), (9, 'binh', 'Trần Bình', 'viewer', 'y');"
    "INSERT INTO dossier_units (id, code, plan_unit_key) VALUES "
    "(2, 'P-VHXH', 'phong van hoa - xa hoi');"
    "INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, received, due, "
    "due_derived, ended, returned, apologised, supplement_requests, paused_days, paid_online, "
    "digitised, reused, electronic_result, complained) VALUES "
    "('H01.2025', 2, 1, 1, 1, 20250301, 20250310, 0, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0),"
    "('H02.2025', 2, 1, 2, 3, 20250302, 20250311, 1, 20250305, 20250306, NULL, 1, 2, 1, 1, 0, "
    "1, 0);"
    "INSERT INTO criterion_results (year, code, max_points, self_points) VALUES "
    "(2024, 'I', 2.5, NULL);";

std::unique_ptr<SqlStore> as_sql_store(std::unique_ptr<WorkflowStore> store) {
    auto* sql = dynamic_cast<SqlStore*>(store.get());
    if (sql == nullptr) {
        ADD_FAILURE() << "not an SQL store";
        return nullptr;
    }
    (void)store.release();
    return std::unique_ptr<SqlStore>(sql);
}

std::unique_ptr<SqlStore> open_engine(std::string_view engine, const std::filesystem::path& file) {
    if (engine == "sqlite") {
        auto store = open_sqlite_store(file.string());
        EXPECT_TRUE(store) << describe(store.error());
        return store ? std::move(*store) : nullptr;
    }
    return as_sql_store(TestWards::instance().open_new());
}

// Runs the statements one by one, each committed by itself (a PRAGMA must not be in a
// transaction).
void run_sql(SqlStore& store, std::string_view sql) {
    auto done = store.with_connection(
        [&](SqlConnection& connection) -> Result<void> { return connection.execute(sql); });
    ASSERT_TRUE(done) << describe(done.error());
}

// The first column of the query's first row as text, "NULL" for a NULL.
std::string first_value(SqlStore& store, std::string_view sql) {
    std::string value = "(no row)";
    auto done = store.with_connection([&](SqlConnection& connection) -> Result<void> {
        PARINDEX_TRY_ASSIGN(statement, connection.prepare(sql));
        PARINDEX_TRY_ASSIGN(row, statement.step());
        if (row) {
            value = statement.is_null(0) ? "NULL" : statement.text(0);
        }
        statement.reset();
        return {};
    });
    EXPECT_TRUE(done) << describe(done.error());
    return value;
}

double first_real(SqlStore& store, std::string_view sql) {
    double value = -1;
    auto done = store.with_connection([&](SqlConnection& connection) -> Result<void> {
        PARINDEX_TRY_ASSIGN(statement, connection.prepare(sql));
        PARINDEX_TRY_ASSIGN(row, statement.step());
        value = row ? statement.real(0) : -1;
        statement.reset();
        return {};
    });
    EXPECT_TRUE(done) << describe(done.error());
    return value;
}

std::map<std::string, std::int64_t> counts_of(SqlStore& store) {
    auto counts = count_ward_rows(store);
    EXPECT_TRUE(counts) << describe(counts.error());
    std::map<std::string, std::int64_t> by_table;
    for (const TableRowCount& table : counts ? *counts : std::vector<TableRowCount>{}) {
        by_table[table.table] = table.rows;
    }
    return by_table;
}

// A copy from one engine to another: source and target engine, "sqlite" or "postgresql".
struct Direction {
    const char* source;
    const char* target;
};

void PrintTo(const Direction& direction, std::ostream* out) {
    *out << direction.source << "_to_" << direction.target;
}

class WardCopyTest : public testing::TestWithParam<Direction> {
  protected:
    void SetUp() override {
        const bool needs_postgresql = std::string_view(GetParam().source) == "postgresql" ||
                                      std::string_view(GetParam().target) == "postgresql";
        if (needs_postgresql && test_postgres_url().empty()) {
            GTEST_SKIP() << "PARINDEX_TEST_POSTGRES is not set: run under ctest";
        }
        m_source = open_engine(GetParam().source, m_folder.path() / "source.db");
        m_target = open_engine(GetParam().target, m_folder.path() / "target.db");
        ASSERT_TRUE(m_source && m_target);
        run_sql(*m_source, k_ward_rows);
    }

    [[nodiscard]] bool target_is_postgresql() const {
        return std::string_view(GetParam().target) == "postgresql";
    }

    ScratchFolder m_folder{"ward-copy"};
    std::unique_ptr<SqlStore> m_source;
    std::unique_ptr<SqlStore> m_target;
};

TEST_P(WardCopyTest, CopiesEveryTableAndValueAsItWas) {
    auto report = copy_ward(*m_source, *m_target, {false, "nguồn", "đích"});
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->total_rows(), 12);
    EXPECT_EQ(counts_of(*m_target), counts_of(*m_source));
    // Parents before children, whatever order the catalogue lists them in.
    const auto position = [&](std::string_view table) {
        return std::find_if(report->tables.begin(), report->tables.end(),
                            [&](const TableRowCount& t) { return t.table == table; }) -
               report->tables.begin();
    };
    EXPECT_LT(position("plans"), position("plan_nodes"));
    EXPECT_LT(position("plan_nodes"), position("assignments"));
    EXPECT_LT(position("units"), position("dossier_units"));
    EXPECT_EQ(std::find_if(report->tables.begin(), report->tables.end(),
                           [](const TableRowCount& t) {
                               return t.table == "schema_migrations" || t.table == "store_revision";
                           }),
              report->tables.end());

    EXPECT_EQ(first_value(*m_target, "SELECT body FROM plans WHERE id = 7"),
              "Đoạn 1\tcột\nĐoạn 2 \\ hết");
    EXPECT_EQ(first_value(*m_target, "SELECT issued_on FROM plans WHERE id = 7"), "NULL");
    EXPECT_EQ(first_real(*m_target, "SELECT value FROM targets WHERE id = 5"), 0.30000000000000004);
    EXPECT_EQ(first_value(*m_target, "SELECT self_points FROM criterion_results"), "NULL");
    EXPECT_EQ(first_real(*m_target, "SELECT max_points FROM criterion_results"), 2.5);
    EXPECT_EQ(first_value(*m_target, "SELECT ended FROM dossiers WHERE code = 'H02.2025'"),
              "20250305");
    EXPECT_EQ(first_value(*m_target, "SELECT display_name FROM users WHERE id = 9"), "Trần Bình");
}

TEST_P(WardCopyTest, NewRowsTakeIdsAfterTheCopiedOnes) {
    ASSERT_TRUE(copy_ward(*m_source, *m_target));
    run_sql(*m_target,
            "INSERT INTO users (username, display_name, role, password_hash) "
            "VALUES ('chau', 'Lê Châu', 'viewer', 'z')");
    EXPECT_EQ(first_value(*m_target, "SELECT id FROM users WHERE username = 'chau'"), "10");
}

TEST_P(WardCopyTest, RefusesATargetWithDataUnlessReplaced) {
    run_sql(*m_target,
            "INSERT INTO users (id, username, display_name, role, password_hash) "
            "VALUES (1, 'cu', 'Tài khoản cũ', 'admin', 'h')");
    auto refused = copy_ward(*m_source, *m_target, {false, "nguồn", "phường “bac-kan”"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::conflict);
    EXPECT_EQ(refused.error().detail.message, Label::error_copy_target_not_empty);
    EXPECT_NE(describe(refused.error()).find("phường “bac-kan”"), std::string::npos);
    EXPECT_NE(describe(refused.error()).find("users: 1"), std::string::npos);
    EXPECT_EQ(first_value(*m_target, "SELECT COUNT(*) FROM users"), "1");
    EXPECT_EQ(ensure_copy_target_empty(*m_target, "x").error().detail.message,
              Label::error_copy_target_not_empty);

    auto replaced = copy_ward(*m_source, *m_target, {true, "nguồn", "đích"});
    ASSERT_TRUE(replaced) << describe(replaced.error());
    EXPECT_EQ(counts_of(*m_target), counts_of(*m_source));
    EXPECT_EQ(first_value(*m_target, "SELECT COUNT(*) FROM users WHERE username = 'cu'"), "0");
}

TEST_P(WardCopyTest, TheCalendarAloneDoesNotMakeATargetOccupied) {
    run_sql(*m_target,
            "INSERT INTO calendar_days (day, kind, name) VALUES (20250902, "
            "'holiday', 'Quốc khánh')");
    EXPECT_TRUE(ensure_copy_target_empty(*m_target, "đích"));
    auto report = copy_ward(*m_source, *m_target);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(first_value(*m_target, "SELECT COUNT(*) FROM calendar_days"), "0");
}

TEST_P(WardCopyTest, ATableOnlyOneSideHasIsRefusedNotSkipped) {
    run_sql(*m_source, "CREATE TABLE survey_answers (id INTEGER PRIMARY KEY, answer TEXT)");
    auto refused = copy_ward(*m_source, *m_target, {false, "tệp nguồn.db", "đích"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().detail.message, Label::error_copy_tables_differ);
    EXPECT_NE(describe(refused.error()).find("survey_answers"), std::string::npos);
    EXPECT_EQ(first_value(*m_target, "SELECT COUNT(*) FROM users"), "0");
}

TEST_P(WardCopyTest, AColumnOnlyOneSideHasIsRefused) {
    run_sql(*m_source, "ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT ''");
    auto refused = copy_ward(*m_source, *m_target);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().detail.message, Label::error_copy_columns_differ);
    EXPECT_NE(describe(refused.error()).find("phone"), std::string::npos);
}

TEST_P(WardCopyTest, AFailedCopyLeavesTheTargetAsItWas) {
    run_sql(*m_target,
            "INSERT INTO users (id, username, display_name, role, password_hash) "
            "VALUES (1, 'cu', 'Tài khoản cũ', 'admin', 'h')");
    // The target refuses one row of users, after the plan's tables have been copied.
    run_sql(*m_target,
            target_is_postgresql()
                ? "CREATE FUNCTION refuse_binh() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "IF NEW.username = 'binh' THEN RAISE EXCEPTION 'binh refused'; END IF; "
                  "RETURN NEW; END $$; CREATE TRIGGER refuse_binh BEFORE INSERT ON users "
                  "FOR EACH ROW EXECUTE FUNCTION refuse_binh()"
                : "CREATE TRIGGER refuse_binh BEFORE INSERT ON users WHEN NEW.username = 'binh' "
                  "BEGIN SELECT RAISE(ABORT, 'binh refused'); END");
    auto failed = copy_ward(*m_source, *m_target, {true, "nguồn", "đích"});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().detail.message, Label::error_copy_table);
    EXPECT_NE(describe(failed.error()).find("binh refused"), std::string::npos)
        << describe(failed.error());
    EXPECT_EQ(first_value(*m_target, "SELECT username FROM users"), "cu");
    EXPECT_EQ(first_value(*m_target, "SELECT COUNT(*) FROM plans"), "0");
}

TEST_P(WardCopyTest, RefusesDifferentSchemaVersionsAndTheSameStore) {
    auto same = copy_ward(*m_source, *m_source);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().detail.message, Label::error_copy_same_store);

    run_sql(*m_target, "INSERT INTO schema_migrations (version, name) VALUES (99, 'future')");
    auto refused = copy_ward(*m_source, *m_target, {false, "nguồn", "đích"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().detail.message, Label::error_copy_schema_version);
}

INSTANTIATE_TEST_SUITE_P(Engines, WardCopyTest,
                         testing::Values(Direction{"sqlite", "sqlite"},
                                         Direction{"sqlite", "postgresql"},
                                         Direction{"postgresql", "sqlite"},
                                         Direction{"postgresql", "postgresql"}),
                         [](const testing::TestParamInfo<Direction>& test) {
                             return std::string(test.param.source) + "_to_" + test.param.target;
                         });

}  // namespace
}  // namespace parindex
