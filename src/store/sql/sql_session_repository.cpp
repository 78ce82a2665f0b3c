#include "store/sql/sql_session_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<void> SqlSessionRepository::create_session(const std::string& token_digest,
                                                  const SessionRecord& session) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare("INSERT INTO sessions (token_digest, user_id, csrf_token, "
                                        "expires_at) VALUES (?, ?, ?, ?)"));
    return statement.bind(1, token_digest)
        .bind(2, session.user_id)
        .bind(3, session.csrf_token)
        .bind(4, session.expires_at)
        .run();
}

Result<std::optional<SessionRecord>> SqlSessionRepository::find_session(
    const std::string& token_digest) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT user_id, csrf_token, expires_at FROM sessions "
                                             "WHERE token_digest = ?"));
    statement.bind(1, token_digest);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<SessionRecord>{};
    }
    SessionRecord session{statement.integer(0), statement.text(1), statement.text(2)};
    statement.reset();
    return std::optional<SessionRecord>{std::move(session)};
}

Result<void> SqlSessionRepository::delete_session(const std::string& token_digest) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("DELETE FROM sessions WHERE token_digest = ?"));
    return statement.bind(1, token_digest).run();
}

Result<void> SqlSessionRepository::delete_sessions_of(std::int64_t user_id) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("DELETE FROM sessions WHERE user_id = ?"));
    return statement.bind(1, user_id).run();
}

Result<void> SqlSessionRepository::delete_expired_sessions(const std::string& now) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("DELETE FROM sessions WHERE expires_at <= ?"));
    return statement.bind(1, now).run();
}

}  // namespace parindex
