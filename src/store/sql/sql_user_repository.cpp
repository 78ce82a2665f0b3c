#include "store/sql/sql_user_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_select =
    "SELECT id, username, display_name, role, unit_key, is_active, password_hash FROM users";

tl::unexpected<Error> username_taken() {
    return fail(ErrorCode::conflict, Label::error_database, {"username taken"});
}

Result<User> read_user(const SqlStatement& statement) {
    User user;
    user.id = statement.integer(0);
    user.username = statement.text(1);
    user.display_name = statement.text(2);
    const auto role = role_from_code(statement.text(3));
    if (!role) {
        return sql_corrupt("users.role = " + statement.text(3));
    }
    user.role = *role;
    user.unit_key = statement.text(4);
    user.is_active = statement.integer(5) != 0;
    user.password_hash = statement.text(6);
    return user;
}

Result<std::optional<User>> read_one(SqlStatement& statement) {
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<User>{};
    }
    PARINDEX_TRY_ASSIGN(user, read_user(statement));
    statement.reset();
    return std::optional<User>{std::move(user)};
}

}  // namespace

Result<std::vector<User>> SqlUserRepository::list_users() {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(std::string(k_select) + " ORDER BY id"));
    std::vector<User> users;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(user, read_user(statement));
        users.push_back(std::move(user));
        return {};
    }));
    return users;
}

Result<std::optional<User>> SqlUserRepository::find_user(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(std::string(k_select) + " WHERE id = ?"));
    statement.bind(1, id);
    return read_one(statement);
}

Result<std::optional<User>> SqlUserRepository::find_user_by_name(std::string_view username) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare(std::string(k_select) + " WHERE username = ?"));
    statement.bind(1, username);
    return read_one(statement);
}

Result<std::int64_t> SqlUserRepository::create_user(const User& user) {
    // DO NOTHING with RETURNING yields no row for a taken name: a conflict told apart from a
    // failure without parsing the engine's messages.
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare(
                            "INSERT INTO users (username, display_name, role, unit_key, is_active, "
                            "password_hash) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (username) DO NOTHING RETURNING id"));
    statement.bind(1, user.username)
        .bind(2, user.display_name)
        .bind(3, role_code(user.role))
        .bind(4, user.unit_key)
        .bind(5, user.is_active ? 1 : 0)
        .bind(6, user.password_hash);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        statement.reset();
        return username_taken();
    }
    const std::int64_t id = statement.integer(0);
    PARINDEX_TRY(statement.run());
    return id;
}

Result<void> SqlUserRepository::update_user(const User& user) {
    // Checked first so a rename onto a taken name is a conflict, not a constraint failure; the
    // transaction holds the write lock, so nobody takes the name in between.
    PARINDEX_TRY_ASSIGN(
        taken, m_connection.prepare("SELECT 1 FROM users WHERE username = ? AND id <> ? LIMIT 1"));
    taken.bind(1, user.username).bind(2, user.id);
    PARINDEX_TRY_ASSIGN(is_taken, taken.step());
    taken.reset();
    if (is_taken) {
        return username_taken();
    }
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(
                                       "UPDATE users SET username = ?, display_name = ?, role = ?, "
                                       "unit_key = ?, is_active = ?, password_hash = ? "
                                       "WHERE id = ?"));
    PARINDEX_TRY(statement.bind(1, user.username)
                     .bind(2, user.display_name)
                     .bind(3, role_code(user.role))
                     .bind(4, user.unit_key)
                     .bind(5, user.is_active ? 1 : 0)
                     .bind(6, user.password_hash)
                     .bind(7, user.id)
                     .run());
    if (m_connection.changes() == 0) {
        return sql_missing("users.id = " + std::to_string(user.id));
    }
    return {};
}

}  // namespace parindex
