#include <algorithm>
#include <nlohmann/json.hpp>
#include <span>

#include "app/load_plan.hpp"
#include "app/target_correction.hpp"
#include "core/embedded_file.hpp"
#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "domain/permissions.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/plan_json.hpp"
#include "http/view_json.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_openapi();

namespace {

bool matches_search(const TaskView& task, const std::string& folded_query) {
    if (folded_query.empty()) {
        return true;
    }
    const std::string haystack =
        fold_for_matching(task.node->code + " " + task.node->title + " " + task.node->requirement);
    return haystack.find(folded_query) != std::string::npos;
}

}  // namespace

Result<HttpResponse> handle_openapi(ApiContext& /*context*/, RequestContext& /*request*/) {
    return HttpResponse{200,
                        "application/json; charset=utf-8",
                        std::string(embedded_openapi().front().content),
                        {}};
}

Result<HttpResponse> handle_get_plan(ApiContext& context, RequestContext& request) {
    std::optional<int> year;
    if (const std::string text = query_value(request.request.query, "year"); !text.empty()) {
        const auto parsed = parse_exact<int>(text);
        if (!parsed || *parsed < 1900 || *parsed > 9999) {
            return fail(ErrorCode::invalid_input, Label::error_bad_year, {text},
                        Location{{}, 0, "year"});
        }
        year = parsed;
    }
    if (!year) {  // the current plan, as the overview holds it
        PARINDEX_TRY_ASSIGN(overview, context.overview.get());
        return json_text_response(context.views.get(ViewCache::View::plan, overview, [&] {
            return plan_to_json(overview->plan_view, JsonLayout::compact);
        }));
    }
    PARINDEX_TRY_ASSIGN(view, load_plan(context.store, year));
    return json_text_response(plan_to_json(view, JsonLayout::compact));
}

Result<HttpResponse> handle_list_tasks(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const std::string query = fold_for_matching(query_value(request.request.query, "q"));
    auto build = [&] {
        nlohmann::json tasks = nlohmann::json::array();
        for (const TaskView& task : overview->tasks) {
            if (matches_search(task, query)) {
                tasks.push_back(task_summary_json(task, *overview));
            }
        }
        return nlohmann::json{{"year", overview->plan_view.plan.info.year},
                              {"today", overview->today.to_iso()},
                              {"tasks", std::move(tasks)}}
            .dump();
    };
    if (!query.empty()) {
        return json_text_response(build());
    }
    return json_text_response(context.views.get(ViewCache::View::tasks, overview, build));
}

Result<HttpResponse> handle_get_task(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const std::string& code = request.params.at(0);
    const TaskView* task = overview->find_task(code);
    if (task == nullptr) {
        return fail(ErrorCode::not_found, Label::error_task_not_found, {code});
    }
    const Actor& actor = request.actor();
    const int year = overview->plan_view.plan.info.year;
    nlohmann::json out = task_summary_json(*task, *overview);
    out["requirement"] = task->node->requirement;
    out["parent_title"] = task->parent != nullptr ? task->parent->title : "";
    nlohmann::json reports = nlohmann::json::array();
    for (const ProgressReport& report : overview->reports) {
        if (report.task_code == code && can_read_report(actor, report)) {
            reports.push_back(report_json(report, *overview, actor));
        }
    }
    out["reports"] = std::move(reports);
    PARINDEX_TRY_ASSIGN(obstacles, context.discussions.obstacles(year));
    out["obstacles"] = nlohmann::json::array();
    for (const Obstacle& obstacle : obstacles) {
        if (obstacle.task_code == code) {
            out["obstacles"].push_back(obstacle_json(obstacle, *overview));
        }
    }
    PARINDEX_TRY_ASSIGN(comments, context.discussions.comments(year));
    out["comments"] = nlohmann::json::array();
    for (const TaskComment& comment : comments) {
        if (comment.task_code == code) {
            out["comments"].push_back(comment_json(comment));
        }
    }
    out["periods"] = nlohmann::json::array();
    for (const Period& period : overview->periods_of(*task)) {
        out["periods"].push_back(period_json(PeriodView{
            period, period_state(period, overview->today, overview->is_locked(period))}));
    }
    nlohmann::json reportable = nlohmann::json::array();
    for (const auto* units : {&task->lead_units, &task->coordinating_units}) {
        for (const std::string& unit : *units) {
            if (can_edit_reports_of(actor, unit)) {
                reportable.push_back(unit);
            }
        }
    }
    out["can_report_for"] = std::move(reportable);
    out["can_comment"] = can_comment(actor);
    out["can_edit_targets"] = can_edit_plan(actor);
    return json_response(200, out);
}

Result<HttpResponse> handle_task_history(ApiContext& context, RequestContext& request) {
    const std::string& code = request.params.at(0);
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    if (overview->find_task(code) == nullptr) {
        return fail(ErrorCode::not_found, Label::error_task_not_found, {code});
    }
    constexpr std::string_view k_report_entity = "report:";
    nlohmann::json list = nlohmann::json::array();
    PARINDEX_TRY(context.store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(entries, context.store.audit().list_for_task(code));
        for (const AuditEntry& entry : entries) {
            // A report still in another unit's drafts is that unit's own, and so is its history;
            // looked up in the database, whatever year the report belongs to.
            if (entry.entity.starts_with(k_report_entity)) {
                const auto id = parse_exact<std::int64_t>(
                    std::string_view(entry.entity).substr(k_report_entity.size()));
                PARINDEX_TRY_ASSIGN(report, context.store.reports().find_report(id.value_or(0)));
                if (!report || !can_read_report(request.actor(), *report)) {
                    continue;
                }
            }
            list.push_back(audit_json(entry));
        }
        return {};
    }));
    return json_response(200, nlohmann::json{{"entries", std::move(list)}});
}

Result<HttpResponse> handle_correct_target(ApiContext& context, RequestContext& request) {
    // The index in the path counts from 0, as TargetView.index does.
    const auto index = parse_exact<int>(request.params.at(1));
    if (!index) {
        return fail(ErrorCode::not_found, Label::http_not_found);
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(label, text_field(body, "label"));
    PARINDEX_TRY_ASSIGN(comparator_text, text_field(body, "comparator"));
    const auto comparator = comparator_from_code(comparator_text);
    if (!comparator) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                    {"comparator", std::string(label_text(Label::expect_code))},
                    Location{{}, 0, "comparator"});
    }
    Target target{collapse_whitespace(label), *comparator, std::nullopt, {}, std::nullopt,
                  TargetOrigin::edited};
    if (const auto value = body.find("value"); value != body.end() && !value->is_null()) {
        if (!value->is_number()) {
            return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                        {"value", std::string(label_text(Label::expect_number))},
                        Location{{}, 0, "value"});
        }
        target.value = value->get<double>();
    }
    PARINDEX_TRY_ASSIGN(unit, text_field(body, "unit"));
    target.unit = collapse_whitespace(unit);
    if (const auto year = body.find("reference_year"); year != body.end() && !year->is_null()) {
        PARINDEX_TRY_ASSIGN(reference_year, int_field(body, "reference_year"));
        target.reference_year = reference_year;
    }
    PARINDEX_TRY_ASSIGN(corrected, correct_target(context.store, context.clock, request.actor(),
                                                  request.params.at(0), *index, std::move(target)));
    return json_response(200, nlohmann::json{{"label", corrected.label},
                                             {"comparator", comparator_code(corrected.comparator)},
                                             {"text", describe_target(corrected)},
                                             {"origin", "edited"}});
}

Result<HttpResponse> handle_add_comment(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(text, text_field(body, "text"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(comment, context.discussions.comment(request.actor(), *overview,
                                                             request.params.at(0), text));
    return json_response(201, comment_json(comment));
}

}  // namespace parindex
