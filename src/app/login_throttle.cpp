#include "app/login_throttle.hpp"

namespace parindex {

bool LoginThrottle::is_allowed(const std::string& username, const std::string& address,
                               Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    auto is_blocked_in = [now](const std::map<std::string, Failures>& failures,
                               const std::string& key, int limit) {
        auto found = failures.find(key);
        return found != failures.end() && is_blocked(found->second, limit, now);
    };
    return !is_blocked_in(m_by_user, username, k_max_failures) &&
           !is_blocked_in(m_by_address, address, k_max_address_failures);
}

void LoginThrottle::record_failure(const std::string& username, const std::string& address,
                                   Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    // Only failures add entries, so sweeping here bounds memory by the failures of one window;
    // the sweep also restarts the count of a name whose last failure is older than the window.
    // Each failure has already cost an argon2 verification, beside which this linear sweep is
    // small.
    forget_expired(now);
    for (Failures* failures : {&m_by_user[username], &m_by_address[address]}) {
        ++failures->count;
        failures->last = now;
    }
}

void LoginThrottle::record_success(const std::string& username) {
    std::lock_guard lock(m_mutex);
    m_by_user.erase(username);
}

bool LoginThrottle::is_blocked(const Failures& failures, int limit, Clock::time_point now) {
    return failures.count >= limit && now - failures.last < k_window;
}

void LoginThrottle::forget_expired(Clock::time_point now) {
    auto is_expired = [now](const auto& entry) { return now - entry.second.last >= k_window; };
    std::erase_if(m_by_user, is_expired);
    std::erase_if(m_by_address, is_expired);
}

}  // namespace parindex
