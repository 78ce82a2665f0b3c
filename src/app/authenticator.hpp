#pragma once
// Use case: logging in and out, and finding who a request comes from. A session is a random
// token kept by the browser in an HttpOnly cookie; the database keeps only its SHA-256, with a
// CSRF token the browser must echo on every change.

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/login_throttle.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

struct SessionInfo {
    User user;
    std::string csrf_token;
};

struct LoginResult {
    std::string token;  // for the cookie only
    std::string expires_at;
    SessionInfo session;
};

class Authenticator {
  public:
    static constexpr long k_session_seconds = 12L * 60 * 60;  // a working day and then some

    Authenticator(WorkflowStore& store, Crypto& crypto, const Clock& clock, LoginThrottle& throttle)
        : m_store(store), m_crypto(crypto), m_clock(clock), m_throttle(throttle) {}

    // `address`: the client's, for throttling. Wrong name and wrong password answer alike.
    [[nodiscard]] Result<LoginResult> login(const std::string& username,
                                            const std::string& password,
                                            const std::string& address);
    [[nodiscard]] Result<SessionInfo> resume(const std::string& token);
    [[nodiscard]] Result<void> logout(const std::string& token);
    // Forgets the sessions remembered in memory; called after any change to stored data, so a
    // deactivated account or a logout elsewhere takes effect on the next request.
    void forget_sessions();

  private:
    [[nodiscard]] std::optional<SessionInfo> remembered(const std::string& digest);
    void remember(const std::string& digest, const SessionInfo& info, const std::string& expires_at,
                  std::uint64_t generation);
    [[nodiscard]] std::uint64_t current_generation();
    [[nodiscard]] const std::string& stand_in_hash();

    struct Remembered {
        SessionInfo info;
        std::string expires_at;
    };

    WorkflowStore& m_store;
    Crypto& m_crypto;
    const Clock& m_clock;
    LoginThrottle& m_throttle;
    // Resolving a session costs two lookups under the database's lock; every request needs it.
    std::mutex m_sessions_mutex;
    std::map<std::string, Remembered> m_sessions;
    std::uint64_t m_generation = 0;  // bumped by forget_sessions()
    std::once_flag m_stand_in_once;
    std::string m_stand_in_hash;
};

}  // namespace parindex
