#pragma once
// The routes table: one line per route, in routes.cpp. The dispatcher it builds serves the web
// application's files, finds the route for an API request (path segments written {name} are
// parameters), finds the tenant (ward or province) the request works in, resolves the session
// and checks the CSRF token where the route needs a login, turns an Error into its HTTP status,
// and tells the overview cache after every change.

#include "http/api_context.hpp"
#include "http/metrics.hpp"
#include "http/tenants.hpp"

namespace parindex {

// What the dispatcher serves: each tenant's API, the web application's files, and the counters.
struct DispatchTargets {
    TenantDirectory& tenants;
    const StaticFiles& web;
    Metrics& metrics;
};

[[nodiscard]] HttpDispatcher make_dispatcher(const DispatchTargets& targets);

// Every route as "METHOD /pattern", in table order: for the OpenAPI consistency test.
[[nodiscard]] std::vector<std::string> route_signatures();

}  // namespace parindex
