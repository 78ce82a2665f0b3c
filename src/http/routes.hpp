#pragma once
// The routes table: one line per route, in routes.cpp. The dispatcher it builds finds the route
// for a request, answers 404 or 405 in Vietnamese when there is none, and turns an Error from a
// handler into its HTTP status.

#include "app/store.hpp"
#include "http/server.hpp"

namespace parindex {

// What the handlers work with; owned by the caller, alive while the server runs.
struct ApiContext {
    Store& store;
};

[[nodiscard]] HttpDispatcher make_dispatcher(ApiContext& context);

}  // namespace parindex
