// The score store contract: each year's methodology, the appraisal results per criterion and the
// values entered for criteria, whatever the engine; then, on SQLite only, what the file holds.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/sql/sql_store.hpp"
#include "store/store_test_engines.hpp"

namespace parindex {
namespace {

StoredMethodology methodology(int year, std::string text) {
    return StoredMethodology{year, std::move(text),
                             "phuong-par-index-" + std::to_string(year) + ".yaml",
                             "2025-02-10T02:00:00Z", "quantri"};
}

// A result with every field given; `points` tells the rows apart.
CriterionResult result(std::string code, double points) {
    CriterionResult made;
    made.code = std::move(code);
    made.max_points = 2.0;
    made.self_points = points;
    made.self_explanation = "Đã ban hành kế hoạch đúng hạn";
    made.appraised_points = points - 0.25;
    made.appraisal_comment = "Thiếu tài liệu kiểm chứng";
    made.ward_explanation = "Bổ sung Quyết định số 12/QĐ-UBND";
    made.final_points = points - 0.5;
    made.updated_at = "2025-11-03T08:00:00Z";
    made.updated_by = "dieuphoi";
    return made;
}

CriterionEntry entry(std::string code, double value, std::string note = "Kết quả khảo sát SIPAS") {
    return CriterionEntry{std::move(code), value, std::move(note), "2025-10-15T07:30:00Z",
                          "dieuphoi"};
}

void expect_same_methodology(const StoredMethodology& found, const StoredMethodology& expected) {
    EXPECT_EQ(found.year, expected.year);
    EXPECT_EQ(found.text, expected.text);
    EXPECT_EQ(found.source_name, expected.source_name);
    EXPECT_EQ(found.imported_at, expected.imported_at);
    EXPECT_EQ(found.imported_by, expected.imported_by);
}

void expect_same_result(const CriterionResult& found, const CriterionResult& expected) {
    EXPECT_EQ(found.code, expected.code);
    EXPECT_EQ(found.max_points, expected.max_points);
    EXPECT_EQ(found.self_points, expected.self_points);
    EXPECT_EQ(found.self_explanation, expected.self_explanation);
    EXPECT_EQ(found.appraised_points, expected.appraised_points);
    EXPECT_EQ(found.appraisal_comment, expected.appraisal_comment);
    EXPECT_EQ(found.ward_explanation, expected.ward_explanation);
    EXPECT_EQ(found.final_points, expected.final_points);
    EXPECT_EQ(found.updated_at, expected.updated_at);
    EXPECT_EQ(found.updated_by, expected.updated_by);
    EXPECT_TRUE(found == expected) << "for " << expected.code;
}

void expect_same_results(const std::vector<CriterionResult>& found,
                         const std::vector<CriterionResult>& expected) {
    ASSERT_EQ(found.size(), expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        expect_same_result(found[i], expected[i]);
    }
}

void expect_same_entries(const std::vector<CriterionEntry>& found,
                         const std::vector<CriterionEntry>& expected) {
    ASSERT_EQ(found.size(), expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        EXPECT_EQ(found[i].code, expected[i].code);
        EXPECT_EQ(found[i].value, expected[i].value);
        EXPECT_EQ(found[i].note, expected[i].note);
        EXPECT_EQ(found[i].entered_at, expected[i].entered_at);
        EXPECT_EQ(found[i].entered_by, expected[i].entered_by);
        EXPECT_TRUE(found[i] == expected[i]) << "for " << expected[i].code;
    }
}

class ScoreContract : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override {
        if (const std::string why = GetParam().unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_store = GetParam().open(m_folder.path());
        ASSERT_NE(m_store, nullptr);
    }

    void TearDown() override { m_store.reset(); }

    // Runs one repository call in its own transaction and hands back its result.
    template <class Work>
    auto run(Work work) {
        return in_transaction(*m_store, work);
    }

    Result<std::optional<StoredMethodology>> find(int year) {
        return run([&] { return m_store->scores().find_methodology(year); });
    }
    Result<std::vector<CriterionResult>> results(int year) {
        return run([&] { return m_store->scores().list_results(year); });
    }
    Result<std::vector<CriterionEntry>> entries(int year) {
        return run([&] { return m_store->scores().list_entries(year); });
    }

    ScratchFolder m_folder{"parindex-score"};
    std::unique_ptr<WorkflowStore> m_store;
};

// Methodologies

TEST_P(ScoreContract, SavesFindsAndReplacesAYearsMethodology) {
    const StoredMethodology first = methodology(2025, "year: 2025\nareas:\n  - code: I\n");
    const StoredMethodology last_year = methodology(2024, "year: 2024\n");
    ASSERT_TRUE(run([&] { return m_store->scores().save_methodology(first); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_methodology(last_year); }));

    auto found = find(2025);
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_TRUE(found->has_value());
    expect_same_methodology(**found, first);

    StoredMethodology second = methodology(2025, "year: 2025\n# sửa tiêu chí 3.2.1\n");
    second.source_name = "phuong-par-index-2025-sua.yaml";
    second.imported_at = "2025-03-01T01:00:00Z";
    second.imported_by = "dieuphoi";
    ASSERT_TRUE(run([&] { return m_store->scores().save_methodology(second); }));
    found = find(2025);
    ASSERT_TRUE(found && found->has_value());
    expect_same_methodology(**found, second);

    // Replacing one year's methodology leaves the other's as it was.
    found = find(2024);
    ASSERT_TRUE(found && found->has_value());
    expect_same_methodology(**found, last_year);
}

TEST_P(ScoreContract, FindsNoMethodologyForAYearWithout) {
    auto found = find(2025);
    ASSERT_TRUE(found) << describe(found.error());
    EXPECT_FALSE(found->has_value());

    ASSERT_TRUE(run([&] { return m_store->scores().save_methodology(methodology(2025, "x")); }));
    found = find(2026);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
}

// Appraisal results

// Text order, as SQL compares strings: "3.10" before "3.2.1"; the score tree puts rows in the
// methodology's order.
TEST_P(ScoreContract, ListsAYearsResultsInTextOrderOfCode) {
    const std::vector<CriterionResult> saved = {result("I", 1.0), result("3.2.1", 1.5),
                                                result("10.1", 0.75), result("3.10", 2.0)};
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, saved); }));
    auto listed = results(2025);
    ASSERT_TRUE(listed) << describe(listed.error());
    expect_same_results(*listed, {saved[2], saved[3], saved[1], saved[0]});
}

TEST_P(ScoreContract, SavingResultsReplacesTheSameCodesAndKeepsTheOthers) {
    const CriterionResult kept = result("3.2.2", 1.0);
    const CriterionResult old = result("3.2.1", 1.5);
    const CriterionResult last_year = result("3.2.1", 0.5);
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {kept, old}); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2024, {last_year}); }));

    CriterionResult changed = result("3.2.1", 2.0);
    changed.appraisal_comment = "Đạt";
    changed.updated_at = "2025-11-20T09:00:00Z";
    changed.updated_by = "quantri";
    const CriterionResult added = result("I", 0.25);
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {changed, added}); }));

    auto listed = results(2025);
    ASSERT_TRUE(listed) << describe(listed.error());
    expect_same_results(*listed, {changed, kept, added});
    // Another year with the same code is another row.
    listed = results(2024);
    ASSERT_TRUE(listed);
    expect_same_results(*listed, {last_year});
    listed = results(2026);
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
}

TEST_P(ScoreContract, NumbersNotGivenComeBackAsNothingAndZeroAsZero) {
    CriterionResult open;
    open.code = "8.1.1";
    CriterionResult zero = result("8.1.2", 0.0);
    zero.max_points = 0.0;
    zero.appraised_points = 0.0;
    zero.final_points = 0.0;
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {open, zero}); }));
    auto listed = results(2025);
    ASSERT_TRUE(listed) << describe(listed.error());
    ASSERT_EQ(listed->size(), 2U);
    expect_same_results(*listed, {open, zero});
    EXPECT_FALSE((*listed)[0].max_points.has_value());
    EXPECT_FALSE((*listed)[0].self_points.has_value());
    EXPECT_FALSE((*listed)[0].appraised_points.has_value());
    EXPECT_FALSE((*listed)[0].final_points.has_value());
    EXPECT_EQ((*listed)[1].self_points, std::optional<double>{0.0});
    EXPECT_EQ((*listed)[1].final_points, std::optional<double>{0.0});

    // A number taken back by a later save is gone, not left at its old value.
    CriterionResult withdrawn = result("8.1.2", 1.0);
    withdrawn.appraised_points.reset();
    withdrawn.final_points.reset();
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {withdrawn}); }));
    listed = results(2025);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2U);
    expect_same_result((*listed)[1], withdrawn);
    EXPECT_FALSE((*listed)[1].final_points.has_value());
}

TEST_P(ScoreContract, SavingNoResultsChangesNothing) {
    const CriterionResult saved = result("3.2.1", 1.5);
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {saved}); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {}); }));
    auto listed = results(2025);
    ASSERT_TRUE(listed);
    expect_same_results(*listed, {saved});
}

// Entered values

TEST_P(ScoreContract, SavesReplacesAndDeletesEntries) {
    const CriterionEntry survey = entry("8.1.1", 86.4);
    const CriterionEntry count = entry("2.3", 3.0, "03 cuộc kiểm tra");
    const CriterionEntry last_year = entry("8.1.1", 80.0);
    ASSERT_TRUE(run([&] { return m_store->scores().save_entry(2025, survey); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_entry(2025, count); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_entry(2024, last_year); }));

    auto listed = entries(2025);
    ASSERT_TRUE(listed) << describe(listed.error());
    expect_same_entries(*listed, {count, survey});

    CriterionEntry corrected = entry("8.1.1", 88.25, "");
    corrected.entered_at = "2025-10-20T03:00:00Z";
    corrected.entered_by = "quantri";
    ASSERT_TRUE(run([&] { return m_store->scores().save_entry(2025, corrected); }));
    listed = entries(2025);
    ASSERT_TRUE(listed);
    expect_same_entries(*listed, {count, corrected});

    ASSERT_TRUE(run([&] { return m_store->scores().delete_entry(2025, "2.3"); }));
    // Deleting what is not there is harmless.
    ASSERT_TRUE(run([&] { return m_store->scores().delete_entry(2025, "2.3"); }));
    ASSERT_TRUE(run([&] { return m_store->scores().delete_entry(2025, "9.9"); }));
    listed = entries(2025);
    ASSERT_TRUE(listed);
    expect_same_entries(*listed, {corrected});

    // The other year kept its entry through the replace and the deletes.
    listed = entries(2024);
    ASSERT_TRUE(listed);
    expect_same_entries(*listed, {last_year});
    ASSERT_TRUE(run([&] { return m_store->scores().delete_entry(2024, "8.1.1"); }));
    listed = entries(2024);
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
    listed = entries(2025);
    ASSERT_TRUE(listed);
    expect_same_entries(*listed, {corrected});
}

// Transactions

TEST_P(ScoreContract, AFailedTransactionSavesNothing) {
    const StoredMethodology before = methodology(2025, "year: 2025\n");
    const CriterionResult result_before = result("3.2.1", 1.5);
    const CriterionEntry entry_before = entry("8.1.1", 86.4);
    ASSERT_TRUE(run([&] { return m_store->scores().save_methodology(before); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_results(2025, {result_before}); }));
    ASSERT_TRUE(run([&] { return m_store->scores().save_entry(2025, entry_before); }));

    const StoredMethodology replacing = methodology(2025, "year: 2025\n# mới\n");
    const StoredMethodology new_year = methodology(2026, "year: 2026\n");
    const std::vector<CriterionResult> new_results = {result("3.2.1", 0.0), result("I", 1.0)};
    const CriterionEntry new_entry = entry("8.1.2", 90.0);
    auto failed = m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY(m_store->scores().save_methodology(replacing));
        PARINDEX_TRY(m_store->scores().save_methodology(new_year));
        PARINDEX_TRY(m_store->scores().save_results(2025, new_results));
        PARINDEX_TRY(m_store->scores().save_entry(2025, new_entry));
        PARINDEX_TRY(m_store->scores().delete_entry(2025, "8.1.1"));
        return fail(ErrorCode::conflict, Label::error_internal, {"stop"});
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::conflict);

    auto found = find(2025);
    ASSERT_TRUE(found && found->has_value());
    expect_same_methodology(**found, before);
    found = find(2026);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
    auto listed_results = results(2025);
    ASSERT_TRUE(listed_results);
    expect_same_results(*listed_results, {result_before});
    auto listed_entries = entries(2025);
    ASSERT_TRUE(listed_entries);
    expect_same_entries(*listed_entries, {entry_before});
}

INSTANTIATE_TEST_SUITE_P(Engines, ScoreContract, testing::ValuesIn(engines()),
                         [](const testing::TestParamInfo<Engine>& engine) {
                             return engine.param.name;
                         });

// SQLite only: what the file holds.
class SqliteScoreFile : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = open_sqlite_store(path());
        ASSERT_TRUE(opened) << describe(opened.error());
        m_store = std::move(*opened);
    }

    [[nodiscard]] std::string path() const { return (m_folder.path() / "parindex.db").string(); }

    // Counts with a query of its own connection, behind the store's back.
    [[nodiscard]] std::int64_t count(const char* sql) const {
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK)
            << sqlite3_errmsg(db);
        const std::int64_t counted =
            sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return counted;
    }

    ScratchFolder m_folder{"parindex-sqlite-score"};
    std::unique_ptr<SqlStore> m_store;
};

TEST_F(SqliteScoreFile, TheScoreMigrationIsApplied) {
    auto version = m_store->schema_version();
    ASSERT_TRUE(version) << describe(version.error());
    EXPECT_GE(*version, 4);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    "('methodologies', 'criterion_results', 'criterion_entries')"),
              3);
}

TEST_F(SqliteScoreFile, ANumberNotGivenIsStoredAsNull) {
    CriterionResult open;
    open.code = "8.1.1";
    open.self_points = 0.0;
    ASSERT_TRUE(m_store->transaction(
        [&]() -> Result<void> { return m_store->scores().save_results(2025, {open}); }));
    EXPECT_EQ(count("SELECT count(*) FROM criterion_results WHERE year = 2025 AND code = '8.1.1' "
                    "AND max_points IS NULL AND appraised_points IS NULL AND final_points IS NULL "
                    "AND self_points = 0.0"),
              1);
}

}  // namespace
}  // namespace parindex
