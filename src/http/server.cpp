// The HTTP server on Boost.Beast and Asio coroutines. One io_context runs on options.threads
// threads. The acceptor and each connection live on their own strand, so a connection's
// coroutine never runs on two threads at once and needs no locks; every read and write has a
// deadline, so an idle or slow client costs one suspended coroutine and nothing more.

#include "http/server.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#pragma GCC diagnostic pop

#include "core/text.hpp"

namespace parindex {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;
using RequestParser = http::request_parser<http::string_body>;

// How long a keep-alive connection may sit idle, and how long a client may take to send a
// request's header: long enough for a browser between clicks, short enough that abandoned
// sockets do not pile up.
constexpr auto k_header_timeout = std::chrono::seconds(30);
// Uploads are a raw body of up to max_body_bytes (32 MiB by default); 5 minutes lets such a file
// through a slow office link (~1 Mbit/s) while still dropping a client that stalls.
constexpr auto k_body_timeout = std::chrono::minutes(5);
// Reports (DOCX, XLSX, PDF) can be a few megabytes; the client must take them within this.
constexpr auto k_write_timeout = std::chrono::minutes(2);
// After an error answer the client may still be sending its body. Closing a socket with unread
// input makes the kernel send a reset, which can destroy our answer before the client reads
// it, so we read and discard for a short while first.
constexpr auto k_linger_timeout = std::chrono::seconds(2);
constexpr std::size_t k_linger_bytes = 4U * 1024U * 1024U;
// Beast's default of 8 KiB is tight for cookies and long referrers.
constexpr std::uint32_t k_max_header_bytes = 64U * 1024U;
// accept() fails without a client's fault when the process runs out of descriptors; waiting a
// little instead of retrying at once keeps that from spinning a core.
constexpr auto k_accept_retry_delay = std::chrono::milliseconds(100);

constexpr auto k_no_throw = asio::as_tuple(asio::use_awaitable);

// One accepted client. Touched only on the connection's strand.
std::string peer_address(const tcp::socket& socket) {
    beast::error_code error;
    const tcp::endpoint peer = socket.remote_endpoint(error);
    return error ? std::string() : peer.address().to_string();
}

struct Connection {
    explicit Connection(tcp::socket socket)
        : remote_address(peer_address(socket)), stream(std::move(socket)) {}

    std::string remote_address;
    beast::tcp_stream stream;
    // True while waiting for a request's header: stop() may then drop the connection, since
    // no request is in flight on it.
    bool is_idle = false;
};

char to_lower_ascii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string to_lower_ascii(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return to_lower_ascii(c); });
    return lower;
}

bool equals_ignoring_case(std::string_view left, std::string_view right) {
    return left.size() == right.size() &&
           std::equal(left.begin(), left.end(), right.begin(),
                      [](char a, char b) { return to_lower_ascii(a) == to_lower_ascii(b); });
}

int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const char lower = to_lower_ascii(c);
    if (lower >= 'a' && lower <= 'f') {
        return lower - 'a' + 10;
    }
    return -1;
}

// A ".." segment would let a file-serving route climb out of its folder; browsers resolve dot
// segments before sending, so only a crafted request carries one.
bool has_parent_segment(std::string_view path) {
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (path.substr(start, end - start) == "..") {
            return true;
        }
        start = end + 1;
    }
    return false;
}

// The percent-decoded path, or nothing when the path is not one we can hand on safely.
std::optional<std::string> decode_path(std::string_view raw) {
    if (raw.empty() || raw.front() != '/') {
        return std::nullopt;
    }
    std::string path;
    path.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            path += raw[i];
            continue;
        }
        if (i + 2 >= raw.size()) {
            return std::nullopt;
        }
        const int high = hex_digit_value(raw[i + 1]);
        const int low = hex_digit_value(raw[i + 2]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        path += static_cast<char>(high * 16 + low);
        i += 2;
    }
    if (path.find('\0') != std::string::npos || !is_valid_utf8(path) || has_parent_segment(path)) {
        return std::nullopt;
    }
    return path;
}

struct Target {
    std::string path;
    std::string query;
};

std::optional<Target> parse_target(std::string_view target) {
    // A client talking to a proxy sends the absolute form; RFC 9112 asks servers to accept it.
    for (const std::string_view scheme :
         {std::string_view("http://"), std::string_view("https://")}) {
        if (target.size() >= scheme.size() &&
            equals_ignoring_case(target.substr(0, scheme.size()), scheme)) {
            const std::size_t path_start = target.find('/', scheme.size());
            target = path_start == std::string_view::npos ? "/" : target.substr(path_start);
            break;
        }
    }
    const std::size_t question = target.find('?');
    std::optional<std::string> path = decode_path(target.substr(0, question));
    if (!path) {
        return std::nullopt;
    }
    Target parsed{std::move(*path), {}};
    if (question != std::string_view::npos) {
        parsed.query = std::string(target.substr(question + 1));
    }
    return parsed;
}

std::string json_error(std::string_view message) {
    if (!is_valid_utf8(message)) {
        message = "invalid error message";
    }
    std::string json = R"({"error": ")";
    for (const char c : message) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20U) {
            constexpr std::string_view k_hex = "0123456789abcdef";
            json += "\\u00";
            json += k_hex[byte >> 4U];
            json += k_hex[byte & 0x0FU];
            continue;
        }
        json += c;
    }
    json += "\"}";
    return json;
}

HttpResponse error_response(int status, std::string_view message) {
    HttpResponse response;
    response.status = status;
    response.body = json_error(message);
    return response;
}

HttpResponse internal_error(std::string_view what) {
    return error_response(500, format_label(Label::error_internal, {std::string(what)}));
}

// RFC 9110 token characters: what a header name may contain.
bool is_token(std::string_view text) {
    constexpr std::string_view k_punctuation = "!#$%&'*+-.^_`|~";
    return !text.empty() && std::all_of(text.begin(), text.end(), [&](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               k_punctuation.find(c) != std::string_view::npos;
    });
}

// A value with a line break would let text from a request split the response (header
// injection).
bool is_header_value(std::string_view text) {
    return text.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

bool is_well_formed(const HttpResponse& response) {
    return response.status >= 200 && response.status <= 599 &&
           is_header_value(response.content_type) &&
           std::all_of(response.headers.begin(), response.headers.end(), [](const auto& header) {
               return is_token(header.first) && is_header_value(header.second);
           });
}

// 204 and 304 carry neither a body nor a Content-Length (RFC 9110 8.6).
bool is_without_body(int status) {
    return status == 204 || status == 304;
}

Response to_beast_response(HttpResponse response, unsigned version, bool keep_alive, bool is_head) {
    if (!is_well_formed(response)) {
        response = internal_error("the handler returned an invalid status or header");
    }
    Response message{static_cast<http::status>(response.status), version};
    for (auto& [name, value] : response.headers) {
        message.insert(name, value);
    }
    // Set after the handler's headers so that these replace any the handler gave.
    message.set(http::field::server, "parindex");
    message.keep_alive(keep_alive);
    if (is_without_body(response.status)) {
        message.erase(http::field::content_length);
        return message;
    }
    if (!response.content_type.empty()) {
        message.set(http::field::content_type, response.content_type);
    }
    message.content_length(response.body.size());
    if (!is_head) {
        message.body() = std::move(response.body);
    }
    return message;
}

// The answer to a request Beast could not read, or nothing when the client just went away.
std::optional<HttpResponse> read_error_response(const beast::error_code& error,
                                                std::size_t max_body_bytes) {
    if (error == http::error::body_limit) {
        return error_response(
            413, format_label(Label::http_body_too_large, {std::to_string(max_body_bytes)}));
    }
    if (error == http::error::header_limit) {
        return error_response(431, label_text(Label::http_header_too_large));
    }
    const bool is_parse_error =
        error.category() == http::make_error_code(http::error::bad_target).category();
    if (is_parse_error && error != http::error::end_of_stream &&
        error != http::error::partial_message) {
        return error_response(400, label_text(Label::http_bad_request));
    }
    return std::nullopt;
}

HttpRequest to_http_request(Request& message, Target target, std::string remote_address) {
    HttpRequest request;
    request.remote_address = std::move(remote_address);
    // HEAD is GET without the body (RFC 9110 9.3.2): routes need not list it twice.
    request.method =
        message.method() == http::verb::head ? "GET" : std::string(message.method_string());
    request.path = std::move(target.path);
    request.query = std::move(target.query);
    for (const auto& field : message) {
        request.headers.emplace_back(to_lower_ascii(field.name_string()), field.value());
    }
    request.body = std::move(message.body());
    // Behind a reverse proxy on this machine every peer is the loopback address; the proxy names
    // the real client in X-Real-IP, which only a local peer is trusted to set.
    if (request.remote_address == "127.0.0.1" || request.remote_address == "::1") {
        if (std::string forwarded = request.header("x-real-ip"); !forwarded.empty()) {
            request.remote_address = std::move(forwarded);
        }
    }
    return request;
}

bool is_expecting_continue(const Request& message) {
    return equals_ignoring_case(message[http::field::expect], "100-continue");
}

// Reads one request into the parser: the header under the idle timeout, then the body under
// the longer upload timeout.
asio::awaitable<beast::error_code> read_request(Connection& connection, beast::flat_buffer& buffer,
                                                RequestParser& parser) {
    beast::tcp_stream& stream = connection.stream;
    connection.is_idle = true;
    stream.expires_after(k_header_timeout);
    auto [error, header_bytes] =
        co_await http::async_read_header(stream, buffer, parser, k_no_throw);
    connection.is_idle = false;
    if (error || parser.is_done()) {
        co_return error;
    }
    // Clients such as curl wait for this before sending a large upload.
    if (is_expecting_continue(parser.get())) {
        http::response<http::empty_body> go_on{http::status::continue_, parser.get().version()};
        stream.expires_after(k_write_timeout);
        std::tie(error, std::ignore) = co_await http::async_write(stream, go_on, k_no_throw);
        if (error) {
            co_return error;
        }
    }
    stream.expires_after(k_body_timeout);
    std::tie(error, std::ignore) = co_await http::async_read(stream, buffer, parser, k_no_throw);
    co_return error;
}

std::string describe_endpoint(const std::string& address, std::uint16_t port) {
    const bool is_ipv6 = address.find(':') != std::string::npos;
    return (is_ipv6 ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

}  // namespace

std::string HttpRequest::header(std::string_view name) const {
    const auto found = std::find_if(headers.begin(), headers.end(), [&](const auto& header) {
        return equals_ignoring_case(header.first, name);
    });
    return found == headers.end() ? std::string() : found->second;
}

struct HttpServer::Impl {
    Impl(ServerOptions options, HttpDispatcher dispatcher)
        : m_options(std::move(options)),
          m_dispatcher(std::move(dispatcher)),
          m_io(std::max(1, m_options.threads)),
          m_control(asio::make_strand(m_io)),
          m_acceptor(m_control) {}

    asio::awaitable<void> accept_loop();
    void start_connection(tcp::socket socket);
    asio::awaitable<void> serve(std::shared_ptr<Connection> connection);
    asio::awaitable<void> write_and_linger(Connection& connection, HttpResponse response,
                                           unsigned version);
    HttpResponse dispatch(const HttpRequest& request);
    void stop();

    ServerOptions m_options;
    HttpDispatcher m_dispatcher;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stopping{false};
    // Declared before what uses it, so it is destroyed last: destroying the io_context
    // destroys suspended coroutines, which still hold sockets.
    asio::io_context m_io;
    // Serialises the acceptor, the signal set and stop()'s closing of them.
    asio::strand<asio::io_context::executor_type> m_control;
    tcp::acceptor m_acceptor;
    std::optional<asio::signal_set> m_signals;
    // Open connections, so that stop() can drop the idle ones; guarded by m_mutex. Destroyed
    // before m_io, so no socket outlives its io_context.
    std::mutex m_mutex;
    std::unordered_set<std::shared_ptr<Connection>> m_connections;
};

asio::awaitable<void> HttpServer::Impl::accept_loop() {
    asio::steady_timer retry_timer(m_control);
    while (!m_stopping.load()) {
        // Each connection gets its own strand, so connections run in parallel on the threads.
        tcp::socket socket(asio::make_strand(m_io));
        auto [error] = co_await m_acceptor.async_accept(socket, k_no_throw);
        if (!m_acceptor.is_open() || error == asio::error::operation_aborted) {
            co_return;
        }
        if (error) {
            retry_timer.expires_after(k_accept_retry_delay);
            co_await retry_timer.async_wait(k_no_throw);
            continue;
        }
        start_connection(std::move(socket));
    }
}

void HttpServer::Impl::start_connection(tcp::socket socket) {
    beast::error_code ignored;
    // Small responses go out at once instead of waiting for an acknowledgement (Nagle).
    socket.set_option(tcp::no_delay(true), ignored);
    auto connection = std::make_shared<Connection>(std::move(socket));
    {
        const std::lock_guard lock(m_mutex);
        // Checked under the lock that stop() takes, so no connection slips past stop().
        if (m_stopping.load()) {
            return;
        }
        m_connections.insert(connection);
    }
    asio::co_spawn(connection->stream.get_executor(), serve(connection),
                   [this, connection](const std::exception_ptr&) {
                       // serve() handles its errors; an exception here (out of memory) costs
                       // only this connection, never the server.
                       const std::lock_guard lock(m_mutex);
                       m_connections.erase(connection);
                   });
}

asio::awaitable<void> HttpServer::Impl::serve(std::shared_ptr<Connection> connection) {
    beast::tcp_stream& stream = connection->stream;
    beast::flat_buffer buffer;
    while (!m_stopping.load()) {
        RequestParser parser;
        parser.header_limit(k_max_header_bytes);
        parser.body_limit(m_options.max_body_bytes);

        const beast::error_code error = co_await read_request(*connection, buffer, parser);
        if (error) {
            std::optional<HttpResponse> answer =
                read_error_response(error, m_options.max_body_bytes);
            if (answer) {
                co_await write_and_linger(*connection, std::move(*answer),
                                          parser.is_header_done() ? parser.get().version() : 11U);
            }
            break;
        }

        Request message = parser.release();
        const bool is_head = message.method() == http::verb::head;
        std::optional<Target> target = parse_target(message.target());
        HttpResponse answer =
            target
                ? dispatch(to_http_request(message, std::move(*target), connection->remote_address))
                : error_response(400, label_text(Label::http_bad_target));
        // Read after the dispatcher, which may have taken long enough for stop() to come.
        const bool keep_alive = message.keep_alive() && !m_stopping.load();
        Response response =
            to_beast_response(std::move(answer), message.version(), keep_alive, is_head);
        stream.expires_after(k_write_timeout);
        auto [write_error, written] = co_await http::async_write(stream, response, k_no_throw);
        if (write_error || !keep_alive) {
            break;
        }
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream.socket().close(ignored);
}

asio::awaitable<void> HttpServer::Impl::write_and_linger(Connection& connection,
                                                         HttpResponse response, unsigned version) {
    beast::tcp_stream& stream = connection.stream;
    Response message = to_beast_response(std::move(response), version, false, false);
    stream.expires_after(k_write_timeout);
    auto [error, written] = co_await http::async_write(stream, message, k_no_throw);
    if (error) {
        co_return;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    std::array<char, 16U * 1024U> scratch{};
    std::size_t drained = 0;
    stream.expires_after(k_linger_timeout);
    while (drained < k_linger_bytes) {
        auto [read_error, read] =
            co_await stream.async_read_some(asio::buffer(scratch), k_no_throw);
        if (read_error) {
            co_return;
        }
        drained += read;
    }
}

HttpResponse HttpServer::Impl::dispatch(const HttpRequest& request) {
    // The dispatcher is the application's code; whatever it throws must not take down the
    // io thread, and the client deserves an answer.
    try {
        return m_dispatcher(request);
    } catch (const std::exception& exception) {
        return internal_error(exception.what());
    } catch (...) {
        return internal_error("unknown exception");
    }
}

void HttpServer::Impl::stop() {
    if (m_stopping.exchange(true)) {
        return;
    }
    // io_context::run() returns once no work is left: close what waits for new work (the
    // acceptor, the signal set, idle connections) and let requests in flight finish.
    asio::post(m_control, [this] {
        beast::error_code ignored;
        m_acceptor.close(ignored);
        if (m_signals) {
            m_signals->cancel(ignored);
        }
    });
    const std::lock_guard lock(m_mutex);
    for (const std::shared_ptr<Connection>& connection : m_connections) {
        asio::post(connection->stream.get_executor(), [connection] {
            if (connection->is_idle) {
                connection->stream.cancel();
            }
        });
    }
}

Result<std::unique_ptr<HttpServer>> HttpServer::create(ServerOptions options,
                                                       HttpDispatcher dispatcher) {
    const std::string where = describe_endpoint(options.address, options.port);
    auto impl = std::make_unique<Impl>(std::move(options), std::move(dispatcher));
    const ServerOptions& settings = impl->m_options;
    beast::error_code error;
    // The resolver accepts names such as "localhost" as well as numeric addresses.
    tcp::resolver resolver(impl->m_io);
    const auto endpoints =
        resolver.resolve(settings.address, std::to_string(settings.port),
                         tcp::resolver::passive | tcp::resolver::numeric_service, error);
    if (error) {
        return fail(ErrorCode::io, Label::error_server, {where, error.message()});
    }
    if (endpoints.empty()) {
        return fail(ErrorCode::io, Label::error_server, {where, "no address"});
    }
    const tcp::endpoint endpoint = endpoints.begin()->endpoint();
    tcp::acceptor& acceptor = impl->m_acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) {
        // A restarted server can bind again while old connections sit in TIME_WAIT.
        acceptor.set_option(asio::socket_base::reuse_address(true), error);
    }
    if (!error) {
        acceptor.bind(endpoint, error);
    }
    if (!error) {
        acceptor.listen(asio::socket_base::max_listen_connections, error);
    }
    if (!error) {
        impl->m_port = acceptor.local_endpoint(error).port();
    }
    if (error) {
        return fail(ErrorCode::io, Label::error_server, {where, error.message()});
    }
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

HttpServer::~HttpServer() = default;

std::uint16_t HttpServer::port() const {
    return m_impl->m_port;
}

void HttpServer::run(bool handle_signals) {
    Impl& impl = *m_impl;
    asio::co_spawn(impl.m_control, impl.accept_loop(), [&impl](const std::exception_ptr& thrown) {
        // Without its acceptor the server is of no use; stop rather than linger half alive.
        if (thrown) {
            impl.stop();
        }
    });
    if (handle_signals) {
        impl.m_signals.emplace(impl.m_control, SIGINT, SIGTERM);
        impl.m_signals->async_wait([&impl](const beast::error_code& error, int) {
            if (!error) {
                impl.stop();
            }
        });
    }
    const int thread_count = std::max(1, impl.m_options.threads);
    std::vector<std::jthread> workers;
    workers.reserve(static_cast<std::size_t>(thread_count - 1));
    for (int i = 1; i < thread_count; ++i) {
        workers.emplace_back([&impl] { impl.m_io.run(); });
    }
    impl.m_io.run();
    workers.clear();  // joins
    // Give SIGINT and SIGTERM back their default action once the server no longer serves.
    impl.m_signals.reset();
}

void HttpServer::stop() {
    m_impl->stop();
}

}  // namespace parindex
