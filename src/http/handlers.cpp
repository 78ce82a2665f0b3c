#include "http/handlers.hpp"

#include <algorithm>

#include "app/load_plan.hpp"
#include "core/parse_number.hpp"
#include "http/plan_json.hpp"

namespace parindex {

namespace {

// The value of `name` in a query string ("year=2025&x=1"), or nothing.
std::optional<std::string_view> query_value(std::string_view query, std::string_view name) {
    while (!query.empty()) {
        const std::size_t end = std::min(query.find('&'), query.size());
        const std::string_view pair = query.substr(0, end);
        const std::size_t equals = pair.find('=');
        if (pair.substr(0, equals) == name) {
            return equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1);
        }
        query.remove_prefix(std::min(end + 1, query.size()));
    }
    return std::nullopt;
}

Result<std::optional<int>> read_year(const HttpRequest& request) {
    const auto text = query_value(request.query, "year");
    if (!text) {
        return std::optional<int>{};
    }
    const auto year = parse_exact<int>(*text);
    if (!year || *year < 1900 || *year > 9999) {
        return fail(ErrorCode::invalid_input, Label::error_bad_year, {std::string(*text)},
                    Location{{}, 0, "year"});
    }
    return year;
}

}  // namespace

Result<HttpResponse> handle_health(ApiContext& context, const HttpRequest& /*request*/) {
    PARINDEX_TRY(context.store.transaction([&]() -> Result<void> {
        PARINDEX_TRY(context.store.plans().list_plan_years());
        return {};
    }));
    return HttpResponse{200, "application/json; charset=utf-8", R"({"status":"ok"})", {}};
}

Result<HttpResponse> handle_get_plan(ApiContext& context, const HttpRequest& request) {
    PARINDEX_TRY_ASSIGN(year, read_year(request));
    PARINDEX_TRY_ASSIGN(view, load_plan(context.store, year));
    return HttpResponse{200, "application/json; charset=utf-8", plan_to_json(view), {}};
}

}  // namespace parindex
