#include "app/periodic_report_builder.hpp"

#include <algorithm>
#include <map>

#include "app/dashboard.hpp"
#include "app/document_admin.hpp"
#include "app/dossier_reports.hpp"
#include "app/overview.hpp"
#include "app/scorecard.hpp"
#include "core/text_lines.hpp"
#include "domain/dossier_indicators.hpp"

namespace parindex {

namespace {

// The clock of the report's day: the use cases see `day` as today.
class AsOfClock final : public Clock {
  public:
    AsOfClock(const Clock& clock, CivilDate day) : m_clock(clock), m_day(day) {}
    [[nodiscard]] CivilDate today() const override { return m_day; }
    [[nodiscard]] std::string now() const override { return m_clock.now(); }
    [[nodiscard]] std::string later(long seconds) const override { return m_clock.later(seconds); }

  private:
    const Clock& m_clock;
    CivilDate m_day;
};

std::string unit_names(const Overview& overview, const std::vector<std::string>& keys) {
    std::string names;
    for (const std::string& key : keys) {
        names += (names.empty() ? "" : "; ") + overview.unit_name(key);
    }
    return names;
}

// The lead units' latest accepted accounts of the task, each under its unit's name when several
// units lead it.
std::string narrative_of(const Overview& overview, const TaskView& task) {
    std::map<std::string, const ProgressReport*> latest;  // unit -> its latest accepted report
    for (const ProgressReport& report : overview.reports) {
        if (report.task_code != task.node->code || report.state != ReportState::accepted ||
            report.role != AssignmentRole::lead || report.narrative.empty()) {
            continue;
        }
        const ProgressReport*& kept = latest[report.unit_key];
        if (kept == nullptr || kept->period.ends_on() < report.period.ends_on()) {
            kept = &report;
        }
    }
    std::string text;
    for (const auto& [unit, report] : latest) {
        text += text.empty() ? "" : "\n";
        text += latest.size() > 1 ? overview.unit_name(unit) + ": " + report->narrative
                                  : report->narrative;
    }
    return text;
}

ReportTask report_task(const Overview& overview, const TaskView& view) {
    const PlanNode& node = *view.node;
    ReportTask task;
    task.code = node.code;
    task.title = node.title;
    task.requirement = node.requirement;
    task.deadline_text = node.deadline_text;
    task.lead_units = unit_names(overview, node.lead_units);
    task.coordinating_units = unit_names(overview, node.coordinating_units);
    task.status = view.status.official;
    task.light = view.status.light;
    task.reasons = view.status.reasons;
    task.narrative = narrative_of(overview, view);
    bool target_unmet = false;
    for (std::size_t i = 0; i < node.targets.size(); ++i) {
        const Target& target = node.targets[i];
        ReportTarget line;
        line.required = describe_target(target);
        if (i < view.status.measures.size()) {
            const TargetMeasure& measure = view.status.measures[i];
            line.measured = measure.measured;
            line.met = measure.met;
            line.automatic = measure.automatic;
            if (measure.measured) {
                line.measured_text = format_quantity(*measure.measured, target.unit);
            }
        }
        target_unmet = target_unmet || line.met == false;
        task.targets.push_back(std::move(line));
    }
    task.unmet = target_unmet || task.status == OfficialStatus::open_overdue;
    return task;
}

void count_targets(ReportSummary& summary, const ReportTask& task) {
    for (const ReportTarget& target : task.targets) {
        ++summary.targets;
        summary.targets_met += target.met == true ? 1 : 0;
        summary.targets_unmet += target.met == false ? 1 : 0;
    }
}

// Every area of the plan with its tasks, counted into the summary as the dashboard counts them.
std::vector<ReportArea> report_areas(const Overview& overview, ReportSummary& summary) {
    std::vector<ReportArea> areas;
    for (const PlanNode& node : overview.plan_view.plan.nodes) {
        if (node.kind == NodeKind::area) {
            areas.push_back(ReportArea{node.code, node.title, {}, 0, {}, {}, {}});
        }
    }
    StatusCounts totals;
    for (const TaskView& view : overview.tasks) {
        const auto area = std::find_if(areas.begin(), areas.end(), [&](const ReportArea& found) {
            return view.area != nullptr && found.code == view.area->code;
        });
        if (area == areas.end()) {
            continue;
        }
        totals.add(view.status);
        ReportTask task = report_task(overview, view);
        count_targets(summary, task);
        area->done += view.status.light == Light::done ? 1 : 0;
        area->tasks.push_back(std::move(task));
    }
    summary.tasks = totals.total;
    summary.done_on_time = totals.done_on_time;
    summary.done_late = totals.done_late;
    summary.open_in_time = totals.open_in_time;
    summary.open_overdue = totals.open_overdue;
    return areas;
}

void add_indicators(PeriodicReport& report, const DossierSnapshot* dossiers, int year) {
    const std::optional<IndicatorGroup> ward =
        year_to_date_indicators(dossiers, year, report.as_of);
    if (!ward) {
        return;
    }
    report.indicator_range = ward->from.to_dmy() + " - " + ward->to.to_dmy();
    for (const Indicator indicator : all_indicators()) {
        const Rate rate = ward->counts.rate(indicator);
        report.indicators.push_back(ReportIndicator{
            std::string(label_text(indicator_label(indicator))), rate.percent(),
            static_cast<long>(rate.numerator), static_cast<long>(rate.denominator)});
    }
}

Result<void> add_scores(PeriodicReport& report, WorkflowStore& store, const Overview& overview,
                        const DossierSnapshot* dossiers, Methodology methodology) {
    report.summary.template_methodology = methodology.is_template;
    PARINDEX_TRY_ASSIGN(card, build_scorecard(store, overview, dossiers, std::move(methodology)));
    const ScoreTotals& totals = card->tree.totals;
    report.summary.index_now = totals.index_now;
    report.summary.index_projected = totals.index_projected;
    report.summary.index_last_year = totals.last_year;
    report.summary.index_now_formula = totals.now_formula;
    report.scores.push_back(ReportScoreRow{"", std::string(label_text(Label::report_index_row)), -1,
                                           100, totals.index_now, totals.index_projected,
                                           totals.last_year});
    for (const ScoreNode& node : card->tree.nodes) {
        report.scores.push_back(ReportScoreRow{node.code, node.title, node.depth, node.max_points,
                                               node.now, node.projected, node.last_year});
        const auto area =
            std::find_if(report.areas.begin(), report.areas.end(),
                         [&](const ReportArea& found) { return found.code == node.code; });
        if (area != report.areas.end()) {
            area->max_points = node.max_points;
            area->points_now = node.now;
            area->points_projected = node.projected;
        }
    }
    return {};
}

// What stood in the way as of the report's day: the obstacles units raised and nobody had
// answered, the overdue tasks, then what the coordinator wrote.
Result<std::vector<std::string>> obstacles(WorkflowStore& store, const Overview& overview,
                                           const PeriodicReport& report, const ReportNotes& notes) {
    std::vector<std::string> lines;
    std::vector<Obstacle> raised;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, store.discussions().list_obstacles(report.plan_year));
        raised = std::move(found);
        return {};
    }));
    const auto by_then = [&](const std::string& instant) {
        const auto day = vietnam_date_of(instant);
        return day && *day <= report.as_of;
    };
    for (const Obstacle& obstacle : raised) {
        if (by_then(obstacle.raised_at) && (obstacle.is_open() || !by_then(obstacle.answered_at))) {
            lines.push_back(format_label(
                Label::report_obstacle_raised,
                {obstacle.task_code, overview.unit_name(obstacle.unit_key), obstacle.text}));
        }
    }
    std::string overdue;
    for (const ReportArea& area : report.areas) {
        for (const ReportTask& task : area.tasks) {
            if (task.status == OfficialStatus::open_overdue) {
                overdue += (overdue.empty() ? "" : ", ") + task.code;
            }
        }
    }
    if (!overdue.empty()) {
        lines.push_back(format_label(Label::report_obstacle_overdue,
                                     {std::to_string(report.summary.open_overdue), overdue}));
    }
    for (std::string& line : split_lines(notes.obstacles)) {
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string plan_reference(const PlanInfo& info) {
    if (info.number.empty() || !info.issued_on) {
        return format_label(Label::report_plan_reference_draft,
                            {std::to_string(info.year), info.issuing_body});
    }
    return format_label(Label::report_plan_reference,
                        {info.number, info.issued_on->to_dmy(), info.issuing_body});
}

}  // namespace

Result<PeriodicReport> build_periodic_report(WorkflowStore& store, const Clock& clock,
                                             const DossierSnapshot* dossiers, const Period& period,
                                             std::optional<Methodology> methodology) {
    const CivilDate today = clock.today();
    if (today < period.starts_on()) {
        return fail(ErrorCode::invalid_input, Label::error_report_period_not_started,
                    {period.label(), period.starts_on().to_dmy()}, {{}, 0, "period"});
    }
    PeriodicReport report(period, std::min(today, period.ends_on()), today);
    const AsOfClock as_of_clock(clock, report.as_of);
    PARINDEX_TRY_ASSIGN(overview, load_overview(store, as_of_clock, dossiers, period));
    const PlanInfo& info = overview->plan_view.plan.info;
    if (info.year != period.year) {
        return fail(ErrorCode::not_found, Label::error_report_no_plan_of_year,
                    {std::to_string(period.year), std::to_string(info.year)}, {{}, 0, "period"});
    }
    report.plan_year = info.year;
    report.plan_title = info.title;
    report.plan_reference = plan_reference(info);
    PARINDEX_TRY_ASSIGN(settings, current_document_settings(store, info));
    report.settings = std::move(settings.settings);
    report.areas = report_areas(*overview, report.summary);
    add_indicators(report, dossiers, info.year);
    if (methodology && methodology->year == info.year) {
        PARINDEX_TRY(add_scores(report, store, *overview, dossiers, std::move(*methodology)));
    }
    PARINDEX_TRY_ASSIGN(notes, report_notes(store, period));
    PARINDEX_TRY_ASSIGN(found_obstacles, obstacles(store, *overview, report, notes));
    report.obstacles = std::move(found_obstacles);
    report.proposals = split_lines(notes.proposals);
    return report;
}

}  // namespace parindex
