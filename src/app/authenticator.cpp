#include "app/authenticator.hpp"

namespace parindex {

namespace {

tl::unexpected<Error> wrong_credentials() {
    return fail(ErrorCode::unauthenticated, Label::error_login_failed);
}

}  // namespace

Result<LoginResult> Authenticator::login(const std::string& username, const std::string& password,
                                         const std::string& address) {
    const auto now = LoginThrottle::Clock::now();
    if (!m_throttle.is_allowed(username, address, now)) {
        return fail(ErrorCode::throttled, Label::error_login_throttled);
    }
    std::optional<User> user;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.users().find_user_by_name(username));
        user = std::move(found);
        return {};
    }));
    // Verified outside the transaction (argon2 takes a tenth of a second and the database would
    // wait), and against a stand-in hash for an unknown or closed account, so that the answer
    // takes as long whether the name exists or not.
    const bool is_usable = user && user->is_active;
    const bool is_match =
        m_crypto.verify_password(is_usable ? user->password_hash : stand_in_hash(), password);
    LoginResult result;
    auto found = is_usable && is_match ? m_store.transaction([&]() -> Result<void> {
        result.token = m_crypto.random_token();
        result.expires_at = m_clock.later(k_session_seconds);
        result.session = SessionInfo{*user, m_crypto.random_token()};
        PARINDEX_TRY(m_store.sessions().delete_expired_sessions(m_clock.now()));
        return m_store.sessions().create_session(
            m_crypto.sha256_hex(result.token),
            SessionRecord{user->id, result.session.csrf_token, result.expires_at});
    })
                                       : Result<void>(wrong_credentials());
    if (!found) {
        if (found.error().code == ErrorCode::unauthenticated) {
            m_throttle.record_failure(username, address, now);
        }
        return tl::unexpected(found.error());
    }
    m_throttle.record_success(username);
    return result;
}

const std::string& Authenticator::stand_in_hash() {
    std::call_once(m_stand_in_once, [this] {
        auto hash = m_crypto.hash_password(m_crypto.random_token());
        m_stand_in_hash = hash ? std::move(*hash) : std::string();
    });
    return m_stand_in_hash;
}

std::optional<SessionInfo> Authenticator::remembered(const std::string& digest) {
    const std::lock_guard lock(m_sessions_mutex);
    const auto found = m_sessions.find(digest);
    if (found == m_sessions.end() || found->second.expires_at <= m_clock.now()) {
        return std::nullopt;
    }
    return found->second.info;
}

void Authenticator::remember(const std::string& digest, const SessionInfo& info,
                             const std::string& expires_at, std::uint64_t generation) {
    constexpr std::size_t k_max_remembered = 10000;
    const std::lock_guard lock(m_sessions_mutex);
    if (generation != m_generation) {
        return;  // forgotten while it was being read: it may be a session that just ended
    }
    if (m_sessions.size() >= k_max_remembered) {
        m_sessions.clear();
    }
    m_sessions.insert_or_assign(digest, Remembered{info, expires_at});
}

std::uint64_t Authenticator::current_generation() {
    const std::lock_guard lock(m_sessions_mutex);
    return m_generation;
}

void Authenticator::forget_sessions() {
    const std::lock_guard lock(m_sessions_mutex);
    ++m_generation;
    m_sessions.clear();
}

Result<SessionInfo> Authenticator::resume(const std::string& token) {
    if (token.empty()) {
        return fail(ErrorCode::unauthenticated, Label::error_not_logged_in);
    }
    const std::string digest = m_crypto.sha256_hex(token);
    if (auto info = remembered(digest)) {
        return std::move(*info);
    }
    const std::uint64_t generation = current_generation();
    SessionInfo info;
    std::string expires_at;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(session, m_store.sessions().find_session(digest));
        if (!session || session->expires_at <= m_clock.now()) {
            return fail(ErrorCode::unauthenticated, Label::error_not_logged_in);
        }
        PARINDEX_TRY_ASSIGN(user, m_store.users().find_user(session->user_id));
        if (!user || !user->is_active) {
            return fail(ErrorCode::unauthenticated, Label::error_not_logged_in);
        }
        info = SessionInfo{std::move(*user), session->csrf_token};
        expires_at = session->expires_at;
        return {};
    }));
    remember(digest, info, expires_at, generation);
    return info;
}

Result<void> Authenticator::logout(const std::string& token) {
    forget_sessions();
    return m_store.transaction(
        [&] { return m_store.sessions().delete_session(m_crypto.sha256_hex(token)); });
}

}  // namespace parindex
