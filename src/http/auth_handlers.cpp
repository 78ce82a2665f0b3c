#include <nlohmann/json.hpp>

#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/session_cookie.hpp"
#include "http/view_json.hpp"

namespace parindex {

namespace {

// `tenant`: the ward (or "province") holding the session, which the page shows and sends back.
nlohmann::json session_json(const SessionInfo& session, const std::string& tenant) {
    return nlohmann::json{
        {"user", user_json(session.user)}, {"csrf_token", session.csrf_token}, {"tenant", tenant}};
}

}  // namespace

Result<HttpResponse> handle_login(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(username, text_field(body, "username"));
    PARINDEX_TRY_ASSIGN(password, text_field(body, "password"));
    PARINDEX_TRY_ASSIGN(login,
                        context.auth.login(username, password, request.request.remote_address));
    HttpResponse response = json_response(200, session_json(login.session, request.tenant));
    response.headers.emplace_back("Set-Cookie",
                                  session_cookie(request.request, request.tenant, login.token,
                                                 Authenticator::k_session_seconds));
    response.headers.emplace_back(
        "Set-Cookie", signed_in_hint_cookie(request.request, Authenticator::k_session_seconds));
    return response;
}

Result<HttpResponse> handle_logout(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY(context.auth.logout(session_token(request.request)));
    HttpResponse response = no_content();
    response.headers.emplace_back("Set-Cookie", expired_session_cookie(request.request));
    response.headers.emplace_back("Set-Cookie", signed_in_hint_cookie(request.request, 0));
    return response;
}

Result<HttpResponse> handle_session(ApiContext& /*context*/, RequestContext& request) {
    return json_response(200, session_json(*request.session, request.session_tenant));
}

}  // namespace parindex
