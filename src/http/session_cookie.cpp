#include "http/session_cookie.hpp"

namespace parindex {

namespace {

std::string attributes(const HttpRequest& request) {
    std::string text = "; Path=/; HttpOnly; SameSite=Strict";
    if (request.header("x-forwarded-proto") == "https") {
        text += "; Secure";
    }
    return text;
}

// The session cookie's value, "TENANT.TOKEN", or empty.
std::string session_value(const HttpRequest& request) {
    const std::string cookies = request.header("cookie");
    std::string_view rest = cookies;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(';'), rest.size());
        std::string_view pair = rest.substr(0, end);
        pair.remove_prefix(std::min(pair.find_first_not_of(' '), pair.size()));
        const std::size_t equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == k_session_cookie) {
            return std::string(pair.substr(equals + 1));
        }
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return {};
}

}  // namespace

std::string session_token(const HttpRequest& request) {
    const std::string value = session_value(request);
    const std::size_t dot = value.find('.');
    return dot == std::string::npos ? std::string() : value.substr(dot + 1);
}

std::string session_tenant(const HttpRequest& request) {
    const std::string value = session_value(request);
    const std::size_t dot = value.find('.');
    return dot == std::string::npos ? std::string() : value.substr(0, dot);
}

std::string session_cookie(const HttpRequest& request, const std::string& tenant,
                           const std::string& token, long max_age_seconds) {
    return std::string(k_session_cookie) + "=" + tenant + "." + token + attributes(request) +
           "; Max-Age=" + std::to_string(max_age_seconds);
}

std::string signed_in_hint_cookie(const HttpRequest& request, long max_age_seconds) {
    std::string cookie =
        "parindex_signed_in=1; Path=/; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds);
    if (request.header("x-forwarded-proto") == "https") {
        cookie += "; Secure";
    }
    return cookie;
}

std::string expired_session_cookie(const HttpRequest& request) {
    return std::string(k_session_cookie) + "=" + attributes(request) + "; Max-Age=0";
}

}  // namespace parindex
