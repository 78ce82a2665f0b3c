#pragma once
// The HTTP server: asynchronous (Boost.Beast and Asio with C++20 coroutines), so a slow or idle
// client never holds up the others. It knows nothing of parindex: it hands each request to a
// dispatcher and writes back what the dispatcher returns. Beast stays inside server.cpp.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace parindex {

struct HttpRequest {
    std::string method;  // "GET", "POST", ...
    std::string path;    // decoded path without the query: "/api/plan"
    std::string query;   // raw query string without '?': "year=2025"
    std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
    std::string body;
    std::string remote_address;  // the peer's IP address, for throttling and logs

    // The header's value, or empty; name in lower case.
    [[nodiscard]] std::string header(std::string_view name) const;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

using HttpDispatcher = std::function<HttpResponse(const HttpRequest&)>;

struct ServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: any free port (tests)
    int threads = 2;
    std::size_t max_body_bytes = std::size_t{32} * 1024 * 1024;
};

class HttpServer {
  public:
    // Binds and listens; fails with ErrorCode::io and Label::error_server when the address
    // cannot be bound.
    [[nodiscard]] static Result<std::unique_ptr<HttpServer>> create(ServerOptions options,
                                                                    HttpDispatcher dispatcher);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    [[nodiscard]] std::uint16_t port() const;  // the bound port (useful with port 0)

    // Serves until stop() or SIGINT/SIGTERM (when handle_signals), on options.threads threads.
    void run(bool handle_signals);
    // Thread-safe; run() returns once in-flight requests finish.
    void stop();

  private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace parindex
