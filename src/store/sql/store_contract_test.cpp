// The store contract: what every Store must do, whatever the engine. It runs on SQLite here;
// another engine joins by adding its factory to engines() in store_test_engines.hpp.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/sql/sql_store.hpp"
#include "store/store_test_engines.hpp"

namespace parindex {
namespace {

Unit unit(std::string key, std::string name, UnitKind kind = UnitKind::unit) {
    return Unit{std::move(key), std::move(name), kind, false};
}

PlanNode area(std::string code) {
    PlanNode node;
    node.code = std::move(code);
    node.kind = NodeKind::area;
    node.title = "Lĩnh vực " + node.code;
    return node;
}

PlanNode task(std::string code, std::vector<Target> targets) {
    PlanNode node;
    node.code = std::move(code);
    node.kind = NodeKind::task;
    node.title = "Nhiệm vụ " + node.code;
    node.requirement = "Yêu cầu của " + node.code;
    node.deadline = Deadline{DeadlineKind::before_date, *CivilDate::create(2025, 12, 31)};
    node.deadline_text = "Trước ngày 31/12/2025";
    node.lead_units = {"vp", "tt"};
    node.coordinating_units = {"all"};
    node.targets = std::move(targets);
    node.source_line = 42;
    return node;
}

Plan sample_plan() {
    Plan plan;
    plan.info.year = 2025;
    plan.info.title = "Về việc duy trì, cải thiện Chỉ số CCHC";
    plan.info.issuing_body = "UBND phường Bắc Kạn";
    plan.info.number = "15/KH-UBND";
    plan.info.issued_on = CivilDate::create(2025, 9, 15);
    plan.info.place_and_date = "Bắc Kạn, ngày 15 tháng 9 năm 2025";
    plan.info.signer_title = "CHỦ TỊCH";
    plan.info.signer_name = "Đình Huy Hoàng";
    PlanNode group;
    group.code = "3.2";
    group.kind = NodeKind::group;
    group.title = "Kết quả giải quyết TTHC";
    plan.nodes = {area("III"), group,
                  task("3.2.1", {Target{"Tỷ lệ hồ sơ đúng hạn", Comparator::greater, 90.0, "%",
                                        std::nullopt, TargetOrigin::extracted}}),
                  task("3.2.2", {Target{"Chi ngân sách", Comparator::decrease, std::nullopt, "",
                                        2024, TargetOrigin::edited},
                                 Target{"Hoàn thành", Comparator::qualitative, std::nullopt, "",
                                        std::nullopt, TargetOrigin::extracted}})};
    return plan;
}

class StoreContract : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override {
        if (const std::string why = GetParam().unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_store = GetParam().open(m_folder.path());
        ASSERT_NE(m_store, nullptr);
        ASSERT_TRUE(m_store->transaction([&] {
            return m_store->units().save_units({unit("vp", "Văn phòng HĐND và UBND"),
                                                unit("tt", "Trung tâm Phục vụ hành chính công"),
                                                unit("all", "Các cơ quan", UnitKind::group)});
        }));
    }

    void TearDown() override { m_store.reset(); }

    Result<std::optional<Plan>> find(int year) {
        std::optional<Plan> found;
        PARINDEX_TRY(m_store->transaction([&]() -> Result<void> {
            PARINDEX_TRY_ASSIGN(plan, m_store->plans().find_plan(year));
            found = std::move(plan);
            return {};
        }));
        return found;
    }

    Result<void> save(const Plan& plan) {
        return m_store->transaction([&] { return m_store->plans().save_plan(plan); });
    }

    ScratchFolder m_folder{"parindex-store"};
    std::unique_ptr<Store> m_store;
};

TEST_P(StoreContract, ListsUnitsInTheOrderTheyWereAddedAndUpdatesByKey) {
    ASSERT_TRUE(m_store->transaction([&] {
        return m_store->units().save_units(
            {unit("tt", "Trung tâm PVHCC"), unit("kt", "Phòng Kinh tế")});
    }));
    std::vector<Unit> units;
    ASSERT_TRUE(m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(list, m_store->units().list_units());
        units = std::move(list);
        return {};
    }));
    ASSERT_EQ(units.size(), 4U);
    EXPECT_EQ(units[1].name, "Trung tâm PVHCC");
    EXPECT_EQ(units[2].kind, UnitKind::group);
    EXPECT_EQ(units[3].key, "kt");
}

TEST_P(StoreContract, SavesAndFindsAPlanWithEveryField) {
    const Plan plan = sample_plan();
    ASSERT_TRUE(save(plan));
    auto found = find(2025);
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->info, plan.info);
    EXPECT_EQ((*found)->nodes, plan.nodes);
}

TEST_P(StoreContract, FindsNothingForAnotherYear) {
    ASSERT_TRUE(save(sample_plan()));
    auto found = find(2024);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
}

TEST_P(StoreContract, ListsPlanYears) {
    Plan older = sample_plan();
    older.info.year = 2024;
    ASSERT_TRUE(save(sample_plan()));
    ASSERT_TRUE(save(older));
    std::vector<int> years;
    ASSERT_TRUE(m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(list, m_store->plans().list_plan_years());
        years = std::move(list);
        return {};
    }));
    EXPECT_EQ(years, (std::vector<int>{2024, 2025}));
}

TEST_P(StoreContract, SavingAChangedPlanAddsChangesAndRemovesNodes) {
    ASSERT_TRUE(save(sample_plan()));
    Plan changed = sample_plan();
    changed.nodes.erase(changed.nodes.begin() + 3);  // 3.2.2 goes
    changed.nodes[2].targets.push_back(Target{"Xin lỗi", Comparator::greater_or_equal, 100.0, "%",
                                              std::nullopt, TargetOrigin::extracted});
    changed.nodes[2].lead_units = {"tt"};
    changed.nodes.push_back(task("3.2.3", {}));
    changed.info.number = "16/KH-UBND";
    ASSERT_TRUE(save(changed));
    auto found = find(2025);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->info, changed.info);
    EXPECT_EQ((*found)->nodes, changed.nodes);
}

TEST_P(StoreContract, AFailedTransactionLeavesNothingBehind) {
    ASSERT_TRUE(save(sample_plan()));
    Plan changed = sample_plan();
    changed.nodes[2].title = "Đổi tên";
    auto result = m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY(m_store->plans().save_plan(changed));
        return fail(ErrorCode::conflict, Label::error_internal, {"stop"});
    });
    EXPECT_FALSE(result);
    auto found = find(2025);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->nodes[2].title, "Nhiệm vụ 3.2.1");
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreContract, testing::ValuesIn(engines()),
                         [](const testing::TestParamInfo<Engine>& engine) {
                             return engine.param.name;
                         });

// SQLite only: file-level behaviour.
class SqlStoreFile : public testing::Test {
  protected:
    void SetUp() override {
        m_path = std::filesystem::temp_directory_path() /
                 ("parindex-sqlite-" + std::to_string(::getpid()) + "-" +
                  testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        std::filesystem::remove(m_path);
    }
    void TearDown() override {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path.string() + suffix);
        }
    }

    std::int64_t node_id(const std::string& code) {
        sqlite3* db = nullptr;
        sqlite3_open(m_path.c_str(), &db);
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT id FROM plan_nodes WHERE code = ?", -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, code.c_str(), -1, SQLITE_TRANSIENT);
        const std::int64_t id =
            sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return id;
    }

    std::filesystem::path m_path;
};

TEST_F(SqlStoreFile, MigratesOnceAndReopens) {
    {
        auto store = open_sqlite_store(m_path.string());
        ASSERT_TRUE(store) << describe(store.error());
        auto version = (*store)->schema_version();
        ASSERT_TRUE(version);
        EXPECT_EQ(*version, 5);
    }
    auto reopened = open_sqlite_store(m_path.string());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(*(*reopened)->schema_version(), 5);
}

TEST_F(SqlStoreFile, RefusesADatabaseFromANewerParindex) {
    ASSERT_TRUE(open_sqlite_store(m_path.string()));
    sqlite3* db = nullptr;
    sqlite3_open(m_path.c_str(), &db);
    sqlite3_exec(db, "INSERT INTO schema_migrations (version, name) VALUES (99, 'future')", nullptr,
                 nullptr, nullptr);
    sqlite3_close(db);
    auto store = open_sqlite_store(m_path.string());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().detail.message, Label::error_database_newer);
}

TEST_F(SqlStoreFile, ReportsAFileThatIsNotADatabase) {
    {
        std::FILE* file = std::fopen(m_path.c_str(), "w");
        std::fputs("không phải cơ sở dữ liệu, chỉ là chữ", file);
        std::fclose(file);
    }
    auto store = open_sqlite_store(m_path.string());
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::storage);
}

TEST_F(SqlStoreFile, NodesThatStayKeepTheirRowIds) {
    auto store = open_sqlite_store(m_path.string());
    ASSERT_TRUE(store);
    auto& s = **store;
    ASSERT_TRUE(s.transaction([&] {
        return s.units().save_units(
            {unit("vp", "VP"), unit("tt", "TT"), unit("all", "Tất cả", UnitKind::group)});
    }));
    ASSERT_TRUE(s.transaction([&] { return s.plans().save_plan(sample_plan()); }));
    const std::int64_t before = node_id("3.2.1");
    Plan changed = sample_plan();
    changed.nodes[2].requirement = "Yêu cầu mới";
    changed.nodes.insert(changed.nodes.begin() + 2, task("3.2.0", {}));
    ASSERT_TRUE(s.transaction([&] { return s.plans().save_plan(changed); }));
    EXPECT_EQ(node_id("3.2.1"), before);
    EXPECT_GT(before, 0);
}

}  // namespace
}  // namespace parindex
