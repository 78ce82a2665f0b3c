#pragma once
// Login sessions in SQLite, keyed by the digest of the cookie's token.

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlSessionRepository final : public SessionRepository {
  public:
    explicit SqlSessionRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<void> create_session(const std::string& token_digest,
                                const SessionRecord& session) override;
    // Finds expired sessions too: the caller compares expires_at with its clock.
    Result<std::optional<SessionRecord>> find_session(const std::string& token_digest) override;
    Result<void> delete_session(const std::string& token_digest) override;
    // Deletes the sessions whose expires_at is at or before `now` (both ISO 8601 UTC in the same
    // form, so text order is time order).
    Result<void> delete_expired_sessions(const std::string& now) override;
    Result<void> delete_sessions_of(std::int64_t user_id) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
