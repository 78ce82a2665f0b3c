#pragma once
// What the handlers work with: the use cases, built once by the composition root and alive
// while the server runs; and, per request, who is asking.

#include <optional>
#include <string>
#include <vector>

#include "app/authenticator.hpp"
#include "app/discussions.hpp"
#include "app/dossier_cache.hpp"
#include "app/overview.hpp"
#include "app/report_workflow.hpp"
#include "app/user_admin.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "http/view_cache.hpp"

namespace parindex {

class ProvinceRollup;

// The use cases of one tenant: a ward, or the province (its accounts and the roll-up).
struct ApiContext {
    WorkflowStore& store;
    const Clock& clock;
    Authenticator& auth;
    ReportWorkflow& reports;
    Discussions& discussions;
    UserAdmin& users;
    OverviewCache& overview;
    DossierCache& dossiers;
    ViewCache& views;
    const StaticFiles& web;
    // The roll-up of every ward: set in the province's context only.
    ProvinceRollup* province = nullptr;
};

struct RequestContext {
    explicit RequestContext(const HttpRequest& http_request) : request(http_request) {}

    const HttpRequest& request;
    std::vector<std::string> params;     // the {…} segments of the route, in order
    std::optional<SessionInfo> session;  // set on routes that need a login
    std::string tenant;                  // the ward (or the province) whose data is asked for
    std::string session_tenant;          // the tenant holding the session, on logged-in routes

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    void set_actor(Actor actor) { m_actor = std::move(actor); }

  private:
    Actor m_actor;
};

}  // namespace parindex
