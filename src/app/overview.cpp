#include "app/overview.hpp"

#include <algorithm>

#include "domain/indicator_links.hpp"
#include "domain/node_code.hpp"

namespace parindex {

bool TaskView::is_responsible(const std::string& unit_key) const {
    return role_of(unit_key).has_value();
}

std::optional<AssignmentRole> TaskView::role_of(const std::string& unit_key) const {
    auto contains = [&](const std::vector<std::string>& keys) {
        return std::find(keys.begin(), keys.end(), unit_key) != keys.end();
    };
    if (contains(lead_units)) {
        return AssignmentRole::lead;
    }
    if (contains(coordinating_units)) {
        return AssignmentRole::coordinating;
    }
    return std::nullopt;
}

const TaskView* Overview::find_task(std::string_view code) const {
    const auto found = std::find_if(tasks.begin(), tasks.end(),
                                    [&](const TaskView& task) { return task.node->code == code; });
    return found == tasks.end() ? nullptr : &*found;
}

const Unit* Overview::find_unit(std::string_view key) const {
    const auto& units = plan_view.units;
    const auto found =
        std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.key == key; });
    return found == units.end() ? nullptr : &*found;
}

std::string Overview::unit_name(std::string_view key) const {
    const Unit* unit = find_unit(key);
    return unit != nullptr ? unit->name : std::string(key);
}

bool Overview::is_locked(const Period& period) const {
    return std::find(locked_periods.begin(), locked_periods.end(), period.code()) !=
           locked_periods.end();
}

std::vector<Period> Overview::reporting_periods() const {
    const PlanInfo& info = plan_view.plan.info;
    std::vector<Period> periods = plan_quarters(info.year);
    periods.erase(periods.begin(), periods.begin() + (first_reporting_quarter(info) - 1));
    return periods;
}

std::vector<Period> Overview::periods_of(const TaskView& task) const {
    const PlanInfo& info = plan_view.plan.info;
    if (!task.node->deadline) {
        return reporting_periods();
    }
    return task_periods(*task.node->deadline,
                        Period{PeriodKind::quarter, info.year, first_reporting_quarter(info)});
}

namespace {

const PlanNode* find_node(const Plan& plan, const std::optional<std::string>& code) {
    if (!code) {
        return nullptr;
    }
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == *code; });
    return found == plan.nodes.end() ? nullptr : &*found;
}

// The linked targets' values over the plan year up to today, for the whole ward.
std::vector<IndicatorGroup> plan_year_indicators(const Overview& overview,
                                                 const DossierSnapshot& dossiers) {
    const int year = overview.plan_view.plan.info.year;
    const auto first = CivilDate::create(year, 1, 1);
    const CivilDate last = CivilDate::last_day_of_month(year, 12);
    if (!first || dossiers.data.table.size() == 0 || overview.today < *first) {
        return {};
    }
    return compute_indicators(dossiers.data,
                              IndicatorQuery{*first, std::min(last, overview.today), Grouping::ward,
                                             std::nullopt, std::nullopt});
}

std::vector<std::optional<AutomaticMeasure>> automatic_measures(
    const PlanNode& node, const std::vector<IndicatorGroup>& ward,
    const DossierSnapshot* dossiers) {
    std::vector<std::optional<AutomaticMeasure>> measures(node.targets.size());
    if (ward.empty() || dossiers == nullptr) {
        return measures;
    }
    const IndicatorGroup& group = ward.front();
    for (std::size_t i = 0; i < node.targets.size(); ++i) {
        const auto indicator = linked_indicator(node.code, static_cast<int>(i));
        const auto percent =
            indicator ? group.counts.rate(*indicator).percent() : std::optional<double>();
        // A percentage target takes the rate as its value; a qualitative one (8.1.4) shows it.
        const bool fits =
            node.targets[i].unit == "%" || node.targets[i].comparator == Comparator::qualitative;
        if (!percent || !fits) {
            continue;
        }
        const Rate rate = group.counts.rate(*indicator);
        const bool counts_procedures = *indicator == Indicator::payment_procedures_rate ||
                                       *indicator == Indicator::payment_enabled_rate;
        std::string source =
            format_label(counts_procedures ? Label::automatic_measure_source_procedures
                                           : Label::automatic_measure_source,
                         {std::string(label_text(indicator_label(*indicator))), format_rate(rate),
                          std::to_string(rate.numerator), std::to_string(rate.denominator)});
        if (dossiers->latest_import) {
            const auto imported = vietnam_date_of(dossiers->latest_import->imported_at);
            source += " " + format_label(Label::automatic_measure_freshness,
                                         {imported ? imported->to_dmy() : std::string("?"),
                                          dossiers->latest_import->latest_day
                                              ? dossiers->latest_import->latest_day->to_dmy()
                                              : std::string("?")});
        }
        measures[i] = AutomaticMeasure{*percent, group.from.to_dmy() + " - " + group.to.to_dmy(),
                                       std::move(source)};
    }
    return measures;
}

void build_tasks(Overview& overview, const DossierSnapshot* dossiers) {
    const std::vector<IndicatorGroup> ward = dossiers != nullptr
                                                 ? plan_year_indicators(overview, *dossiers)
                                                 : std::vector<IndicatorGroup>();
    const Plan& plan = overview.plan_view.plan;
    const auto& units = overview.plan_view.units;
    for (const PlanNode& node : plan.nodes) {
        if (node.kind != NodeKind::task) {
            continue;
        }
        TaskView task;
        task.node = &node;
        task.parent = find_node(plan, parent_code(node.code));
        const auto code = parse_node_code(node.code);
        task.area = code ? find_node(plan, to_roman(code->area())) : nullptr;
        task.lead_units = expand_units(node.lead_units, units);
        // A unit that leads (perhaps through a group) answers for the task with one report, as
        // lead, even when the plan also names it to coordinate.
        task.coordinating_units = expand_units(node.coordinating_units, units, task.lead_units);
        std::erase_if(task.coordinating_units, [&](const std::string& unit) {
            return std::find(task.lead_units.begin(), task.lead_units.end(), unit) !=
                   task.lead_units.end();
        });
        std::vector<ProgressReport> accepted;
        for (const ProgressReport& report : overview.reports) {
            if (report.task_code == node.code && report.state == ReportState::accepted &&
                report.role == AssignmentRole::lead) {
                accepted.push_back(report);
            }
        }
        task.status = compute_task_status(node, task.lead_units, accepted, overview.today,
                                          automatic_measures(node, ward, dossiers));
        overview.tasks.push_back(std::move(task));
    }
}

}  // namespace

Result<std::shared_ptr<const Overview>> load_overview(WorkflowStore& store, const Clock& clock,
                                                      const DossierSnapshot* dossiers,
                                                      const std::optional<Period>& last_period) {
    auto overview = std::make_shared<Overview>(Overview{PlanView{}, clock.today(), {}, {}, {}});
    PARINDEX_TRY_ASSIGN(view, load_plan(store, std::nullopt));
    overview->plan_view = std::move(view);
    const int year = overview->plan_view.plan.info.year;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(reports,
                            store.reports().list_reports(ReportFilter{year, {}, {}, {}, {}}));
        overview->reports = std::move(reports);
        if (last_period) {
            std::erase_if(overview->reports, [&](const ProgressReport& report) {
                return report.period.ends_on() > last_period->ends_on();
            });
        }
        PARINDEX_TRY_ASSIGN(locked, store.period_locks().list_locked(year));
        overview->locked_periods = std::move(locked);
        return {};
    }));
    build_tasks(*overview, dossiers);
    return std::shared_ptr<const Overview>(std::move(overview));
}

Result<bool> OverviewCache::notice_external_changes() {
    PARINDEX_TRY_ASSIGN(marker, m_store.external_change_marker());
    const std::int64_t previous = m_external_marker.exchange(marker);
    if (previous == marker) {
        return false;
    }
    invalidate();
    return true;
}

Result<std::shared_ptr<const Overview>> OverviewCache::get() {
    const std::lock_guard lock(m_mutex);
    const std::uint64_t version = m_version.load();
    std::shared_ptr<const DossierSnapshot> dossiers;
    if (m_dossiers != nullptr) {
        PARINDEX_TRY_ASSIGN(snapshot, m_dossiers->get());
        dossiers = std::move(snapshot);
    }
    if (m_overview && m_overview_version == version && m_overview->today == m_clock.today() &&
        m_overview_dossiers == dossiers) {
        return m_overview;
    }
    PARINDEX_TRY_ASSIGN(fresh, load_overview(m_store, m_clock, dossiers.get()));
    m_overview = std::move(fresh);
    m_overview_version = version;
    m_overview_dossiers = std::move(dossiers);
    return m_overview;
}

}  // namespace parindex
