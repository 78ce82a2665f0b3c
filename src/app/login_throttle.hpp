#pragma once
// Slows password guessing: after k_max_failures failed logins for one user name, or from one
// address, within the window, further attempts are refused until the window has passed since the
// last failure. Thread-safe; state is in memory (a restart forgets it, which is acceptable for a
// ward's server behind its own network).

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace parindex {

class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr int k_max_failures = 5;
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
    [[nodiscard]] static bool is_blocked(const Failures& failures, Clock::time_point now);
    void forget_expired(Clock::time_point now);

    std::mutex m_mutex;
    std::map<std::string, Failures> m_by_user;
    std::map<std::string, Failures> m_by_address;
};

}  // namespace parindex
