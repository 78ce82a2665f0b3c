#include "app/dashboard.hpp"

#include <algorithm>

namespace parindex {

void StatusCounts::add(const TaskStatus& status) {
    ++total;
    switch (status.light) {
        case Light::on_track:
            ++on_track;
            break;
        case Light::at_risk:
            ++at_risk;
            break;
        case Light::overdue:
            ++overdue;
            break;
        case Light::done:
            ++done;
            break;
    }
    switch (status.official) {
        case OfficialStatus::done_on_time:
            ++done_on_time;
            break;
        case OfficialStatus::done_late:
            ++done_late;
            break;
        case OfficialStatus::open_in_time:
            ++open_in_time;
            break;
        case OfficialStatus::open_overdue:
            ++open_overdue;
            break;
    }
}

namespace {

GroupCounts& group_for(std::vector<GroupCounts>& groups, const std::string& key,
                       const std::string& name) {
    const auto found = std::find_if(groups.begin(), groups.end(),
                                    [&](const GroupCounts& g) { return g.key == key; });
    if (found != groups.end()) {
        return *found;
    }
    groups.push_back(GroupCounts{key, name, {}});
    return groups.back();
}

}  // namespace

Dashboard build_dashboard(const Overview& overview) {
    Dashboard dashboard;
    for (const PlanNode& node : overview.plan_view.plan.nodes) {
        if (node.kind == NodeKind::area) {
            group_for(dashboard.by_area, node.code, node.title);
        }
    }
    for (const Unit& unit : overview.plan_view.units) {
        if (unit.kind == UnitKind::unit) {
            group_for(dashboard.by_unit, unit.key, unit.name);
        }
    }
    for (const TaskView& task : overview.tasks) {
        dashboard.totals.add(task.status);
        if (task.area != nullptr) {
            group_for(dashboard.by_area, task.area->code, task.area->title).counts.add(task.status);
        }
        for (const std::string& unit : task.lead_units) {
            group_for(dashboard.by_unit, unit, overview.unit_name(unit)).counts.add(task.status);
        }
        if (task.status.light == Light::overdue) {
            dashboard.overdue.push_back(&task);
        }
    }
    for (const ProgressReport& report : overview.reports) {
        ++dashboard.reports_by_state.at(static_cast<std::size_t>(report.state));
    }
    return dashboard;
}

}  // namespace parindex
