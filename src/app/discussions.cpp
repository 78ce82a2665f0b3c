#include "app/discussions.hpp"

#include "app/audit_snapshot.hpp"
#include "app/text_input.hpp"
#include "domain/permissions.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_max_text = 5000;

}  // namespace

Result<std::vector<Obstacle>> Discussions::obstacles(int plan_year) {
    std::vector<Obstacle> list;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.discussions().list_obstacles(plan_year));
        list = std::move(found);
        return {};
    }));
    return list;
}

Result<Obstacle> Discussions::raise(const Actor& actor, const Overview& overview,
                                    const std::string& task_code, const std::string& text) {
    const TaskView* task = overview.find_task(task_code);
    if (task == nullptr) {
        return fail(ErrorCode::not_found, Label::error_task_not_found, {task_code});
    }
    std::vector<std::string> responsible = task->lead_units;
    responsible.insert(responsible.end(), task->coordinating_units.begin(),
                       task->coordinating_units.end());
    if (!can_raise_obstacle(actor, responsible)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY_ASSIGN(body, required_text(text, k_max_text, Label::word_obstacle, "text"));
    Obstacle obstacle{0,
                      overview.plan_view.plan.info.year,
                      task_code,
                      actor.unit_key,
                      body,
                      m_clock.now(),
                      actor.username,
                      {},
                      {},
                      {}};
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(id, m_store.discussions().create_obstacle(obstacle));
        obstacle.id = id;
        return m_store.audit().append(AuditEntry{0, obstacle.raised_at, actor.username,
                                                 "obstacle.raise", "obstacle:" + std::to_string(id),
                                                 task_code, "", snapshot(obstacle)});
    }));
    return obstacle;
}

Result<Obstacle> Discussions::answer(const Actor& actor, std::int64_t id, const std::string& text) {
    if (!can_answer_obstacles(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY_ASSIGN(body, required_text(text, k_max_text, Label::word_answer, "answer"));
    Obstacle after;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, m_store.discussions().find_obstacle(id));
        if (!before) {
            return fail(ErrorCode::not_found, Label::error_obstacle_not_found,
                        {std::to_string(id)});
        }
        after = *before;
        after.answer = body;
        after.answered_at = m_clock.now();
        after.answered_by = actor.username;
        PARINDEX_TRY(m_store.discussions().answer_obstacle(after));
        return m_store.audit().append(AuditEntry{
            0, after.answered_at, actor.username, "obstacle.answer",
            "obstacle:" + std::to_string(id), after.task_code, snapshot(*before), snapshot(after)});
    }));
    return after;
}

Result<std::vector<TaskComment>> Discussions::comments(int plan_year) {
    std::vector<TaskComment> list;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.discussions().list_comments(plan_year));
        list = std::move(found);
        return {};
    }));
    return list;
}

Result<TaskComment> Discussions::comment(const Actor& actor, const Overview& overview,
                                         const std::string& task_code, const std::string& text) {
    if (!can_comment(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    if (overview.find_task(task_code) == nullptr) {
        return fail(ErrorCode::not_found, Label::error_task_not_found, {task_code});
    }
    PARINDEX_TRY_ASSIGN(body, required_text(text, k_max_text, Label::word_comment, "text"));
    TaskComment comment{
        0, overview.plan_view.plan.info.year, task_code, body, m_clock.now(), actor.username};
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(id, m_store.discussions().add_comment(comment));
        comment.id = id;
        return m_store.audit().append(AuditEntry{0, comment.written_at, actor.username,
                                                 "task.comment", "comment:" + std::to_string(id),
                                                 task_code, "", snapshot(comment)});
    }));
    return comment;
}

}  // namespace parindex
