#pragma once
// Accounts in SQLite. User names are unique: creating or renaming to a taken one is a conflict.

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlUserRepository final : public UserRepository {
  public:
    explicit SqlUserRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<std::vector<User>> list_users() override;
    Result<std::optional<User>> find_user(std::int64_t id) override;
    Result<std::optional<User>> find_user_by_name(std::string_view username) override;
    Result<std::int64_t> create_user(const User& user) override;
    // A missing user is not_found; a user name another user has is a conflict.
    Result<void> update_user(const User& user) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
