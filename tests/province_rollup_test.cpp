// The province's roll-up over real SQLite stores, one file per ward: the seed plan in three wards
// (one with a year of generated dossiers), a fourth ward with nothing yet. Checks the ranking and
// its ties, the ward without a plan, the cache (a second ranking computes nothing again; a commit
// through another connection or a new day recomputes), the ranking by one indicator, and a ward
// whose store fails to open.
#include "app/province_rollup.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "cli/province_commands.hpp"
#include "cli_fixture.hpp"
#include "store/open_store.hpp"

namespace parindex {
namespace {

class SettableClock final : public Clock {
  public:
    [[nodiscard]] CivilDate today() const override { return m_today; }
    [[nodiscard]] std::string now() const override { return m_today.to_iso() + "T03:00:00Z"; }
    [[nodiscard]] std::string later(long /*seconds*/) const override {
        return m_today.to_iso() + "T04:00:00Z";
    }
    void set(CivilDate day) { m_today = day; }

  private:
    CivilDate m_today = *CivilDate::create(2025, 11, 20);
};

// Each ward a SQLite file `<code>.db` in one folder; counts the stores it opens; the codes in
// `broken` fail to open, as a ward whose schema is damaged would.
class FolderDeployment final : public Deployment {
  public:
    FolderDeployment(std::filesystem::path folder, std::vector<WardEntry> wards)
        : m_folder(std::move(folder)), m_wards(std::move(wards)) {}

    Result<std::vector<WardEntry>> list_wards() override { return m_wards; }
    Result<std::unique_ptr<WorkflowStore>> open_ward(const std::string& code) override {
        ++opened;
        if (broken.contains(code)) {
            return fail(ErrorCode::storage, Label::error_internal, {"schema " + code});
        }
        PARINDEX_TRY_ASSIGN(store, open_sqlite_store(path_of(code)));
        return std::unique_ptr<WorkflowStore>(std::move(store));
    }
    [[nodiscard]] bool has_province() const override { return false; }
    Result<std::unique_ptr<WorkflowStore>> open_province() override {
        return fail(ErrorCode::not_found, Label::error_ward_unknown, {"province"});
    }
    Result<void> add_ward(const WardEntry& ward) override {
        m_wards.push_back(ward);
        return {};
    }

    [[nodiscard]] std::string path_of(const std::string& code) const {
        return (m_folder / (code + ".db")).string();
    }

    std::atomic<int> opened{0};
    std::set<std::string> broken;

  private:
    std::filesystem::path m_folder;
    std::vector<WardEntry> m_wards;
};

// `parindex province …` as registered by register_province_commands, on its own command table.
CliRun province_cli(const std::string& database, std::vector<std::string> args) {
    std::ostringstream out;
    std::ostringstream err;
    CliContext context(out, err);
    context.database = database;
    CLI::App app("parindex");
    std::function<int()> chosen;
    register_province_commands(app, context, chosen);
    args.insert(args.begin(), "parindex");
    const std::vector<const char*> argv = argv_of(args);
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& error) {
        return {exit_usage, "", error.what()};
    }
    const int code = chosen ? chosen() : exit_usage;
    return {code, out.str(), err.str()};
}

class ProvinceRollupTest : public testing::Test {
  protected:
    void SetUp() override {
        m_folder = std::filesystem::temp_directory_path() /
                   ("parindex-province-" + std::to_string(::getpid()) + "-" +
                    testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_folder);
        std::filesystem::create_directories(m_folder);
        m_deployment = std::make_unique<FolderDeployment>(
            m_folder, std::vector<WardEntry>{{"an-binh", "Phường An Bình"},
                                             {"bac-son", "Phường Bắc Sơn"},
                                             {"cao-loc", "Phường Cao Lộc"},
                                             {"dong-dang", "Phường Đồng Đăng"}});
        for (const char* code : {"an-binh", "bac-son", "cao-loc"}) {
            const CliRun imported = run_cli_on(path(code), {"plan", "import", PARINDEX_SEED_PLAN});
            ASSERT_EQ(imported.exit_code, exit_ok) << imported.err;
        }
        ASSERT_TRUE(open_sqlite_store(path("dong-dang")));  // an empty store: no plan yet
        import_dossiers("an-binh");
        m_rollup = std::make_unique<ProvinceRollup>(*m_deployment, m_clock, counting_source());
    }
    void TearDown() override {
        m_rollup.reset();
        std::filesystem::remove_all(m_folder);
    }

    [[nodiscard]] std::string path(const std::string& code) const {
        return m_deployment->path_of(code);
    }

    // A year of generated dossiers, imported by the command line through its own connection.
    void import_dossiers(const std::string& code) {
        const std::string dossiers = (m_folder / "ho-so.csv").string();
        const std::string catalogue = (m_folder / "thu-tuc.csv").string();
        if (!std::filesystem::exists(dossiers)) {
            const CliRun generated = run_cli_on(
                path(code), {"gen", "dossiers", "--count", "600", "--seed", "7", "--year", "2025",
                             "--out", dossiers, "--catalogue", catalogue});
            ASSERT_EQ(generated.exit_code, exit_ok) << generated.err;
        }
        ASSERT_EQ(run_cli_on(path(code), {"procedures", "import", catalogue}).exit_code, exit_ok);
        const CliRun imported = run_cli_on(path(code), {"dossiers", "import", dossiers});
        ASSERT_TRUE(imported.exit_code == exit_ok || imported.exit_code == exit_invalid_input)
            << imported.err;
    }

    // The real methodology source, counting its calls: one per ward summary computed with a plan.
    MethodologySource counting_source() {
        return
            [this, source = stored_methodology_source()](WorkflowStore& store, const Plan& plan) {
                ++m_methodology_calls;
                return source(store, plan);
            };
    }

    std::vector<WardSummary> ranking() {
        auto wards = m_rollup->ranking();
        EXPECT_TRUE(wards) << describe(wards.error());
        return wards ? *wards : std::vector<WardSummary>{};
    }

    std::filesystem::path m_folder;
    std::unique_ptr<FolderDeployment> m_deployment;
    SettableClock m_clock;
    std::atomic<int> m_methodology_calls{0};
    std::unique_ptr<ProvinceRollup> m_rollup;
};

std::vector<std::string> codes_of(const std::vector<WardSummary>& wards) {
    std::vector<std::string> codes;
    for (const WardSummary& ward : wards) {
        codes.push_back(ward.code);
    }
    return codes;
}

const WardSummary& find(const std::vector<WardSummary>& wards, const std::string& code) {
    for (const WardSummary& ward : wards) {
        if (ward.code == code) {
            return ward;
        }
    }
    throw std::logic_error("no ward " + code);
}

TEST_F(ProvinceRollupTest, RanksByProjectedIndexWithTiesSharingARank) {
    const std::vector<WardSummary> wards = ranking();
    ASSERT_EQ(wards.size(), 4U);
    // The two wards with the same plan and no dossiers tie, in order of code; the ward without
    // a plan comes last, unranked.
    const WardSummary& bac_son = find(wards, "bac-son");
    const WardSummary& cao_loc = find(wards, "cao-loc");
    const WardSummary& an_binh = find(wards, "an-binh");
    ASSERT_TRUE(bac_son.index_projected && cao_loc.index_projected && an_binh.index_projected);
    EXPECT_EQ(*bac_son.index_projected, *cao_loc.index_projected);
    EXPECT_NE(*an_binh.index_projected, *bac_son.index_projected);
    EXPECT_EQ(bac_son.rank, cao_loc.rank);
    if (*an_binh.index_projected > *bac_son.index_projected) {
        EXPECT_EQ(codes_of(wards),
                  (std::vector<std::string>{"an-binh", "bac-son", "cao-loc", "dong-dang"}));
        EXPECT_EQ(an_binh.rank, 1);
        EXPECT_EQ(bac_son.rank, 2);
    } else {
        EXPECT_EQ(codes_of(wards),
                  (std::vector<std::string>{"bac-son", "cao-loc", "an-binh", "dong-dang"}));
        EXPECT_EQ(bac_son.rank, 1);
        EXPECT_EQ(an_binh.rank, 3);  // after two tied for first, as a league table counts
    }
    EXPECT_EQ(wards.back().rank, 0);
}

TEST_F(ProvinceRollupTest, SumsUpAWardAsItsReportWould) {
    const std::vector<WardSummary> wards = ranking();
    const WardSummary& an_binh = find(wards, "an-binh");
    // The name it is registered under, though its plan is Bắc Kạn's.
    EXPECT_EQ(an_binh.name, "Phường An Bình");
    EXPECT_EQ(an_binh.plan_year, 2025);
    EXPECT_EQ(an_binh.index_max, 100);
    EXPECT_TRUE(an_binh.index_now);
    EXPECT_TRUE(an_binh.template_methodology);
    EXPECT_GT(an_binh.tasks.total, 0);
    EXPECT_EQ(an_binh.tasks.total, an_binh.tasks.done + an_binh.tasks.on_track +
                                       an_binh.tasks.at_risk + an_binh.tasks.overdue);
    EXPECT_GT(an_binh.dossiers, 0);
    ASSERT_TRUE(an_binh.data_as_of);
    EXPECT_EQ(an_binh.data_as_of->year(), 2025);
    ASSERT_EQ(an_binh.indicators.size(), k_indicator_count);
    EXPECT_EQ(an_binh.indicators.front().code, "on_time_rate");
    EXPECT_EQ(an_binh.indicators.front().label, "Tỷ lệ hồ sơ giải quyết đúng hạn");
    EXPECT_EQ(an_binh.indicators.front().rate.denominator, an_binh.dossiers);
    EXPECT_TRUE(an_binh.error.empty());

    const WardSummary& bac_son = find(wards, "bac-son");
    EXPECT_EQ(bac_son.dossiers, 0);
    EXPECT_FALSE(bac_son.data_as_of);
    EXPECT_FALSE(bac_son.indicators.front().rate.percent());

    // No plan: the register's name, no index or tasks, its (empty) dossier figures still there.
    const WardSummary& dong_dang = find(wards, "dong-dang");
    EXPECT_EQ(dong_dang.name, "Phường Đồng Đăng");
    EXPECT_EQ(dong_dang.plan_year, 0);
    EXPECT_FALSE(dong_dang.index_projected);
    EXPECT_FALSE(dong_dang.index_max);
    EXPECT_EQ(dong_dang.tasks.total, 0);
    EXPECT_EQ(dong_dang.indicators.size(), k_indicator_count);
    EXPECT_TRUE(dong_dang.error.empty());
    EXPECT_EQ(ward_note(dong_dang), "Chưa có kế hoạch");
}

TEST_F(ProvinceRollupTest, ASecondRankingComputesNothingAgain) {
    const std::vector<WardSummary> first = ranking();
    EXPECT_EQ(m_methodology_calls, 3);  // the three wards with a plan
    EXPECT_EQ(m_deployment->opened, 4);
    const std::vector<WardSummary> second = ranking();
    auto one = m_rollup->ward("an-binh");
    ASSERT_TRUE(one) << describe(one.error());
    EXPECT_EQ(m_methodology_calls, 3);
    EXPECT_EQ(m_deployment->opened, 4);  // one store per ward, kept open
    EXPECT_EQ(codes_of(first), codes_of(second));
    EXPECT_EQ(one->rank, find(first, "an-binh").rank);
    EXPECT_EQ(one->index_projected, find(first, "an-binh").index_projected);
}

TEST_F(ProvinceRollupTest, RecomputesAWardAnotherConnectionChangedAndEveryWardOnANewDay) {
    ASSERT_EQ(find(ranking(), "bac-son").dossiers, 0);
    ASSERT_EQ(m_methodology_calls, 3);
    import_dossiers("bac-son");  // the command line commits to bac-son's file

    const std::vector<WardSummary> changed = ranking();
    EXPECT_EQ(m_methodology_calls, 4);  // bac-son only
    EXPECT_GT(find(changed, "bac-son").dossiers, 0);
    EXPECT_EQ(find(changed, "bac-son").dossiers, find(changed, "an-binh").dossiers);
    EXPECT_TRUE(find(changed, "bac-son").data_as_of);

    m_clock.set(*CivilDate::create(2025, 11, 21));
    (void)ranking();
    EXPECT_EQ(m_methodology_calls, 7);
    EXPECT_EQ(m_deployment->opened, 4);
}

TEST_F(ProvinceRollupTest, RanksByOneIndicatorWithTheWardsWhereItDoesNotApplyAfter) {
    import_dossiers("cao-loc");
    auto wards = m_rollup->ranking_by("on_time_rate");
    ASSERT_TRUE(wards) << describe(wards.error());
    ASSERT_EQ(wards->size(), 4U);
    // an-binh and cao-loc hold the same dossiers: tied first; the wards without any after.
    EXPECT_EQ(codes_of(*wards),
              (std::vector<std::string>{"an-binh", "cao-loc", "bac-son", "dong-dang"}));
    EXPECT_EQ((*wards)[0].rank, 1);
    EXPECT_EQ((*wards)[1].rank, 1);
    EXPECT_EQ((*wards)[2].rank, 0);
    EXPECT_EQ((*wards)[3].rank, 0);

    auto unknown = m_rollup->ranking_by("speed");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(unknown.error().detail.where.field, "by");
}

TEST_F(ProvinceRollupTest, AWardThatFailsToLoadIsListedLastWithItsError) {
    m_deployment->broken.insert("an-binh");
    const std::vector<WardSummary> wards = ranking();
    ASSERT_EQ(wards.size(), 4U);
    const WardSummary& failed = wards.back();
    EXPECT_EQ(failed.code, "an-binh");
    EXPECT_EQ(failed.name, "Phường An Bình");
    EXPECT_FALSE(failed.error.empty());
    EXPECT_EQ(failed.rank, 0);
    EXPECT_FALSE(failed.index_projected);
    EXPECT_TRUE(failed.indicators.empty());
    EXPECT_EQ(wards[0].rank, 1);  // the others are ranked as ever
    EXPECT_EQ(wards[1].rank, 1);

    m_deployment->broken.clear();  // the next ranking tries again
    EXPECT_TRUE(find(ranking(), "an-binh").error.empty());
}

TEST_F(ProvinceRollupTest, AnUnknownWardIsNotFound) {
    auto ward = m_rollup->ward("khong-co");
    ASSERT_FALSE(ward);
    EXPECT_EQ(ward.error().code, ErrorCode::not_found);
}

TEST_F(ProvinceRollupTest, TwoThreadsRankingAtOnceSeeTheSameWards) {
    std::vector<WardSummary> first;
    std::vector<WardSummary> second;
    std::thread other([&] { first = ranking(); });
    second = ranking();
    other.join();
    EXPECT_EQ(codes_of(first), codes_of(second));
    EXPECT_EQ(m_methodology_calls, 3);  // each ward computed once, whichever thread came first
}

TEST_F(ProvinceRollupTest, TheCommandLineRanksTheOnlyWardOfASqliteFile) {
    const CliRun table =
        province_cli(path("an-binh"), {"province", "ranking", "--today", "2025-11-20"});
    ASSERT_EQ(table.exit_code, exit_ok) << table.err;
    EXPECT_NE(table.out.find("Xếp hạng"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("Phường Bắc Kạn"), std::string::npos) << table.out;

    const CliRun json =
        province_cli(path("an-binh"), {"province", "ranking", "--by", "online_rate", "--format",
                                       "json", "--today", "2025-11-20"});
    ASSERT_EQ(json.exit_code, exit_ok) << json.err;
    const nlohmann::json parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["as_of"], "2025-11-20");
    EXPECT_EQ(parsed["by"], "online_rate");
    ASSERT_EQ(parsed["wards"].size(), 1U);
    EXPECT_EQ(parsed["wards"][0]["rank"], 1);
    EXPECT_EQ(parsed["wards"][0]["indicators"].size(), k_indicator_count);

    const std::string workbook = (m_folder / "tinh.xlsx").string();
    const CliRun report = province_cli(
        path("an-binh"), {"province", "report", "-o", workbook, "--today", "2025-11-20"});
    ASSERT_EQ(report.exit_code, exit_ok) << report.err;
    EXPECT_TRUE(read_text(workbook).starts_with("PK"));
}

}  // namespace
}  // namespace parindex
