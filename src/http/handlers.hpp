#pragma once
// Thin handlers: read the request, call a use case, map the result to JSON. One per route.

#include "http/routes.hpp"

namespace parindex {

[[nodiscard]] Result<HttpResponse> handle_health(ApiContext& context, const HttpRequest& request);
[[nodiscard]] Result<HttpResponse> handle_get_plan(ApiContext& context, const HttpRequest& request);

}  // namespace parindex
