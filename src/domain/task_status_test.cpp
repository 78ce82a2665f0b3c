#include "domain/task_status.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace parindex {

// gtest finds these by argument-dependent lookup, so a failing comparison shows the codes.
// Internal linkage: other test files of this binary may print them their own way.
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(Light light, std::ostream* out) {
    *out << light_code(light);
}
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(OfficialStatus status, std::ostream* out) {
    *out << official_status_code(status);
}

namespace {

CivilDate date(int year, int month, int day) {
    const auto created = CivilDate::create(year, month, day);
    EXPECT_TRUE(created.has_value()) << year << "-" << month << "-" << day;
    return created.value_or(CivilDate::last_day_of_month(2000, 1));
}

Period quarter(int index) {
    return Period{PeriodKind::quarter, 2025, index};
}

// The task's targets, by position: what the reports' values refer to.
constexpr int k_on_time_rate = 0;      // > 90%
constexpr int k_plan_issued = 1;       // qualitative
constexpr int k_late_dossiers = 2;     // decrease vs 2024 (value: the change)
constexpr int k_overdue_feedback = 3;  // ≤ 5 phản ánh

std::vector<Target> targets() {
    return {
        Target{"Tỷ lệ hồ sơ giải quyết đúng hạn", Comparator::greater, 90.0, "%", std::nullopt,
               TargetOrigin::extracted},
        Target{"Ban hành kế hoạch", Comparator::qualitative, std::nullopt, "", std::nullopt,
               TargetOrigin::extracted},
        Target{"Số hồ sơ trễ hạn", Comparator::decrease, std::nullopt, "", 2024,
               TargetOrigin::extracted},
        Target{"Số phản ánh quá hạn", Comparator::less_or_equal, 5.0, "phản ánh", std::nullopt,
               TargetOrigin::extracted},
    };
}

PlanNode task(const CivilDate& due, std::vector<Target> task_targets = targets()) {
    PlanNode node;
    node.code = "3.2.2";
    node.kind = NodeKind::task;
    node.title = "Tỷ lệ hồ sơ giải quyết đúng hạn";
    node.deadline = Deadline{DeadlineKind::before_date, due};
    node.lead_units = {"a", "b"};
    node.targets = std::move(task_targets);
    return node;
}

const std::vector<std::string> k_leads = {"a", "b"};

ProgressReport accepted(std::string unit, int period_index, Progress progress,
                        std::vector<MeasuredValue> values = {},
                        std::string submitted_at = "2025-10-05T02:00:00Z",
                        std::string reviewed_at = "2025-10-06T02:00:00Z") {
    ProgressReport report;
    report.id = period_index * 100 + static_cast<int>(unit.size());
    report.plan_year = 2025;
    report.task_code = "3.2.2";
    report.unit_key = std::move(unit);
    report.period = quarter(period_index);
    report.state = ReportState::accepted;
    report.progress = progress;
    report.values = std::move(values);
    report.submitted_at = std::move(submitted_at);
    report.reviewed_at = std::move(reviewed_at);
    return report;
}

// Every measured target met: rate ≥ 92%, late dossiers down, at most 4 overdue feedbacks.
std::vector<MeasuredValue> good_values_a() {
    return {{k_on_time_rate, 95.0}, {k_late_dossiers, -3.0}, {k_overdue_feedback, 2.0}};
}
std::vector<MeasuredValue> good_values_b() {
    return {{k_on_time_rate, 92.0}, {k_late_dossiers, -1.0}, {k_overdue_feedback, 4.0}};
}

const std::string k_rate_missed =
    "Chỉ tiêu “Tỷ lệ hồ sơ giải quyết đúng hạn”: đạt 86,4%, yêu cầu > 90%";
const std::string k_unit_flags = "Đơn vị báo cáo có nguy cơ chậm hoặc đang vướng mắc";

// --- done ------------------------------------------------------------------------------------

TEST(TaskStatusDone, WhenEveryLeadUnitReportsDoneAndEveryTargetIsMet) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31)), k_leads,
        {accepted("a", 3, Progress::done, good_values_a(), "2025-10-05T02:00:00Z"),
         accepted("b", 3, Progress::done, good_values_b(), "2025-10-10T03:00:00Z")},
        date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::done);
    EXPECT_EQ(status.official, OfficialStatus::done_on_time);
    EXPECT_TRUE(status.reasons.empty());
    ASSERT_EQ(status.measures.size(), 4U);
    EXPECT_EQ(status.measures[k_on_time_rate].measured, std::optional<double>(92.0));
    EXPECT_EQ(status.measures[k_on_time_rate].period, "2025-Q3");
    EXPECT_EQ(status.measures[k_on_time_rate].met, std::optional<bool>(true));
    EXPECT_EQ(status.measures[k_plan_issued].measured, std::nullopt);
    EXPECT_EQ(status.measures[k_plan_issued].met, std::nullopt);
    EXPECT_EQ(status.measures[k_late_dossiers].measured, std::optional<double>(-1.0));
    EXPECT_EQ(status.measures[k_late_dossiers].met, std::optional<bool>(true));
    EXPECT_EQ(status.measures[k_overdue_feedback].measured, std::optional<double>(4.0));
    EXPECT_EQ(status.measures[k_overdue_feedback].met, std::optional<bool>(true));
}

TEST(TaskStatusDone, AQualitativeTaskIsDoneOnTheUnitsWord) {
    const std::vector<Target> qualitative_only = {targets()[k_plan_issued]};
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31), qualitative_only), k_leads,
        {accepted("a", 2, Progress::done), accepted("b", 3, Progress::done)}, date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::done);
    EXPECT_EQ(status.official, OfficialStatus::done_on_time);
    ASSERT_EQ(status.measures.size(), 1U);
    EXPECT_EQ(status.measures[0].met, std::nullopt);
}

TEST(TaskStatusDone, NotWhileALeadUnitHasNotReportedDone) {
    const PlanNode node = task(date(2025, 12, 31));
    const CivilDate today = date(2025, 10, 20);
    // b is still working.
    TaskStatus status =
        compute_task_status(node, k_leads,
                            {accepted("a", 3, Progress::done, good_values_a()),
                             accepted("b", 3, Progress::in_progress, good_values_b())},
                            today);
    EXPECT_EQ(status.light, Light::on_track);
    EXPECT_EQ(status.official, OfficialStatus::open_in_time);
    EXPECT_TRUE(status.reasons.empty());
    // b has no accepted report at all.
    status = compute_task_status(node, k_leads, {accepted("a", 3, Progress::done, good_values_a())},
                                 today);
    EXPECT_EQ(status.light, Light::on_track);
    EXPECT_EQ(status.official, OfficialStatus::open_in_time);
    // A unit that does not lead the task cannot stand in for b.
    status = compute_task_status(node, k_leads,
                                 {accepted("a", 3, Progress::done, good_values_a()),
                                  accepted("c", 3, Progress::done, good_values_b())},
                                 today);
    EXPECT_EQ(status.light, Light::on_track);
    // Without lead units nothing is ever done.
    status =
        compute_task_status(node, {}, {accepted("a", 3, Progress::done, good_values_a())}, today);
    EXPECT_EQ(status.light, Light::on_track);
}

TEST(TaskStatusDone, NotWhenAMeasuredTargetIsMissed) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31)), k_leads,
        {accepted("a", 3, Progress::done,
                  {{k_on_time_rate, 86.4}, {k_late_dossiers, -3.0}, {k_overdue_feedback, 2.0}}),
         accepted("b", 3, Progress::done, good_values_b())},
        date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::at_risk);
    EXPECT_EQ(status.official, OfficialStatus::open_in_time);
    EXPECT_EQ(status.reasons, std::vector<std::string>{k_rate_missed});
    EXPECT_EQ(status.measures[k_on_time_rate].measured, std::optional<double>(86.4));
    EXPECT_EQ(status.measures[k_on_time_rate].met, std::optional<bool>(false));
}

TEST(TaskStatusDone, LateWhenTheLastDoneReportWasSubmittedAfterTheDeadline) {
    const PlanNode node = task(date(2025, 9, 30));
    const CivilDate today = date(2025, 10, 20);
    TaskStatus status = compute_task_status(
        node, k_leads,
        {accepted("a", 3, Progress::done, good_values_a(), "2025-09-28T02:00:00Z"),
         accepted("b", 3, Progress::done, good_values_b(), "2025-10-02T01:00:00Z")},
        today);
    EXPECT_EQ(status.light, Light::done);
    EXPECT_EQ(status.official, OfficialStatus::done_late);
    EXPECT_TRUE(status.reasons.empty());
    // Submitted on the deadline itself: on time.
    status = compute_task_status(
        node, k_leads,
        {accepted("a", 3, Progress::done, good_values_a(), "2025-09-28T02:00:00Z"),
         accepted("b", 3, Progress::done, good_values_b(), "2025-09-30T09:00:00Z")},
        today);
    EXPECT_EQ(status.light, Light::done);
    EXPECT_EQ(status.official, OfficialStatus::done_on_time);
}

TEST(TaskStatusDone, ASubmissionAfterMidnightInVietnamOnTheDayAfterTheDeadlineIsLate) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 9, 30)), k_leads,
        {accepted("a", 3, Progress::done, good_values_a(), "2025-09-28T02:00:00Z"),
         accepted("b", 3, Progress::done, good_values_b(), "2025-09-30T18:00:00Z")},
        date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::done);
    EXPECT_EQ(status.official, OfficialStatus::done_late);
}

// --- overdue ---------------------------------------------------------------------------------

TEST(TaskStatusOverdue, AfterTheDeadlineWhenNotDone) {
    const PlanNode node = task(date(2025, 9, 30));
    const std::vector<ProgressReport> reports = {
        accepted("a", 3, Progress::done, good_values_a()),
        accepted("b", 3, Progress::in_progress, good_values_b())};
    TaskStatus status = compute_task_status(node, k_leads, reports, date(2025, 10, 1));
    EXPECT_EQ(status.light, Light::overdue);
    EXPECT_EQ(status.official, OfficialStatus::open_overdue);
    EXPECT_EQ(status.reasons,
              std::vector<std::string>{"Đã quá thời hạn 30/09/2025 mà chưa hoàn thành"});
    // On the deadline itself the task is still in time.
    status = compute_task_status(node, k_leads, reports, date(2025, 9, 30));
    EXPECT_EQ(status.light, Light::on_track);
    EXPECT_EQ(status.official, OfficialStatus::open_in_time);
    // Without any report at all.
    status = compute_task_status(node, k_leads, {}, date(2026, 2, 1));
    EXPECT_EQ(status.light, Light::overdue);
    EXPECT_EQ(status.official, OfficialStatus::open_overdue);
}

TEST(TaskStatusOverdue, PutsTheDeadlineFirstAndKeepsTheMissedTargets) {
    const TaskStatus status =
        compute_task_status(task(date(2025, 9, 30)), k_leads,
                            {accepted("a", 3, Progress::blocked, {{k_on_time_rate, 86.4}}),
                             accepted("b", 3, Progress::done, good_values_b())},
                            date(2025, 11, 3));
    EXPECT_EQ(status.light, Light::overdue);
    EXPECT_EQ(status.official, OfficialStatus::open_overdue);
    EXPECT_EQ(status.reasons, (std::vector<std::string>{
                                  "Đã quá thời hạn 30/09/2025 mà chưa hoàn thành", k_rate_missed}));
}

// --- at risk ---------------------------------------------------------------------------------

TEST(TaskStatusAtRisk, WhenALeadUnitReportsRiskOrBlocked) {
    const PlanNode node = task(date(2025, 12, 31));
    for (const Progress flag : {Progress::at_risk, Progress::blocked}) {
        const TaskStatus status =
            compute_task_status(node, k_leads,
                                {accepted("a", 2, flag, good_values_a()),
                                 accepted("b", 2, Progress::in_progress, good_values_b())},
                                date(2025, 8, 1));
        EXPECT_EQ(status.light, Light::at_risk) << progress_code(flag);
        EXPECT_EQ(status.official, OfficialStatus::open_in_time) << progress_code(flag);
        EXPECT_EQ(status.reasons, std::vector<std::string>{k_unit_flags}) << progress_code(flag);
    }
    // Not started is no alarm on its own.
    const TaskStatus status = compute_task_status(
        node, k_leads, {accepted("a", 2, Progress::not_started)}, date(2025, 8, 1));
    EXPECT_EQ(status.light, Light::on_track);
    EXPECT_TRUE(status.reasons.empty());
}

TEST(TaskStatusAtRisk, ListsAMissedTargetBeforeTheUnitsFlag) {
    const TaskStatus status =
        compute_task_status(task(date(2025, 12, 31)), k_leads,
                            {accepted("a", 3, Progress::at_risk, {{k_on_time_rate, 86.4}}),
                             accepted("b", 3, Progress::in_progress, good_values_b())},
                            date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::at_risk);
    EXPECT_EQ(status.reasons, (std::vector<std::string>{k_rate_missed, k_unit_flags}));
}

struct NearDeadlineCase {
    CivilDate today;
    bool has_report;
    Light expected;
    std::vector<std::string> reasons;
};

TEST(TaskStatusAtRisk, WithinThirtyDaysOfTheDeadlineWithoutAnAcceptedReport) {
    const PlanNode node = task(date(2025, 12, 31));
    const std::vector<NearDeadlineCase> cases = {
        {date(2025, 11, 30), false, Light::on_track, {}},  // 31 days left
        {date(2025, 12, 1),
         false,
         Light::at_risk,
         {"Còn 30 ngày đến hạn nhưng chưa có báo cáo nào được chấp nhận"}},
        {date(2025, 12, 24),
         false,
         Light::at_risk,
         {"Còn 7 ngày đến hạn nhưng chưa có báo cáo nào được chấp nhận"}},
        {date(2025, 12, 31),
         false,
         Light::at_risk,
         {"Còn 0 ngày đến hạn nhưng chưa có báo cáo nào được chấp nhận"}},
        {date(2025, 3, 1), false, Light::on_track, {}},
        // Any accepted report, even an unfinished one, answers the alarm.
        {date(2025, 12, 20), true, Light::on_track, {}},
    };
    for (const NearDeadlineCase& c : cases) {
        std::vector<ProgressReport> reports;
        if (c.has_report) {
            reports.push_back(accepted("a", 4, Progress::in_progress, good_values_a()));
        }
        const TaskStatus status = compute_task_status(node, k_leads, reports, c.today);
        EXPECT_EQ(status.light, c.expected) << c.today.to_iso();
        EXPECT_EQ(status.official, OfficialStatus::open_in_time) << c.today.to_iso();
        EXPECT_EQ(status.reasons, c.reasons) << c.today.to_iso();
    }
}

TEST(TaskStatusAtRisk, TheMissedTargetReasonWritesTheValueWithItsUnit) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31)), k_leads,
        {accepted("a", 3, Progress::in_progress, {{k_overdue_feedback, 7.0}})}, date(2025, 10, 20));
    EXPECT_EQ(status.reasons, std::vector<std::string>{"Chỉ tiêu “Số phản ánh quá hạn”: đạt 7 "
                                                       "phản ánh, yêu cầu ≤ 5 phản ánh"});
}

TEST(TaskStatusAtRisk, TheMissedDecreaseReasonNamesTheReferenceYear) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31)), k_leads,
        {accepted("a", 3, Progress::in_progress, {{k_late_dossiers, 1.5}})}, date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::at_risk);
    EXPECT_EQ(status.reasons,
              std::vector<std::string>{
                  "Chỉ tiêu “Số hồ sơ trễ hạn”: đạt 1,5, yêu cầu giảm so với năm 2024"});
}

TEST(TaskStatusOnTrack, WhenNothingIsWrong) {
    const TaskStatus status =
        compute_task_status(task(date(2025, 12, 31)), k_leads,
                            {accepted("a", 3, Progress::in_progress, good_values_a()),
                             accepted("b", 3, Progress::in_progress, good_values_b())},
                            date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::on_track);
    EXPECT_EQ(status.official, OfficialStatus::open_in_time);
    EXPECT_TRUE(status.reasons.empty());
    EXPECT_EQ(status.measures.size(), 4U);
}

// --- the measured value ----------------------------------------------------------------------

struct WeakestCase {
    std::string_view name;
    int target_index;
    double value_a;
    double value_b;
    double expected;
    bool met;
};

TEST(TaskStatusMeasure, TakesTheWeakestValueAcrossTheLeadUnits) {
    const std::vector<WeakestCase> cases = {
        // Higher is better: the smallest value counts.
        {"> 90%, both above", k_on_time_rate, 95.0, 92.0, 92.0, true},
        {"> 90%, one below", k_on_time_rate, 86.4, 97.0, 86.4, false},
        {"> 90%, exactly 90", k_on_time_rate, 100.0, 90.0, 90.0, false},
        // Lower is better: the largest value counts.
        {"≤ 5, both within", k_overdue_feedback, 3.0, 5.0, 5.0, true},
        {"≤ 5, one above", k_overdue_feedback, 7.0, 3.0, 7.0, false},
        {"decrease, both fell", k_late_dossiers, -4.0, -1.0, -1.0, true},
        {"decrease, one rose", k_late_dossiers, -4.0, 1.0, 1.0, false},
        {"decrease, one unchanged", k_late_dossiers, 0.0, -2.0, 0.0, false},
    };
    const PlanNode node = task(date(2025, 12, 31));
    for (const WeakestCase& c : cases) {
        const TaskStatus status = compute_task_status(
            node, k_leads,
            {accepted("a", 3, Progress::in_progress, {{c.target_index, c.value_a}}),
             accepted("b", 2, Progress::in_progress, {{c.target_index, c.value_b}})},
            date(2025, 10, 20));
        const TargetMeasure& measure = status.measures.at(static_cast<std::size_t>(c.target_index));
        EXPECT_EQ(measure.measured, std::optional<double>(c.expected)) << c.name;
        EXPECT_EQ(measure.met, std::optional<bool>(c.met)) << c.name;
        // The period is that of the report holding the weakest value.
        EXPECT_EQ(measure.period, c.expected == c.value_a ? "2025-Q3" : "2025-Q2") << c.name;
        EXPECT_EQ(status.light, c.met ? Light::on_track : Light::at_risk) << c.name;
    }
}

TEST(TaskStatusMeasure, AnEqualsZeroTargetIsLowerBetter) {
    const std::vector<Target> none_late = {Target{"Số hồ sơ quá hạn", Comparator::equal, 0.0,
                                                  "hồ sơ", std::nullopt, TargetOrigin::extracted}};
    const PlanNode node = task(date(2025, 12, 31), none_late);
    TaskStatus status = compute_task_status(node, k_leads,
                                            {accepted("a", 3, Progress::done, {{0, 0.0}}),
                                             accepted("b", 3, Progress::done, {{0, 2.0}})},
                                            date(2025, 10, 20));
    EXPECT_EQ(status.measures.at(0).measured, std::optional<double>(2.0));
    EXPECT_EQ(status.measures.at(0).met, std::optional<bool>(false));
    EXPECT_EQ(status.light, Light::at_risk);
    status = compute_task_status(node, k_leads,
                                 {accepted("a", 3, Progress::done, {{0, 0.0}}),
                                  accepted("b", 3, Progress::done, {{0, 0.0}})},
                                 date(2025, 10, 20));
    EXPECT_EQ(status.measures.at(0).met, std::optional<bool>(true));
    EXPECT_EQ(status.light, Light::done);
}

TEST(TaskStatusMeasure, ATargetNobodyMeasuredHasNoValue) {
    const TaskStatus status = compute_task_status(
        task(date(2025, 12, 31)), k_leads,
        {accepted("a", 3, Progress::in_progress, {{k_on_time_rate, 95.0}})}, date(2025, 10, 20));
    ASSERT_EQ(status.measures.size(), 4U);
    EXPECT_EQ(status.measures[k_on_time_rate].measured, std::optional<double>(95.0));
    EXPECT_EQ(status.measures[k_overdue_feedback].measured, std::nullopt);
    EXPECT_EQ(status.measures[k_overdue_feedback].met, std::nullopt);
    EXPECT_EQ(status.measures[k_overdue_feedback].period, "");
}

TEST(TaskStatusMeasure, TheLatestPeriodOfEachUnitWinsOverOlderOnes) {
    // a's second quarter missed the rate; its third quarter, listed after it or before it,
    // meets it and says done.
    const ProgressReport a_q2 = accepted("a", 2, Progress::in_progress, {{k_on_time_rate, 80.0}},
                                         "2025-07-03T02:00:00Z", "2025-07-05T02:00:00Z");
    const ProgressReport a_q3 = accepted("a", 3, Progress::done, {{k_on_time_rate, 95.0}},
                                         "2025-10-03T02:00:00Z", "2025-10-04T02:00:00Z");
    const ProgressReport b_q3 = accepted("b", 3, Progress::done, {{k_on_time_rate, 93.0}});
    for (const auto& reports : {std::vector<ProgressReport>{a_q2, a_q3, b_q3},
                                std::vector<ProgressReport>{a_q3, b_q3, a_q2}}) {
        const TaskStatus status =
            compute_task_status(task(date(2025, 12, 31)), k_leads, reports, date(2025, 10, 20));
        EXPECT_EQ(status.measures[k_on_time_rate].measured, std::optional<double>(93.0));
        EXPECT_EQ(status.measures[k_on_time_rate].period, "2025-Q3");
        EXPECT_EQ(status.light, Light::done);
    }
    // An older period's done does not count once a newer one says otherwise.
    const TaskStatus status =
        compute_task_status(task(date(2025, 12, 31)), k_leads,
                            {accepted("a", 2, Progress::done), accepted("a", 3, Progress::at_risk),
                             accepted("b", 3, Progress::done)},
                            date(2025, 10, 20));
    EXPECT_EQ(status.light, Light::at_risk);
    EXPECT_EQ(status.reasons, std::vector<std::string>{k_unit_flags});
}

TEST(TaskStatusMeasure, WithinOnePeriodTheLaterReviewWins) {
    const TaskStatus status =
        compute_task_status(task(date(2025, 12, 31)), k_leads,
                            {accepted("a", 3, Progress::in_progress, {{k_on_time_rate, 95.0}}),
                             accepted("a", 3, Progress::in_progress, {{k_on_time_rate, 91.0}},
                                      "2025-10-07T02:00:00Z", "2025-10-08T02:00:00Z"),
                             accepted("a", 3, Progress::in_progress, {{k_on_time_rate, 99.0}},
                                      "2025-10-01T02:00:00Z", "2025-10-02T02:00:00Z")},
                            date(2025, 10, 20));
    EXPECT_EQ(status.measures[k_on_time_rate].measured, std::optional<double>(91.0));
}

// --- codes and labels ------------------------------------------------------------------------

TEST(TaskStatusCodes, LightsHaveStableCodesAndVietnameseLabels) {
    const std::vector<std::tuple<Light, std::string_view, std::string_view>> table = {
        {Light::on_track, "on_track", "Đúng tiến độ"},
        {Light::at_risk, "at_risk", "Có nguy cơ chậm"},
        {Light::overdue, "overdue", "Quá hạn"},
        {Light::done, "done", "Hoàn thành"},
    };
    for (const auto& [light, code, label] : table) {
        EXPECT_EQ(light_code(light), code);
        EXPECT_EQ(label_text(light_label(light)), label) << code;
    }
}

TEST(TaskStatusCodes, OfficialStatusesHaveStableCodesAndVietnameseLabels) {
    const std::vector<std::tuple<OfficialStatus, std::string_view, std::string_view>> table = {
        {OfficialStatus::done_on_time, "done_on_time", "Hoàn thành đúng hạn"},
        {OfficialStatus::done_late, "done_late", "Hoàn thành quá hạn"},
        {OfficialStatus::open_in_time, "open_in_time", "Chưa hoàn thành, còn trong hạn"},
        {OfficialStatus::open_overdue, "open_overdue", "Chưa hoàn thành, quá hạn"},
    };
    for (const auto& [status, code, label] : table) {
        EXPECT_EQ(official_status_code(status), code);
        EXPECT_EQ(label_text(official_status_label(status)), label) << code;
    }
}

}  // namespace

}  // namespace parindex
