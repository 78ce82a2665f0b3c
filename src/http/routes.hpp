#pragma once
// The routes table: one line per route, in routes.cpp. The dispatcher it builds serves the web
// application's files, finds the route for an API request (path segments written {name} are
// parameters), resolves the session and checks the CSRF token where the route needs a login,
// turns an Error into its HTTP status, and tells the overview cache after every change.

#include "http/api_context.hpp"

namespace parindex {

[[nodiscard]] HttpDispatcher make_dispatcher(ApiContext& context);

// Every route as "METHOD /pattern", in table order: for the OpenAPI consistency test.
[[nodiscard]] std::vector<std::string> route_signatures();

}  // namespace parindex
