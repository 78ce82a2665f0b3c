#include "http/routes.hpp"

#include <array>
#include <chrono>
#include <nlohmann/json.hpp>

#include "core/error_mapping.hpp"
#include "core/parse_number.hpp"
#include "http/deployment_endpoints.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/province_handlers.hpp"
#include "http/session_cookie.hpp"

namespace parindex {

namespace {

enum class Access {
    anyone,     // the public page, login, health
    logged_in,  // a valid session; changes also need the CSRF token
};

struct Route {
    std::string_view method;
    std::string_view pattern;
    Access access;
    Handler handler;
};

// clang-format off
constexpr std::array k_routes = {
    Route{"GET",    "/api/openapi.json",               Access::anyone,    handle_openapi},
    Route{"POST",   "/api/login",                      Access::anyone,    handle_login},
    Route{"POST",   "/api/logout",                     Access::logged_in, handle_logout},
    Route{"GET",    "/api/session",                    Access::logged_in, handle_session},
    Route{"GET",    "/api/plan",                       Access::anyone,    handle_get_plan},
    Route{"GET",    "/api/public/progress",            Access::anyone,    handle_public_progress},
    Route{"GET",    "/api/tasks",                      Access::logged_in, handle_list_tasks},
    Route{"GET",    "/api/tasks/{code}",               Access::logged_in, handle_get_task},
    Route{"GET",    "/api/tasks/{code}/history",       Access::logged_in, handle_task_history},
    Route{"POST",   "/api/tasks/{code}/comments",      Access::logged_in, handle_add_comment},
    Route{"PUT",    "/api/tasks/{code}/targets/{index}", Access::logged_in, handle_correct_target},
    Route{"GET",    "/api/units",                      Access::logged_in, handle_list_units},
    Route{"POST",   "/api/units",                      Access::logged_in, handle_create_unit},
    Route{"GET",    "/api/units/{key}",                Access::logged_in, handle_get_unit},
    Route{"PUT",    "/api/units/{key}",                Access::logged_in, handle_rename_unit},
    Route{"GET",    "/api/periods",                    Access::logged_in, handle_list_periods},
    Route{"POST",   "/api/periods/{code}/lock",        Access::logged_in, handle_lock_period},
    Route{"POST",   "/api/periods/{code}/unlock",      Access::logged_in, handle_unlock_period},
    Route{"GET",    "/api/reports",                    Access::logged_in, handle_list_reports},
    Route{"POST",   "/api/reports",                    Access::logged_in, handle_open_report},
    Route{"GET",    "/api/reports/{id}",               Access::logged_in, handle_get_report},
    Route{"PUT",    "/api/reports/{id}",               Access::logged_in, handle_edit_report},
    Route{"POST",   "/api/reports/{id}/submit",        Access::logged_in, handle_submit_report},
    Route{"POST",   "/api/reports/{id}/accept",        Access::logged_in, handle_accept_report},
    Route{"POST",   "/api/reports/{id}/return",        Access::logged_in, handle_return_report},
    Route{"POST",   "/api/reports/{id}/evidence",      Access::logged_in, handle_upload_evidence},
    Route{"POST",   "/api/reports/{id}/documents",     Access::logged_in, handle_add_document},
    Route{"GET",    "/api/evidence/{id}",              Access::logged_in, handle_download_evidence},
    Route{"DELETE", "/api/evidence/{id}",              Access::logged_in, handle_delete_evidence},
    Route{"DELETE", "/api/documents/{id}",             Access::logged_in, handle_delete_document},
    Route{"GET",    "/api/obstacles",                  Access::logged_in, handle_list_obstacles},
    Route{"POST",   "/api/obstacles",                  Access::logged_in, handle_raise_obstacle},
    Route{"POST",   "/api/obstacles/{id}/answer",      Access::logged_in, handle_answer_obstacle},
    Route{"GET",    "/api/dashboard",                  Access::logged_in, handle_dashboard},
    Route{"GET",    "/api/inbox",                      Access::logged_in, handle_inbox},
    Route{"GET",    "/api/users",                      Access::logged_in, handle_list_users},
    Route{"POST",   "/api/users",                      Access::logged_in, handle_create_user},
    Route{"PUT",    "/api/users/{id}",                 Access::logged_in, handle_update_user},
    Route{"GET",    "/api/dossiers/summary",           Access::logged_in, handle_dossier_summary},
    Route{"GET",    "/api/dossiers/indicators",        Access::logged_in, handle_dossier_indicators},
    Route{"GET",    "/api/dossiers/scores",            Access::logged_in, handle_dossier_scores},
    Route{"GET",    "/api/dossiers/links",             Access::logged_in, handle_dossier_links},
    Route{"GET",    "/api/dossiers/actions/{list}",    Access::logged_in, handle_dossier_actions},
    Route{"POST",   "/api/dossiers/apology-letters",   Access::logged_in, handle_apology_letters},
    Route{"POST",   "/api/dossiers/import",            Access::logged_in, handle_dossier_import},
    Route{"PUT",    "/api/dossiers/units/{code}",      Access::logged_in, handle_map_dossier_unit},
    Route{"GET",    "/api/scores",                     Access::logged_in, handle_get_scores},
    Route{"POST",   "/api/scores/what-if",             Access::logged_in, handle_score_what_if},
    Route{"GET",    "/api/scores/units.xlsx",          Access::logged_in, handle_score_units_xlsx},
    Route{"GET",    "/api/scores/methodology",         Access::logged_in, handle_get_methodology},
    Route{"PUT",    "/api/scores/methodology",         Access::logged_in, handle_put_methodology},
    Route{"POST",   "/api/scores/results",             Access::logged_in, handle_import_results},
    Route{"PUT",    "/api/scores/results/{code}",      Access::logged_in, handle_put_result},
    Route{"PUT",    "/api/scores/entries/{code}",      Access::logged_in, handle_put_entry},
    Route{"GET",    "/api/official/settings",          Access::logged_in, handle_get_document_settings},
    Route{"PUT",    "/api/official/settings",          Access::logged_in, handle_put_document_settings},
    Route{"GET",    "/api/official/report",            Access::logged_in, handle_get_periodic_report},
    Route{"GET",    "/api/official/report/file",       Access::logged_in, handle_periodic_report_file},
    Route{"PUT",    "/api/official/report/notes",      Access::logged_in, handle_put_report_notes},
    Route{"GET",    "/api/official/plan/file",         Access::logged_in, handle_plan_file},
    Route{"POST",   "/api/plan/import",                Access::logged_in, handle_import_plan},
    Route{"GET",    "/api/province/wards",             Access::logged_in, handle_province_ranking},
    Route{"GET",    "/api/province/wards/{code}",      Access::logged_in, handle_province_ward},
    Route{"GET",    "/api/province/report.xlsx",       Access::logged_in, handle_province_report},
    Route{"GET",    "/api/calendar/{year}",            Access::logged_in, handle_get_calendar},
    Route{"PUT",    "/api/calendar/{year}",            Access::logged_in, handle_put_calendar},
};
// clang-format on

// The routes about the whole deployment, before any tenant is chosen.
struct DeploymentRoute {
    std::string_view method;
    std::string_view pattern;
    HttpResponse (*handler)(const DispatchTargets& targets);
};

// clang-format off
constexpr std::array k_deployment_routes = {
    DeploymentRoute{"GET", "/healthz",   [](const DispatchTargets& t) { return health_response(t.tenants); }},
    DeploymentRoute{"GET", "/metrics",   [](const DispatchTargets& t) { return metrics_response(t.tenants, t.metrics); }},
    DeploymentRoute{"GET", "/api/wards", [](const DispatchTargets& t) { return wards_response(t.tenants); }},
};
// clang-format on

// Text from a request can be anything; an invalid byte is shown as U+FFFD, never thrown.
std::string to_json_text(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HttpResponse error_response(int status, const std::string& message) {
    return HttpResponse{
        status, "application/json; charset=utf-8", to_json_text({{"error", message}}), {}};
}

HttpResponse error_response(const Error& error) {
    nlohmann::json body{{"error", describe(error)}};
    if (!error.detail.where.field.empty()) {
        body["field"] = error.detail.where.field;
    }
    return HttpResponse{
        http_status(error.code), "application/json; charset=utf-8", to_json_text(body), {}};
}

// Matches "/api/reports/12/submit" against "/api/reports/{id}/submit", collecting "12".
bool matches(std::string_view pattern, std::string_view path, std::vector<std::string>& params) {
    params.clear();
    while (!pattern.empty() && !path.empty()) {
        const std::size_t pattern_end = std::min(pattern.find('/', 1), pattern.size());
        const std::size_t path_end = std::min(path.find('/', 1), path.size());
        const std::string_view expected = pattern.substr(0, pattern_end);
        const std::string_view actual = path.substr(0, path_end);
        if (expected.starts_with("/{")) {
            if (actual.size() < 2) {
                return false;
            }
            params.emplace_back(actual.substr(1));
        } else if (expected != actual) {
            return false;
        }
        pattern.remove_prefix(pattern_end);
        path.remove_prefix(path_end);
    }
    return pattern.empty() && path.empty();
}

// Constant time, so the CSRF token cannot be guessed byte by byte from response times.
bool same_secret(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

Result<void> authenticate(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(session, context.auth.resume(session_token(request.request)));
    if (request.request.method != "GET" &&
        !same_secret(request.request.header("x-csrf-token"), session.csrf_token)) {
        return fail(ErrorCode::forbidden, Label::error_csrf);
    }
    request.set_actor(session.user.actor());
    request.session = std::move(session);
    return {};
}

HttpResponse serve_static(const StaticFiles& web, const HttpRequest& request) {
    const StaticFile* file = request.method == "GET" ? web.find(request.path) : nullptr;
    if (file == nullptr) {
        return error_response(404, std::string(label_text(Label::http_not_found)));
    }
    HttpResponse response{200, file->content_type, file->body, {}};
    // Vite names its assets by content hash; index.html must always be fetched afresh.
    const bool is_hashed_asset = request.path.starts_with("/assets/");
    response.headers.emplace_back(
        "Cache-Control", is_hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

// Drops what this process cached of a tenant's data when another process (the CLI, another
// server) has committed to its store since.
Result<void> notice_external_changes(ApiContext& context) {
    PARINDEX_TRY_ASSIGN(changed, context.overview.notice_external_changes());
    if (changed) {
        context.auth.forget_sessions();
        context.dossiers.invalidate();
    }
    return {};
}

// The tenant a request names itself: the X-Parindex-Ward header (the web application's), or the
// `ward` query parameter (links, scripts).
std::string requested_tenant(const HttpRequest& request) {
    if (std::string header = request.header("x-parindex-ward"); !header.empty()) {
        return header;
    }
    return query_value(request.query, "ward");
}

// The tenant of a request that names none: the deployment's only ward.
Result<std::string> default_tenant(TenantDirectory& tenants) {
    PARINDEX_TRY_ASSIGN(wards, tenants.wards());
    if (wards.size() == 1) {
        return wards.front().code;
    }
    return fail(ErrorCode::invalid_input, Label::http_ward_required, {}, Location{{}, 0, "ward"});
}

// Where a login goes: the body's "ward", else the request's, else the only ward.
Result<std::string> login_tenant(TenantDirectory& tenants, const HttpRequest& request) {
    const auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_object() && body.contains("ward") && body["ward"].is_string() &&
        !body["ward"].get<std::string>().empty()) {
        return body["ward"].get<std::string>();
    }
    if (std::string requested = requested_tenant(request); !requested.empty()) {
        return requested;
    }
    return default_tenant(tenants);
}

// Resolves who asks and whose data they ask for. A session lives in one tenant's store and
// works there; only a province session may read another tenant's data (a ward named in the
// request), and only read.
Result<ApiContext*> resolve_logged_in(TenantDirectory& tenants, RequestContext& request) {
    const std::string home = session_tenant(request.request);
    if (home.empty()) {
        return fail(ErrorCode::unauthenticated, Label::error_not_logged_in);
    }
    auto home_context = tenants.context(home);
    if (!home_context) {
        return fail(ErrorCode::unauthenticated, Label::error_not_logged_in);
    }
    PARINDEX_TRY(notice_external_changes(**home_context));
    PARINDEX_TRY(authenticate(**home_context, request));
    request.session_tenant = home;
    const std::string requested = requested_tenant(request.request);
    if (requested.empty() || requested == home) {
        request.tenant = home;
        return *home_context;
    }
    if (home != k_province_code || !is_province_role(request.actor().role)) {
        return fail(ErrorCode::forbidden, Label::http_other_ward);
    }
    if (request.request.method != "GET") {
        return fail(ErrorCode::forbidden, Label::http_province_reads_only);
    }
    PARINDEX_TRY_ASSIGN(context, tenants.context(requested));
    request.tenant = requested;
    return context;
}

Result<ApiContext*> resolve_anyone(TenantDirectory& tenants, RequestContext& request,
                                   bool is_login) {
    std::string code;
    if (is_login) {
        PARINDEX_TRY_ASSIGN(chosen, login_tenant(tenants, request.request));
        code = std::move(chosen);
    } else {
        code = requested_tenant(request.request);
        if (code.empty()) {
            code = session_tenant(request.request);
        }
        if (code.empty()) {
            PARINDEX_TRY_ASSIGN(chosen, default_tenant(tenants));
            code = std::move(chosen);
        }
    }
    PARINDEX_TRY_ASSIGN(context, tenants.context(code));
    request.tenant = code;
    return context;
}

HttpResponse dispatch_api(TenantDirectory& tenants, const HttpRequest& http_request) {
    const Route* found = nullptr;
    bool path_known = false;
    RequestContext request(http_request);
    for (const Route& route : k_routes) {
        if (!matches(route.pattern, http_request.path, request.params)) {
            continue;
        }
        path_known = true;
        if (route.method == http_request.method) {
            found = &route;
            break;
        }
    }
    if (found == nullptr) {
        return path_known
                   ? error_response(405, std::string(label_text(Label::http_method_not_allowed)))
                   : error_response(404, std::string(label_text(Label::http_not_found)));
    }
    auto context = found->access == Access::logged_in
                       ? resolve_logged_in(tenants, request)
                       : resolve_anyone(tenants, request, found->handler == handle_login);
    if (!context) {
        return error_response(context.error());
    }
    ApiContext& api = **context;
    // A logged-in request working in its own tenant has had it refreshed already.
    if (request.tenant != request.session_tenant) {
        if (auto noticed = notice_external_changes(api); !noticed) {
            return error_response(noticed.error());
        }
    }
    auto response = found->handler(api, request);
    if (!response) {
        return error_response(response.error());
    }
    if (http_request.method != "GET" && response->status < 300) {
        api.overview.invalidate();
        api.auth.forget_sessions();
    }
    return std::move(*response);
}

HttpResponse serve(const DispatchTargets& targets, const HttpRequest& request) {
    for (const DeploymentRoute& route : k_deployment_routes) {
        if (route.pattern == request.path) {
            return route.method == request.method
                       ? route.handler(targets)
                       : error_response(405,
                                        std::string(label_text(Label::http_method_not_allowed)));
        }
    }
    if (request.path.starts_with("/api/")) {
        return dispatch_api(targets.tenants, request);
    }
    return serve_static(targets.web, request);
}

HttpResponse dispatch(const DispatchTargets& targets, const HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    HttpResponse response = serve(targets, request);
    targets.metrics.record(request.method, response.status,
                           std::chrono::steady_clock::now() - started);
    return response;
}

}  // namespace

HttpDispatcher make_dispatcher(const DispatchTargets& targets) {
    return [targets](const HttpRequest& request) { return dispatch(targets, request); };
}

std::vector<std::string> route_signatures() {
    std::vector<std::string> signatures;
    signatures.reserve(k_deployment_routes.size() + k_routes.size());
    for (const DeploymentRoute& route : k_deployment_routes) {
        signatures.push_back(std::string(route.method) + " " + std::string(route.pattern));
    }
    for (const Route& route : k_routes) {
        signatures.push_back(std::string(route.method) + " " + std::string(route.pattern));
    }
    return signatures;
}

Result<std::int64_t> id_param(const RequestContext& request, std::size_t index) {
    const auto id = parse_exact<std::int64_t>(request.params.at(index));
    if (!id || *id <= 0) {
        return fail(ErrorCode::not_found, Label::http_not_found);
    }
    return *id;
}

}  // namespace parindex
