#pragma once
// The session cookie: read from a request, and the Set-Cookie headers that open and close it.

#include <string>

#include "http/server.hpp"

namespace parindex {

inline constexpr std::string_view k_session_cookie = "parindex_session";

// The cookie holds "TENANT.TOKEN": the ward (or "province") whose store keeps the session, and
// the session's secret. A token is only ever looked up in that tenant's store, so naming another
// tenant in the cookie finds nothing.

// The session token from the Cookie header, or empty.
[[nodiscard]] std::string session_token(const HttpRequest& request);
// The tenant the session cookie names, or empty.
[[nodiscard]] std::string session_tenant(const HttpRequest& request);
// HttpOnly, SameSite=Strict, Path=/; Secure when the request came over HTTPS (a reverse proxy's
// X-Forwarded-Proto), so the cookie also works on a ward's plain-HTTP intranet.
[[nodiscard]] std::string session_cookie(const HttpRequest& request, const std::string& tenant,
                                         const std::string& token, long max_age_seconds);
[[nodiscard]] std::string expired_session_cookie(const HttpRequest& request);
// A cookie scripts may read, holding no secret, that tells the page a session may exist, so it
// asks the server only then.
[[nodiscard]] std::string signed_in_hint_cookie(const HttpRequest& request, long max_age_seconds);

}  // namespace parindex
