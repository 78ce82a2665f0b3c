#pragma once
// Obstacles and task comments in SQLite.

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlDiscussionRepository final : public DiscussionRepository {
  public:
    explicit SqlDiscussionRepository(SqlConnection& connection) : m_connection(connection) {}

    // In the order they were raised (id order).
    Result<std::vector<Obstacle>> list_obstacles(int plan_year) override;
    Result<std::optional<Obstacle>> find_obstacle(std::int64_t id) override;
    Result<std::int64_t> create_obstacle(const Obstacle& obstacle) override;
    // Writes the answer, its time and author; a missing obstacle is not_found.
    Result<void> answer_obstacle(const Obstacle& obstacle) override;
    // In the order they were written (id order).
    Result<std::vector<TaskComment>> list_comments(int plan_year) override;
    Result<std::int64_t> add_comment(const TaskComment& comment) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
