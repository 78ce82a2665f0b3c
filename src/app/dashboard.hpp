#pragma once
// Where the ward stands: tasks counted by traffic light and by official status, for the whole
// plan, per area and per unit; the overdue tasks; reports counted by review state.

#include <array>
#include <string>
#include <vector>

#include "app/overview.hpp"

namespace parindex {

struct StatusCounts {
    int on_track = 0;
    int at_risk = 0;
    int overdue = 0;
    int done = 0;
    int total = 0;
    int done_on_time = 0;
    int done_late = 0;
    int open_in_time = 0;
    int open_overdue = 0;

    void add(const TaskStatus& status);
};

struct GroupCounts {
    std::string key;  // area code or unit key
    std::string name;
    StatusCounts counts;
};

struct Dashboard {
    StatusCounts totals;
    std::vector<GroupCounts> by_area;
    std::vector<GroupCounts> by_unit;  // a task counts for every unit that leads it
    std::vector<const TaskView*> overdue;
    std::array<int, 4> reports_by_state{};  // indexed by ReportState
};

[[nodiscard]] Dashboard build_dashboard(const Overview& overview);

}  // namespace parindex
