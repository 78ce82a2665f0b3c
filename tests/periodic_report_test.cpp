// The periodic report's content, built over a real SQLite store holding the seed plan: the state
// as of the period's last day (reports of later periods left out), obstacles open on that day,
// the coordinator's notes, and the refusals of periods it cannot report on.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "app/document_admin.hpp"
#include "app/import_plan.hpp"
#include "app/overview.hpp"
#include "app/periodic_report_builder.hpp"
#include "app/user_admin.hpp"
#include "cli_fixture.hpp"
#include "importers/plan_text_reader.hpp"
#include "store/open_store.hpp"

namespace parindex {
namespace {

class FixedClock final : public Clock {
  public:
    [[nodiscard]] CivilDate today() const override { return *CivilDate::create(2025, 11, 20); }
    [[nodiscard]] std::string now() const override { return "2025-11-20T03:00:00Z"; }
    [[nodiscard]] std::string later(long /*seconds*/) const override {
        return "2025-11-20T04:00:00Z";
    }
};

class PeriodicReportTest : public testing::Test {
  protected:
    void SetUp() override {
        m_folder = std::filesystem::temp_directory_path() /
                   ("parindex-periodic-" + std::to_string(::getpid()) + "-" +
                    testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_folder);
        std::filesystem::create_directories(m_folder);
        auto store = open_store((m_folder / "parindex.db").string());
        ASSERT_TRUE(store) << describe(store.error());
        m_store = std::move(*store);
        auto reading = read_plan_text(read_text(PARINDEX_SEED_PLAN), "ke-hoach.txt");
        ASSERT_TRUE(reading) << describe(reading.error());
        ASSERT_TRUE(import_plan(*m_store, reading->draft, {}));
    }
    void TearDown() override {
        m_store.reset();
        std::filesystem::remove_all(m_folder);
    }

    PeriodicReport build(const std::string& period) {
        auto report =
            build_periodic_report(*m_store, m_clock, nullptr, *parse_period(period), std::nullopt);
        EXPECT_TRUE(report) << describe(report.error());
        return std::move(*report);
    }

    // The first task led by one unit and measured by qualitative targets only: a done report
    // from its lead unit completes it.
    const TaskView& qualitative_task(const Overview& overview) {
        for (const TaskView& task : overview.tasks) {
            const bool qualitative = std::all_of(
                task.node->targets.begin(), task.node->targets.end(),
                [](const Target& t) { return t.comparator == Comparator::qualitative; });
            if (task.lead_units.size() == 1 && qualitative) {
                return task;
            }
        }
        throw std::logic_error("the seed plan has no such task");
    }

    void accept_done_report(const TaskView& task, const std::string& period,
                            const std::string& submitted_at) {
        ProgressReport report;
        report.plan_year = 2025;
        report.task_code = task.node->code;
        report.unit_key = task.lead_units.front();
        report.period = *parse_period(period);
        report.state = ReportState::accepted;
        report.progress = Progress::done;
        report.narrative = "Đã ban hành văn bản và công khai trên Trang thông tin điện tử";
        report.updated_at = submitted_at;
        report.submitted_at = submitted_at;
        report.reviewed_at = submitted_at;
        ASSERT_TRUE(m_store->transaction([&]() -> Result<void> {
            return m_store->reports().create_report(report).map([](auto) {});
        }));
    }

    static const ReportTask* find_task(const PeriodicReport& report, const std::string& code) {
        for (const ReportArea& area : report.areas) {
            for (const ReportTask& task : area.tasks) {
                if (task.code == code) {
                    return &task;
                }
            }
        }
        return nullptr;
    }

    std::filesystem::path m_folder;
    std::unique_ptr<WorkflowStore> m_store;
    FixedClock m_clock;
};

TEST_F(PeriodicReportTest, APastQuarterIsReportedAsOfItsLastDay) {
    const PeriodicReport report = build("2025-Q3");
    EXPECT_EQ(report.as_of, *CivilDate::create(2025, 9, 30));
    EXPECT_EQ(report.issued_on, m_clock.today());
    EXPECT_EQ(report.plan_year, 2025);
    EXPECT_EQ(report.period.label(), "Quý III/2025");
    ASSERT_EQ(report.areas.size(), 9U);
    const ReportSummary& summary = report.summary;
    EXPECT_EQ(summary.tasks, 50);
    EXPECT_EQ(
        summary.done_on_time + summary.done_late + summary.open_in_time + summary.open_overdue, 50);
    std::size_t tasks = 0;
    for (const ReportArea& area : report.areas) {
        tasks += area.tasks.size();
    }
    EXPECT_EQ(tasks, 50U);
    EXPECT_EQ(report.settings.ward_name, "phường Bắc Kạn");
    EXPECT_TRUE(report.indicators.empty());  // no one-stop data
    EXPECT_TRUE(report.scores.empty());      // no methodology given
}

TEST_F(PeriodicReportTest, ReportsOfLaterPeriodsAreLeftOut) {
    auto overview = load_overview(*m_store, m_clock);
    ASSERT_TRUE(overview);
    const TaskView& task = qualitative_task(**overview);
    const std::string code = task.node->code;
    accept_done_report(task, "2025-Q4", "2025-10-10T02:00:00Z");

    const PeriodicReport q3 = build("2025-Q3");
    const PeriodicReport q4 = build("2025-Q4");
    ASSERT_NE(find_task(q3, code), nullptr);
    ASSERT_NE(find_task(q4, code), nullptr);
    EXPECT_NE(find_task(q3, code)->light, Light::done) << code;
    EXPECT_TRUE(find_task(q3, code)->narrative.empty());
    EXPECT_EQ(find_task(q4, code)->light, Light::done) << code;
    EXPECT_EQ(find_task(q4, code)->narrative,
              "Đã ban hành văn bản và công khai trên Trang thông tin điện tử");
    EXPECT_EQ(q4.as_of, m_clock.today());  // the quarter runs: as of today
    EXPECT_EQ(q4.summary.done_on_time + q4.summary.done_late,
              q3.summary.done_on_time + q3.summary.done_late + 1);
}

TEST_F(PeriodicReportTest, ObstaclesOpenOnTheDayThenTheNotes) {
    Obstacle early;
    early.plan_year = 2025;
    early.task_code = "3.2.1";
    early.unit_key = "trung tam phuc vu hanh chinh cong";
    early.text = "Đường truyền mạng chập chờn";
    early.raised_at = "2025-08-01T02:00:00Z";
    early.raised_by = "canbo.ttpvhcc";
    Obstacle late = early;
    late.text = "Thiếu máy quét tài liệu";
    late.raised_at = "2025-10-15T02:00:00Z";
    ASSERT_TRUE(m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY(m_store->discussions().create_obstacle(early));
        return m_store->discussions().create_obstacle(late).map([](auto) {});
    }));
    auto notes = save_report_notes(*m_store, command_line_operator(), m_clock,
                                   *parse_period("2025-Q3"), "Kinh phí số hóa còn hạn chế\n\n",
                                   "Đề nghị tỉnh hỗ trợ thiết bị\n  Tập huấn dịch vụ công  ");
    ASSERT_TRUE(notes) << describe(notes.error());

    const PeriodicReport report = build("2025-Q3");
    ASSERT_GE(report.obstacles.size(), 2U);
    EXPECT_NE(report.obstacles.front().find("Đường truyền mạng chập chờn"), std::string::npos);
    EXPECT_NE(report.obstacles.front().find("3.2.1"), std::string::npos);
    for (const std::string& line : report.obstacles) {
        EXPECT_EQ(line.find("Thiếu máy quét"), std::string::npos) << "raised after 30/09";
    }
    EXPECT_EQ(report.obstacles.back(), "Kinh phí số hóa còn hạn chế");
    EXPECT_EQ(report.proposals,
              (std::vector<std::string>{"Đề nghị tỉnh hỗ trợ thiết bị", "Tập huấn dịch vụ công"}));
    EXPECT_TRUE(build("2025-H1").proposals.empty());  // notes belong to their period
}

TEST_F(PeriodicReportTest, PeriodsItCannotReportOnAreRefused) {
    auto future =
        build_periodic_report(*m_store, m_clock, nullptr, *parse_period("2025-M12"), std::nullopt);
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(future.error().detail.where.field, "period");
    auto other_year =
        build_periodic_report(*m_store, m_clock, nullptr, *parse_period("2024-Q4"), std::nullopt);
    ASSERT_FALSE(other_year);
    EXPECT_EQ(other_year.error().code, ErrorCode::not_found);
}

TEST_F(PeriodicReportTest, StoredSettingsReplaceThoseOfThePlan) {
    DocumentSettings settings = build("2025-Q3").settings;
    settings.report_number = "215";
    settings.signer_authority = "TM. ỦY BAN NHÂN DÂN";
    auto problems = save_document_settings(*m_store, command_line_operator(), m_clock, settings);
    ASSERT_TRUE(problems && problems->empty());
    const PeriodicReport report = build("2025-Q3");
    EXPECT_EQ(report.settings.report_number, "215");
    EXPECT_EQ(report.settings.signer_authority, "TM. ỦY BAN NHÂN DÂN");
}

}  // namespace
}  // namespace parindex
