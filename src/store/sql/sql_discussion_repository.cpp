#include "store/sql/sql_discussion_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_select_obstacles =
    "SELECT id, plan_year, task_code, unit_key, text, raised_at, raised_by, answer, answered_at, "
    "answered_by FROM obstacles";

Obstacle read_obstacle(const SqlStatement& statement) {
    Obstacle obstacle;
    obstacle.id = statement.integer(0);
    obstacle.plan_year = static_cast<int>(statement.integer(1));
    obstacle.task_code = statement.text(2);
    obstacle.unit_key = statement.text(3);
    obstacle.text = statement.text(4);
    obstacle.raised_at = statement.text(5);
    obstacle.raised_by = statement.text(6);
    obstacle.answer = statement.text(7);
    obstacle.answered_at = statement.text(8);
    obstacle.answered_by = statement.text(9);
    return obstacle;
}

}  // namespace

Result<std::vector<Obstacle>> SqlDiscussionRepository::list_obstacles(int plan_year) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(std::string(k_select_obstacles) +
                                                        " WHERE plan_year = ? ORDER BY id"));
    statement.bind(1, plan_year);
    std::vector<Obstacle> obstacles;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        obstacles.push_back(read_obstacle(statement));
        return {};
    }));
    return obstacles;
}

Result<std::optional<Obstacle>> SqlDiscussionRepository::find_obstacle(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare(std::string(k_select_obstacles) + " WHERE id = ?"));
    statement.bind(1, id);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<Obstacle>{};
    }
    std::optional<Obstacle> obstacle = read_obstacle(statement);
    statement.reset();
    return obstacle;
}

Result<std::int64_t> SqlDiscussionRepository::create_obstacle(const Obstacle& obstacle) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("INSERT INTO obstacles (plan_year, task_code, unit_key, text, "
                             "raised_at, raised_by, answer, answered_at, answered_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return statement.bind(1, obstacle.plan_year)
        .bind(2, obstacle.task_code)
        .bind(3, obstacle.unit_key)
        .bind(4, obstacle.text)
        .bind(5, obstacle.raised_at)
        .bind(6, obstacle.raised_by)
        .bind(7, obstacle.answer)
        .bind(8, obstacle.answered_at)
        .bind(9, obstacle.answered_by)
        .run_returning_id();
}

Result<void> SqlDiscussionRepository::answer_obstacle(const Obstacle& obstacle) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("UPDATE obstacles SET answer = ?, "
                                                        "answered_at = ?, answered_by = ? "
                                                        "WHERE id = ?"));
    PARINDEX_TRY(statement.bind(1, obstacle.answer)
                     .bind(2, obstacle.answered_at)
                     .bind(3, obstacle.answered_by)
                     .bind(4, obstacle.id)
                     .run());
    if (m_connection.changes() == 0) {
        return sql_missing("obstacles.id = " + std::to_string(obstacle.id));
    }
    return {};
}

Result<std::vector<TaskComment>> SqlDiscussionRepository::list_comments(int plan_year) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT id, plan_year, task_code, text, written_at, "
                                             "written_by FROM task_comments WHERE plan_year = ? "
                                             "ORDER BY id"));
    statement.bind(1, plan_year);
    std::vector<TaskComment> comments;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        comments.push_back(TaskComment{statement.integer(0), static_cast<int>(statement.integer(1)),
                                       statement.text(2), statement.text(3), statement.text(4),
                                       statement.text(5)});
        return {};
    }));
    return comments;
}

Result<std::int64_t> SqlDiscussionRepository::add_comment(const TaskComment& comment) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("INSERT INTO task_comments (plan_year, task_code, text, "
                             "written_at, written_by) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    return statement.bind(1, comment.plan_year)
        .bind(2, comment.task_code)
        .bind(3, comment.text)
        .bind(4, comment.written_at)
        .bind(5, comment.written_by)
        .run_returning_id();
}

}  // namespace parindex
