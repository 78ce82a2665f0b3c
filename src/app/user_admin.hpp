#pragma once
// Use cases: accounts, for the administrator in the browser and for `parindex user ...`.

#include <optional>
#include <string>
#include <vector>

#include "app/clock.hpp"
#include "app/crypto.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

struct UserDraft {
    std::string username;
    std::string display_name;
    Role role = Role::viewer;
    std::string unit_key;
    bool is_active = true;
    std::optional<std::string> password;  // required to create; optional to update
};

inline constexpr std::size_t k_min_password_length = 8;

class UserAdmin {
  public:
    // `province`: the accounts of the province's tenant, which take the province's roles only; a
    // ward's accounts take the ward's roles only.
    UserAdmin(WorkflowStore& store, Crypto& crypto, const Clock& clock, bool province = false)
        : m_store(store), m_crypto(crypto), m_clock(clock), m_province(province) {}

    [[nodiscard]] Result<std::vector<User>> list(const Actor& actor);
    [[nodiscard]] Result<User> create(const Actor& actor, const UserDraft& draft);
    [[nodiscard]] Result<User> update(const Actor& actor, std::int64_t id, const UserDraft& draft);
    // Sets a password by user name: for the CLI, which runs as the server's operator.
    [[nodiscard]] Result<User> set_password(const Actor& actor, const std::string& username,
                                            const std::string& password);

  private:
    [[nodiscard]] Result<void> validate(const UserDraft& draft, bool is_new);
    [[nodiscard]] Result<void> audit(const Actor& actor, const std::string& action,
                                     const User* before, const User& after);

    WorkflowStore& m_store;
    Crypto& m_crypto;
    const Clock& m_clock;
    bool m_province;
};

// The acting person for the command line: the operator of the server, with admin rights.
[[nodiscard]] Actor command_line_operator();

}  // namespace parindex
