#include "app/inbox.hpp"

#include "domain/permissions.hpp"

namespace parindex {

std::vector<Responsibility> responsibilities(const Overview& overview) {
    std::vector<Responsibility> duties;
    for (const TaskView& task : overview.tasks) {
        const std::vector<Period> periods = overview.periods_of(task);
        for (const std::string& unit : task.lead_units) {
            duties.push_back(Responsibility{task.node->code, unit, AssignmentRole::lead, periods});
        }
        for (const std::string& unit : task.coordinating_units) {
            duties.push_back(
                Responsibility{task.node->code, unit, AssignmentRole::coordinating, periods});
        }
    }
    return duties;
}

std::vector<InboxItem> build_inbox(const Overview& overview, const Actor& actor,
                                   const std::vector<Obstacle>& obstacles) {
    std::vector<InboxItem> items;
    for (UrgingItem& urging : compute_urgings(responsibilities(overview), overview.reports,
                                              overview.locked_periods, overview.today)) {
        if (concerns(urging, actor)) {
            items.push_back(InboxItem{std::move(urging), nullptr});
        }
    }
    if (!can_answer_obstacles(actor)) {
        return items;
    }
    for (const Obstacle& obstacle : obstacles) {
        if (obstacle.is_open()) {
            InboxItem item{
                UrgingItem{UrgingKind::to_review, UrgingLevel::coordinator, obstacle.task_code,
                           obstacle.unit_key, quarter_of(overview.today), 0, overview.today},
                &obstacle};
            items.push_back(std::move(item));
        }
    }
    return items;
}

}  // namespace parindex
