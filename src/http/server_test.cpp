// Drives the real server over loopback sockets with a plain synchronous Beast client.

#include "http/server.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <future>
#include <thread>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#pragma GCC diagnostic pop

namespace parindex {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

constexpr auto k_run_deadline = 10s;

// Echoes what it received, so tests can check what reached the dispatcher.
HttpResponse echo(const HttpRequest& request) {
    if (request.path == "/throw") {
        throw std::runtime_error("boom \"quoted\"");
    }
    if (request.path == "/throw-int") {
        throw 42;
    }
    HttpResponse response;
    response.status = request.path == "/missing" ? 404 : 200;
    response.content_type = "text/plain; charset=utf-8";
    response.body = request.method + "|" + request.path + "|" + request.query + "|" +
                    request.header("x-probe") + "|" + request.body;
    response.headers.emplace_back("X-Extra", "yes");
    return response;
}

// Keeps the last request that reached the dispatcher in `seen`.
HttpDispatcher capture_into(HttpRequest& seen) {
    return [&seen](const HttpRequest& request) {
        seen = request;
        return HttpResponse{};
    };
}

http::request<http::string_body> get_root() {
    http::request<http::string_body> request{http::verb::get, "/", 11};
    request.set(http::field::host, "127.0.0.1");
    return request;
}

// A server running in a background thread for the life of the test.
class RunningServer {
  public:
    explicit RunningServer(ServerOptions options = {}, HttpDispatcher dispatcher = echo,
                           bool handle_signals = false) {
        options.address = "127.0.0.1";
        options.port = 0;
        auto created = HttpServer::create(std::move(options), std::move(dispatcher));
        if (!created) {
            throw std::runtime_error(describe(created.error()));
        }
        m_server = std::move(*created);
        m_done = std::async(std::launch::async,
                            [this, handle_signals] { m_server->run(handle_signals); });
    }
    ~RunningServer() {
        m_server->stop();
        m_done.wait();
    }
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    [[nodiscard]] HttpServer& server() { return *m_server; }
    [[nodiscard]] std::uint16_t port() const { return m_server->port(); }
    [[nodiscard]] bool has_returned_within(std::chrono::seconds limit) {
        return m_done.wait_for(limit) == std::future_status::ready;
    }

  private:
    std::unique_ptr<HttpServer> m_server;
    std::future<void> m_done;
};

class Client {
  public:
    explicit Client(std::uint16_t port) : m_socket(m_io) {
        m_socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    }

    http::response<http::string_body> send(http::verb method, std::string_view target,
                                           std::string body = {}, bool keep_alive = true) {
        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, "127.0.0.1");
        request.keep_alive(keep_alive);
        if (!body.empty() || method == http::verb::post) {
            request.body() = std::move(body);
            request.prepare_payload();
        }
        return send(request);
    }

    http::response<http::string_body> send(http::request<http::string_body>& request) {
        http::write(m_socket, request);
        return receive(request.method() == http::verb::head);
    }

    void send_raw(std::string_view bytes) { asio::write(m_socket, asio::buffer(bytes)); }

    http::response<http::string_body> receive(bool is_head = false) {
        http::response_parser<http::string_body> parser;
        parser.skip(is_head);  // a HEAD answer announces a length but has no body
        http::read(m_socket, m_buffer, parser);
        return parser.release();
    }

    // True when the server has closed the connection.
    bool is_closed_by_server() {
        beast::error_code error;
        std::array<char, 1> byte{};
        m_socket.read_some(asio::buffer(byte), error);
        return error == asio::error::eof || error == asio::error::connection_reset;
    }

  private:
    asio::io_context m_io;
    tcp::socket m_socket;
    beast::flat_buffer m_buffer;
};

TEST(HttpServer, AnswersWithTheDispatchersStatusBodyAndHeaders) {
    RunningServer running;
    Client client(running.port());
    const auto response = client.send(http::verb::get, "/missing");
    EXPECT_EQ(response.result_int(), 404U);
    EXPECT_EQ(response.body(), "GET|/missing|||");
    EXPECT_EQ(response[http::field::content_type], "text/plain; charset=utf-8");
    EXPECT_EQ(response[http::field::content_length], std::to_string(response.body().size()));
    EXPECT_EQ(response[http::field::server], "parindex");
    EXPECT_EQ(response["X-Extra"], "yes");
}

TEST(HttpServer, ServesSeveralRequestsOnOneKeptAliveConnection) {
    RunningServer running;
    Client client(running.port());
    const auto first = client.send(http::verb::get, "/one");
    const auto second = client.send(http::verb::post, "/two", "payload");
    EXPECT_EQ(first.body(), "GET|/one|||");
    EXPECT_TRUE(first.keep_alive());
    EXPECT_EQ(second.body(), "POST|/two|||payload");
}

TEST(HttpServer, ClosesTheConnectionWhenTheClientAsks) {
    RunningServer running;
    Client client(running.port());
    const auto response = client.send(http::verb::get, "/", {}, false);
    EXPECT_FALSE(response.keep_alive());
    EXPECT_TRUE(client.is_closed_by_server());
}

TEST(HttpServer, DecodesThePathAndKeepsTheQueryRaw) {
    RunningServer running;
    Client client(running.port());
    const auto response =
        client.send(http::verb::get, "/api/ph%C6%B0%E1%BB%9Dng%20A?name=a%20b&year=2025");
    EXPECT_EQ(response.result_int(), 200U);
    EXPECT_EQ(response.body(), "GET|/api/phường A|name=a%20b&year=2025||");
}

TEST(HttpServer, AcceptsTheAbsoluteFormOfTheTarget) {
    RunningServer running;
    Client client(running.port());
    const auto response = client.send(http::verb::get, "http://127.0.0.1/plan?y=1");
    EXPECT_EQ(response.body(), "GET|/plan|y=1||");
}

TEST(HttpServer, RejectsPathsThatDoNotDecodeSafely) {
    RunningServer running;
    Client client(running.port());
    for (const std::string_view target :
         {"/a%00b", "/a%zz", "/a%4", "/%C3%28", "/files/../secret", "/files/%2E%2E/secret"}) {
        const auto response = client.send(http::verb::get, target);
        EXPECT_EQ(response.result_int(), 400U) << target;
        EXPECT_NE(response.body().find("\"error\""), std::string::npos) << target;
    }
    // The connection survives a rejected target.
    EXPECT_EQ(client.send(http::verb::get, "/ok").result_int(), 200U);
}

TEST(HttpServer, PassesHeadersWithLowerCaseNames) {
    HttpRequest seen;
    RunningServer running({}, capture_into(seen));
    Client client(running.port());
    auto request = get_root();
    request.set("X-Probe", "Mixed Case Value");
    client.send(request);
    ASSERT_FALSE(seen.headers.empty());
    for (const auto& [name, value] : seen.headers) {
        EXPECT_EQ(name, [&] {
            std::string lower = name;
            for (char& c : lower) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            return lower;
        }());
    }
    EXPECT_EQ(seen.header("x-probe"), "Mixed Case Value");
    EXPECT_EQ(seen.header("host"), "127.0.0.1");
    EXPECT_EQ(seen.header("absent"), "");
}

TEST(HttpServer, TakesTheClientAddressFromALocalProxysXRealIp) {
    HttpRequest seen;
    RunningServer running({}, capture_into(seen));
    Client client(running.port());
    auto request = get_root();
    client.send(request);
    EXPECT_EQ(seen.remote_address, "127.0.0.1");
    request.set("X-Real-IP", "203.0.113.7");
    client.send(request);
    // The test's client is on the loopback, as a reverse proxy on the same machine would be.
    EXPECT_EQ(seen.remote_address, "203.0.113.7");
}

TEST(HttpServer, RefusesABodyOverTheLimitWith413) {
    ServerOptions options;
    options.max_body_bytes = 1024;
    RunningServer running(options);
    Client client(running.port());
    const auto within = client.send(http::verb::post, "/upload", std::string(1024, 'a'));
    EXPECT_EQ(within.result_int(), 200U);

    Client big(running.port());
    const auto response = big.send(http::verb::post, "/upload", std::string(4096, 'a'));
    EXPECT_EQ(response.result_int(), 413U);
    EXPECT_EQ(response[http::field::content_type], "application/json; charset=utf-8");
    EXPECT_NE(response.body().find("\"error\""), std::string::npos);
    EXPECT_TRUE(big.is_closed_by_server());
}

TEST(HttpServer, RefusesAChunkedBodyOverTheLimitWith413) {
    ServerOptions options;
    options.max_body_bytes = 16;
    RunningServer running(options);
    Client client(running.port());
    client.send_raw(
        "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "20\r\n0123456789abcdef0123456789abcdef\r\n0\r\n\r\n");
    EXPECT_EQ(client.receive().result_int(), 413U);
}

TEST(HttpServer, SendsContinueBeforeReadingAnAnnouncedBody) {
    RunningServer running;
    Client client(running.port());
    client.send_raw(
        "PUT /file HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    EXPECT_EQ(client.receive().result_int(), 100U);
    client.send_raw("hello");
    const auto response = client.receive();
    EXPECT_EQ(response.result_int(), 200U);
    EXPECT_EQ(response.body(), "PUT|/file|||hello");
}

TEST(HttpServer, AnswersMalformedRequestsWith400) {
    RunningServer running;
    Client client(running.port());
    client.send_raw("GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(client.receive().result_int(), 400U);
}

TEST(HttpServer, TurnsAnExceptionIntoA500WithAJsonBody) {
    RunningServer running;
    Client client(running.port());
    const auto response = client.send(http::verb::get, "/throw");
    EXPECT_EQ(response.result_int(), 500U);
    EXPECT_EQ(response[http::field::content_type], "application/json; charset=utf-8");
    EXPECT_EQ(response.body().rfind("{\"error\": \"", 0), 0U) << response.body();
    EXPECT_NE(response.body().find(R"(boom \"quoted\")"), std::string::npos) << response.body();
    EXPECT_EQ(client.send(http::verb::get, "/throw-int").result_int(), 500U);
    // The server goes on serving on the same connection.
    EXPECT_EQ(client.send(http::verb::get, "/after").result_int(), 200U);
}

TEST(HttpServer, RefusesAResponseHeaderThatWouldSplitTheResponse) {
    RunningServer running({}, [](const HttpRequest&) {
        HttpResponse response;
        response.headers.emplace_back("X-Name", "a\r\nSet-Cookie: stolen=1");
        return response;
    });
    Client client(running.port());
    const auto response = client.send(http::verb::get, "/");
    EXPECT_EQ(response.result_int(), 500U);
    EXPECT_EQ(response["Set-Cookie"], "");
}

TEST(HttpServer, AnswersHeadWithTheHeadersOfGetAndNoBody) {
    RunningServer running;
    Client client(running.port());
    const auto get = client.send(http::verb::get, "/page");
    const auto head = client.send(http::verb::head, "/page");
    EXPECT_EQ(head.result_int(), 200U);
    EXPECT_EQ(head[http::field::content_length], get[http::field::content_length]);
    EXPECT_EQ(head[http::field::content_type], get[http::field::content_type]);
    EXPECT_TRUE(head.body().empty());
    // Had the server sent a body, it would be read here in place of the next response.
    EXPECT_EQ(client.send(http::verb::get, "/next").body(), "GET|/next|||");
}

TEST(HttpServer, SendsNoBodyWith204) {
    RunningServer running({}, [](const HttpRequest&) {
        HttpResponse response;
        response.status = 204;
        response.body = "ignored";
        return response;
    });
    Client client(running.port());
    const auto response = client.send(http::verb::delete_, "/item");
    EXPECT_EQ(response.result_int(), 204U);
    EXPECT_TRUE(response.body().empty());
    EXPECT_EQ(client.send(http::verb::delete_, "/item").result_int(), 204U);
}

TEST(HttpServer, ReportsAPortInUseAsAnIoError) {
    RunningServer running;
    ServerOptions options;
    options.address = "127.0.0.1";
    options.port = running.port();
    const auto second = HttpServer::create(options, echo);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::io);
    EXPECT_EQ(second.error().detail.message, Label::error_server);
    ASSERT_EQ(second.error().detail.args.size(), 2U);
    EXPECT_EQ(second.error().detail.args[0], "127.0.0.1:" + std::to_string(running.port()));
}

TEST(HttpServer, ReportsAnInvalidAddressAsAnIoError) {
    ServerOptions options;
    options.address = "300.1.2.3";
    options.port = 0;
    const auto created = HttpServer::create(options, echo);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::io);
    EXPECT_EQ(created.error().detail.message, Label::error_server);
}

TEST(HttpServer, ReturnsFromRunAfterStopEvenWithAnIdleConnectionOpen) {
    RunningServer running;
    Client idle(running.port());
    EXPECT_EQ(idle.send(http::verb::get, "/").result_int(), 200U);
    running.server().stop();
    EXPECT_TRUE(running.has_returned_within(k_run_deadline));
    EXPECT_TRUE(idle.is_closed_by_server());
}

TEST(HttpServer, FinishesARequestInFlightWhenStopped) {
    std::promise<void> entered;
    std::promise<void> release;
    auto released = release.get_future().share();
    RunningServer running({}, [&](const HttpRequest&) {
        entered.set_value();
        released.wait();
        HttpResponse response;
        response.body = "finished";
        return response;
    });
    auto answer = std::async(std::launch::async, [port = running.port()] {
        Client client(port);
        return client.send(http::verb::get, "/slow");
    });
    entered.get_future().wait();
    running.server().stop();
    EXPECT_FALSE(running.has_returned_within(std::chrono::seconds(0)));
    release.set_value();
    const auto response = answer.get();
    EXPECT_EQ(response.body(), "finished");
    EXPECT_FALSE(response.keep_alive());  // a stopping server closes afterwards
    EXPECT_TRUE(running.has_returned_within(k_run_deadline));
}

TEST(HttpServer, StopsOnSigterm) {
    RunningServer running({}, echo, true);
    // A served request shows run() has installed its signal handler.
    EXPECT_EQ(Client(running.port()).send(http::verb::get, "/").result_int(), 200U);
    std::raise(SIGTERM);
    EXPECT_TRUE(running.has_returned_within(k_run_deadline));
}

TEST(HttpServer, AnIdleClientDoesNotDelayOthers) {
    ServerOptions options;
    options.threads = 1;  // one thread: a blocking design would hang here
    RunningServer running(options);
    Client silent(running.port());  // connects and never sends
    Client partial(running.port());
    partial.send_raw("GET /half HTTP/1.1\r\nHo");  // starts a request and stalls
    auto answer = std::async(std::launch::async, [port = running.port()] {
        return Client(port).send(http::verb::get, "/other");
    });
    ASSERT_EQ(answer.wait_for(k_run_deadline), std::future_status::ready);
    EXPECT_EQ(answer.get().body(), "GET|/other|||");
}

TEST(HttpServer, ServesConcurrentClients) {
    RunningServer running;
    constexpr int k_clients = 16;
    constexpr int k_requests = 50;
    std::vector<std::future<int>> clients;
    for (int c = 0; c < k_clients; ++c) {
        clients.push_back(std::async(std::launch::async, [c, port = running.port()] {
            Client client(port);
            int correct = 0;
            for (int r = 0; r < k_requests; ++r) {
                const std::string path = "/c" + std::to_string(c) + "/r" + std::to_string(r);
                correct += client.send(http::verb::get, path).body() == "GET|" + path + "|||";
            }
            return correct;
        }));
    }
    for (auto& client : clients) {
        EXPECT_EQ(client.get(), k_requests);
    }
}

}  // namespace
}  // namespace parindex
