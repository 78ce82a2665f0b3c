#include "app/scorecard.hpp"

#include <algorithm>
#include <set>

#include "core/decimal.hpp"
#include "domain/indicator_trend.hpp"
#include "domain/node_code.hpp"

namespace parindex {

namespace {

constexpr int k_months = 12;

// What the dossiers say over the plan year up to today.
struct DossierFacts {
    CivilDate from;
    CivilDate to;
    DossierFacts(CivilDate first, CivilDate last) : from(first), to(last) {}
    std::optional<IndicatorCounts> ward;
    std::vector<IndicatorGroup> months;
    std::vector<IndicatorGroup> units;
};

DossierFacts dossier_facts(const DossierSnapshot* dossiers, int year, const CivilDate& today) {
    const CivilDate first = CivilDate::last_day_of_month(year - 1, k_months).plus_days(1);
    DossierFacts facts(first, std::min(CivilDate::last_day_of_month(year, k_months), today));
    if (dossiers == nullptr || dossiers->data.table.size() == 0 || today < first) {
        return facts;
    }
    const auto query = [&](Grouping grouping) {
        return compute_indicators(dossiers->data, IndicatorQuery{facts.from, facts.to, grouping,
                                                                 std::nullopt, std::nullopt});
    };
    facts.ward = query(Grouping::ward).front().counts;
    facts.months = query(Grouping::month);
    facts.units = query(Grouping::unit);
    return facts;
}

// Everything one criterion's value is read from.
class InputGatherer {
  public:
    InputGatherer(const Overview& overview, const DossierFacts& dossiers,
                  const std::vector<CriterionEntry>& entries,
                  const std::vector<CriterionResult>& last_year)
        : m_overview(overview), m_dossiers(dossiers) {
        for (const CriterionEntry& entry : entries) {
            m_entries.emplace(entry.code, &entry);
        }
        for (const CriterionResult& result : last_year) {
            m_last_year.emplace(result.code, &result);
        }
        m_year_over = overview.today >
                      CivilDate::last_day_of_month(overview.plan_view.plan.info.year, k_months);
    }

    CriterionInput gather(const MethodologyNode& node, const Assumptions& assumptions) const {
        CriterionInput input;
        input.code = node.code;
        input.lead_units = lead_units(node.code);
        const ScoringRule& rule = *node.rule;
        const TaskView* task = m_overview.find_task(node.code);
        input.closed = closes_with_task(rule) && task != nullptr && task->node->deadline
                           ? task->node->deadline->due < m_overview.today
                           : m_year_over;
        if (const auto assumed = assumptions.find(node.code); assumed != assumptions.end()) {
            input.value_now = assumed->second;
            input.reason = format_label(Label::reason_assumed, {format_decimal(assumed->second)});
            return input;
        }
        if (closes_with_task(rule) && !measures_on_plan(task, rule)) {
            // A ward's plan may lack what a methodology made for another plan scores (the
            // province's template, say): nothing is measured, and the reason says why.
            input.reason = task == nullptr
                               ? format_label(Label::reason_no_task, {node.code})
                               : format_label(Label::reason_no_target,
                                              {node.code, std::to_string(rule.target_index + 1)});
            add_last_year(node, input);
            return input;
        }
        switch (rule.source) {
            case MeasureSource::indicator:
                read_indicator(*rule.indicator, input);
                break;
            case MeasureSource::target:
                read_target(task, rule.target_index, input);
                break;
            case MeasureSource::task:
                read_task(task, rule, input);
                break;
            case MeasureSource::entered:
                read_entry(input);
                break;
        }
        add_last_year(node, input);
        return input;
    }

  private:
    static bool closes_with_task(const ScoringRule& rule) {
        return rule.source == MeasureSource::task || rule.source == MeasureSource::target;
    }

    // The plan has the task the rule reads, and the target when it reads one.
    static bool measures_on_plan(const TaskView* task, const ScoringRule& rule) {
        if (task == nullptr) {
            return false;
        }
        if (rule.source != MeasureSource::target) {
            return true;
        }
        const auto index = static_cast<std::size_t>(rule.target_index);
        return rule.target_index >= 0 && index < task->node->targets.size() &&
               index < task->status.measures.size();
    }

    // The plain units leading the criterion's task, or every task below a group.
    std::vector<std::string> lead_units(const std::string& code) const {
        std::set<std::string> units;
        for (const TaskView& task : m_overview.tasks) {
            if (task.node->code == code || is_below(task.node->code, code)) {
                units.insert(task.lead_units.begin(), task.lead_units.end());
            }
        }
        return {units.begin(), units.end()};
    }

    static bool is_below(std::string_view code, std::string_view ancestor) {
        for (auto parent = parent_code(code); parent; parent = parent_code(*parent)) {
            if (*parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    void read_indicator(Indicator indicator, CriterionInput& input) const {
        const int year = m_overview.plan_view.plan.info.year;
        const std::string name(label_text(indicator_label(indicator)));
        if (!m_dossiers.ward) {
            input.reason = format_label(Label::reason_no_dossiers, {std::to_string(year), name});
            return;
        }
        const IndicatorCounts& counts = *m_dossiers.ward;
        const Rate rate = counts.rate(indicator);
        const auto percent = rate.percent();
        if (!percent) {
            input.reason = format_label(Label::reason_no_dossiers, {std::to_string(year), name});
            return;
        }
        input.value_now = *percent;
        input.reason = format_label(
            Label::reason_indicator,
            {name, format_rate(rate), format_count(rate.numerator), format_count(rate.denominator),
             m_dossiers.from.to_dmy(), m_dossiers.to.to_dmy()});
        if (indicator == Indicator::on_time_rate || indicator == Indicator::apology_rate) {
            input.reason +=
                "; " + format_label(Label::reason_late_dossiers,
                                    {format_count(counts.late),
                                     format_count(counts.late - counts.late_apologised)});
        }
        project_indicator(indicator, input);
    }

    void project_indicator(Indicator indicator, CriterionInput& input) const {
        std::vector<MonthlyCounts> months;
        for (const IndicatorGroup& group : m_dossiers.months) {
            const Rate rate = group.counts.rate(indicator);
            months.push_back(MonthlyCounts{group.from.month(), rate.numerator, rate.denominator});
        }
        const auto projection = project_year_rate(months, k_months);
        if (!projection) {
            return;
        }
        input.value_projected = projection->percent;
        const std::string percent = format_decimal(round_points(projection->percent));
        input.projection_note =
            projection->slope != 0
                ? format_label(Label::projection_trend,
                               {std::to_string(projection->months_fitted),
                                format_decimal(round_points(projection->slope)), percent})
                : format_label(Label::projection_flat,
                               {std::to_string(projection->months_fitted), percent});
    }

    static void read_target(const TaskView* task, int index, CriterionInput& input) {
        const Target& target = task->node->targets[static_cast<std::size_t>(index)];
        const TargetMeasure& measure = task->status.measures[static_cast<std::size_t>(index)];
        if (!measure.measured) {
            input.reason =
                format_label(Label::reason_target_none, {target.label, describe_target(target)});
            return;
        }
        input.value_now = *measure.measured;
        input.reason = format_label(Label::reason_target_value,
                                    {target.label, format_quantity(*measure.measured, target.unit),
                                     describe_target(target), measure.period});
    }

    void read_task(const TaskView* task, const ScoringRule& rule, CriterionInput& input) const {
        const std::string due =
            task->node->deadline ? task->node->deadline->due.to_dmy() : task->node->deadline_text;
        if (task->status.light != Light::done) {
            input.reason = format_label(
                input.closed ? Label::reason_task_missed : Label::reason_task_open, {due});
            return;
        }
        const bool evidenced = rule.type != RuleType::yes_no || has_evidence(*task);
        input.value_now = evidenced ? 1 : 0;
        input.reason = evidenced ? format_label(Label::reason_task_done)
                                 : format_label(Label::reason_task_no_evidence, {rule.evidence});
    }

    // An accepted lead report of the task carries a file or a document reference.
    bool has_evidence(const TaskView& task) const {
        return std::any_of(
            m_overview.reports.begin(), m_overview.reports.end(), [&](const ProgressReport& r) {
                return r.task_code == task.node->code && r.state == ReportState::accepted &&
                       (!r.evidence.empty() || !r.documents.empty());
            });
    }

    void read_entry(CriterionInput& input) const {
        const auto found = m_entries.find(input.code);
        if (found == m_entries.end()) {
            input.reason = format_label(Label::reason_entered_none);
            return;
        }
        const CriterionEntry& entry = *found->second;
        input.value_now = entry.value;
        const auto day = vietnam_date_of(entry.entered_at);
        input.reason =
            format_label(Label::reason_entered, {format_decimal(entry.value), entry.entered_by,
                                                 day ? day->to_dmy() : entry.entered_at});
        if (!entry.note.empty()) {
            input.reason += ": " + entry.note;
        }
    }

    void add_last_year(const MethodologyNode& node, CriterionInput& input) const {
        const auto found = m_last_year.find(node.code);
        const auto points =
            found == m_last_year.end() ? std::nullopt : found->second->settled_points();
        if (!points || *points >= node.max_points) {
            return;
        }
        input.reason += (input.reason.empty() ? "" : ". ") +
                        format_label(Label::reason_lost_last_year,
                                     {format_points(*points), format_points(node.max_points)});
    }

    const Overview& m_overview;
    const DossierFacts& m_dossiers;
    std::map<std::string, const CriterionEntry*, std::less<>> m_entries;
    std::map<std::string, const CriterionResult*, std::less<>> m_last_year;
    bool m_year_over = false;
};

// Each plan unit's overdue tasks and late dossiers (through the one-stop unit mapping).
std::vector<UnitFacts> unit_facts(const Overview& overview, const DossierSnapshot* dossiers,
                                  const DossierFacts& facts) {
    std::vector<UnitFacts> result;
    for (const Unit& unit : overview.plan_view.units) {
        UnitFacts fact{unit.key, 0, 0};
        for (const TaskView& task : overview.tasks) {
            if (task.status.light == Light::overdue &&
                std::find(task.lead_units.begin(), task.lead_units.end(), unit.key) !=
                    task.lead_units.end()) {
                ++fact.overdue_tasks;
            }
        }
        if (dossiers != nullptr) {
            for (const IndicatorGroup& group : facts.units) {
                const auto index = dossiers->find_unit(group.key);
                if (index && dossiers->data.units[*index].plan_unit_key == unit.key) {
                    fact.late_dossiers += group.counts.late;
                }
            }
        }
        if (unit.kind == UnitKind::unit) {
            result.push_back(std::move(fact));
        }
    }
    return result;
}

}  // namespace

Result<std::unique_ptr<const Scorecard>> build_scorecard(WorkflowStore& store,
                                                         const Overview& overview,
                                                         const DossierSnapshot* dossiers,
                                                         Methodology methodology,
                                                         const Assumptions& assumptions) {
    const int year = overview.plan_view.plan.info.year;
    for (const auto& [code, value] : assumptions) {
        const MethodologyNode* node = methodology.find(code);
        if (node == nullptr || !node->is_leaf()) {
            return fail(ErrorCode::invalid_input, Label::error_assumption_code,
                        {code, std::to_string(year)}, Location{{}, 0, code});
        }
    }
    std::vector<CriterionResult> this_year;
    std::vector<CriterionResult> last_year;
    std::vector<CriterionEntry> entries;
    std::vector<User> users;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(accounts, store.users().list_users());
        users = std::move(accounts);
        PARINDEX_TRY_ASSIGN(current, store.scores().list_results(year));
        PARINDEX_TRY_ASSIGN(previous, store.scores().list_results(year - 1));
        PARINDEX_TRY_ASSIGN(entered, store.scores().list_entries(year));
        this_year = std::move(current);
        last_year = std::move(previous);
        entries = std::move(entered);
        return {};
    }));
    const DossierFacts facts = dossier_facts(dossiers, year, overview.today);
    const InputGatherer gatherer(overview, facts, entries, last_year);
    std::vector<CriterionInput> inputs;
    for (const MethodologyNode& node : methodology.nodes) {
        if (node.is_leaf()) {
            inputs.push_back(gatherer.gather(node, assumptions));
        }
    }
    auto card = std::make_unique<Scorecard>(overview.today);
    card->year = year;
    card->tree =
        build_score_tree(methodology, overview.plan_view.plan, inputs, this_year, last_year);
    card->methodology = std::move(methodology);
    card->risks = rank_risks(card->tree);
    card->units = account_units(card->tree, unit_facts(overview, dossiers, facts));
    for (const User& user : users) {
        if (user.role == Role::unit_head && user.is_active) {
            card->unit_heads.emplace(user.unit_key, user.display_name);
        }
    }
    return std::unique_ptr<const Scorecard>(std::move(card));
}

}  // namespace parindex
