#include "http/routes.hpp"

#include <array>
#include <nlohmann/json.hpp>

#include "core/error_mapping.hpp"
#include "http/handlers.hpp"

namespace parindex {

namespace {

using Handler = Result<HttpResponse> (*)(ApiContext&, const HttpRequest&);

struct Route {
    std::string_view method;
    std::string_view path;
    Handler handler;
};

constexpr std::array k_routes = {
    Route{"GET", "/healthz", handle_health},
    Route{"GET", "/api/plan", handle_get_plan},
};

HttpResponse error_response(int status, const std::string& message) {
    return HttpResponse{
        status, "application/json; charset=utf-8", nlohmann::json{{"error", message}}.dump(), {}};
}

HttpResponse error_response(const Error& error) {
    nlohmann::json body{{"error", describe(error)}};
    if (!error.detail.where.field.empty()) {
        body["field"] = error.detail.where.field;
    }
    return HttpResponse{
        http_status(error.code), "application/json; charset=utf-8", body.dump(), {}};
}

HttpResponse dispatch(ApiContext& context, const HttpRequest& request) {
    bool path_known = false;
    for (const Route& route : k_routes) {
        if (route.path != request.path) {
            continue;
        }
        path_known = true;
        // The server hands HEAD requests over as GET and drops the body.
        if (route.method != request.method) {
            continue;
        }
        auto response = route.handler(context, request);
        return response ? std::move(*response) : error_response(response.error());
    }
    if (path_known) {
        return error_response(405, std::string(label_text(Label::http_method_not_allowed)));
    }
    return error_response(404, std::string(label_text(Label::http_not_found)));
}

}  // namespace

HttpDispatcher make_dispatcher(ApiContext& context) {
    return [&context](const HttpRequest& request) { return dispatch(context, request); };
}

}  // namespace parindex
