#pragma once
// Use cases: a unit raises an obstacle on a task to the committee through the coordinator, who
// (or a leader) answers it; leaders leave comments on tasks.

#include "app/clock.hpp"
#include "app/overview.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

class Discussions {
  public:
    Discussions(WorkflowStore& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    [[nodiscard]] Result<std::vector<Obstacle>> obstacles(int plan_year);
    [[nodiscard]] Result<Obstacle> raise(const Actor& actor, const Overview& overview,
                                         const std::string& task_code, const std::string& text);
    [[nodiscard]] Result<Obstacle> answer(const Actor& actor, std::int64_t id,
                                          const std::string& text);
    [[nodiscard]] Result<std::vector<TaskComment>> comments(int plan_year);
    [[nodiscard]] Result<TaskComment> comment(const Actor& actor, const Overview& overview,
                                              const std::string& task_code,
                                              const std::string& text);

  private:
    WorkflowStore& m_store;
    const Clock& m_clock;
};

}  // namespace parindex
