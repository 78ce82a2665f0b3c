#pragma once
// An obstacle (vướng mắc, kiến nghị) a unit raises on a task, answered by the coordinator or
// the committee's leaders; and the comments the leaders leave on tasks.

#include <cstdint>
#include <string>

namespace parindex {

struct Obstacle {
    std::int64_t id = 0;
    int plan_year = 0;
    std::string task_code;
    std::string unit_key;
    std::string text;
    std::string raised_at;
    std::string raised_by;
    std::string answer;  // empty while open
    std::string answered_at;
    std::string answered_by;

    [[nodiscard]] bool is_open() const { return answer.empty(); }
};

struct TaskComment {
    std::int64_t id = 0;
    int plan_year = 0;
    std::string task_code;
    std::string text;
    std::string written_at;
    std::string written_by;
};

}  // namespace parindex
