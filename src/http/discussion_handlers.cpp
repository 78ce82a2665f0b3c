#include <nlohmann/json.hpp>

#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/view_json.hpp"

namespace parindex {

Result<HttpResponse> handle_list_obstacles(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(obstacles,
                        context.discussions.obstacles(overview->plan_view.plan.info.year));
    nlohmann::json list = nlohmann::json::array();
    for (const Obstacle& obstacle : obstacles) {
        list.push_back(obstacle_json(obstacle, *overview));
    }
    return json_response(200, nlohmann::json{{"obstacles", std::move(list)}});
}

Result<HttpResponse> handle_raise_obstacle(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(task_code, text_field(body, "task_code"));
    PARINDEX_TRY_ASSIGN(text, text_field(body, "text"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(obstacle,
                        context.discussions.raise(request.actor(), *overview, task_code, text));
    return json_response(201, obstacle_json(obstacle, *overview));
}

Result<HttpResponse> handle_answer_obstacle(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(answer, text_field(body, "answer"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(obstacle, context.discussions.answer(request.actor(), id, answer));
    return json_response(200, obstacle_json(obstacle, *overview));
}

}  // namespace parindex
