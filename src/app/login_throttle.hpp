#pragma once
// Slows password guessing: after k_max_failures failed logins for one user name, or
// k_max_address_failures from one address (higher: a ward office shares one address, and one
// person's typos must not lock out colleagues), within the window, further attempts are refused
// until the window has passed since the last failure. Thread-safe; state is in memory (a restart
// forgets it, which is acceptable for a ward's server behind its own network).

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace parindex {

class LoginThrottle {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr int k_max_failures = 5;
    static constexpr int k_max_address_failures = 20;
    static constexpr std::chrono::minutes k_window{15};

    // True when an attempt for this user from this address may be checked now.
    [[nodiscard]] bool is_allowed(const std::string& username, const std::string& address,
                                  Clock::time_point now);
    void record_failure(const std::string& username, const std::string& address,
                        Clock::time_point now);
    // A successful login clears the user's failures (not the address's).
    void record_success(const std::string& username);

  private:
    struct Failures {
        int count = 0;
        Clock::time_point last;
    };
    [[nodiscard]] static bool is_blocked(const Failures& failures, int limit,
                                         Clock::time_point now);
    void forget_expired(Clock::time_point now);

    std::mutex m_mutex;
    std::map<std::string, Failures> m_by_user;
    std::map<std::string, Failures> m_by_address;
};

}  // namespace parindex
