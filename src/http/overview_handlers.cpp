#include <nlohmann/json.hpp>

#include "app/dashboard.hpp"
#include "app/inbox.hpp"
#include "app/period_calendar.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/view_json.hpp"

namespace parindex {

namespace {

nlohmann::json unit_json(const Unit& unit, const Overview& overview) {
    int leads = 0;
    int supports = 0;
    StatusCounts counts;
    for (const TaskView& task : overview.tasks) {
        const auto role = task.role_of(unit.key);
        if (!role) {
            continue;
        }
        (*role == AssignmentRole::lead ? leads : supports) += 1;
        if (*role == AssignmentRole::lead) {
            counts.add(task.status);
        }
    }
    return nlohmann::json{{"key", unit.key},
                          {"name", unit.name},
                          {"kind", unit_kind_code(unit.kind)},
                          {"is_coordinator", unit.is_coordinator},
                          {"tasks_led", leads},
                          {"tasks_supported", supports},
                          {"status_counts", counts_json(counts)}};
}

Result<HttpResponse> lock(ApiContext& context, RequestContext& request, bool is_locked) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(view, set_period_lock(context.store, context.clock, request.actor(),
                                              *overview, request.params.at(0), is_locked));
    return json_response(200, period_json(view));
}

}  // namespace

Result<HttpResponse> handle_dashboard(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    return json_text_response(context.views.get(ViewCache::View::dashboard, overview, [&] {
        return dashboard_json(build_dashboard(*overview), *overview).dump();
    }));
}

Result<HttpResponse> handle_public_progress(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    return json_text_response(context.views.get(ViewCache::View::public_progress, overview, [&] {
        return public_progress_json(build_dashboard(*overview), *overview).dump();
    }));
}

Result<HttpResponse> handle_inbox(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(obstacles,
                        context.discussions.obstacles(overview->plan_view.plan.info.year));
    nlohmann::json items = nlohmann::json::array();
    for (const InboxItem& item : build_inbox(*overview, request.actor(), obstacles)) {
        items.push_back(inbox_item_json(item, *overview));
    }
    return json_response(200, nlohmann::json{{"items", std::move(items)}});
}

Result<HttpResponse> handle_list_units(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    return json_text_response(context.views.get(ViewCache::View::units, overview, [&] {
        nlohmann::json units = nlohmann::json::array();
        for (const Unit& unit : overview->plan_view.units) {
            units.push_back(unit_json(unit, *overview));
        }
        return nlohmann::json{{"units", std::move(units)}}.dump();
    }));
}

Result<HttpResponse> handle_get_unit(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const Unit* unit = overview->find_unit(request.params.at(0));
    if (unit == nullptr) {
        return fail(ErrorCode::not_found, Label::error_unit_not_found, {request.params.at(0)});
    }
    nlohmann::json tasks = nlohmann::json::array();
    for (const TaskView& task : overview->tasks) {
        if (const auto role = task.role_of(unit->key)) {
            nlohmann::json entry = task_summary_json(task, *overview);
            entry["role"] = assignment_role_code(*role);
            tasks.push_back(std::move(entry));
        }
    }
    return json_response(
        200, nlohmann::json{{"unit", unit_json(*unit, *overview)}, {"tasks", std::move(tasks)}});
}

Result<HttpResponse> handle_list_periods(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    nlohmann::json periods = nlohmann::json::array();
    for (const PeriodView& view : list_periods(*overview)) {
        periods.push_back(period_json(view));
    }
    return json_response(200, nlohmann::json{{"periods", std::move(periods)}});
}

Result<HttpResponse> handle_lock_period(ApiContext& context, RequestContext& request) {
    return lock(context, request, true);
}

Result<HttpResponse> handle_unlock_period(ApiContext& context, RequestContext& request) {
    return lock(context, request, false);
}

}  // namespace parindex
