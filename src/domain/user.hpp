#pragma once
// An account: a person who logs in, with one role and, for unit roles, one unit.

#include <cstdint>
#include <string>

#include "domain/role.hpp"

namespace parindex {

struct User {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::viewer;
    std::string unit_key;
    bool is_active = true;
    std::string password_hash;  // argon2id, encoded; never leaves the server

    [[nodiscard]] Actor actor() const { return Actor{id, username, display_name, role, unit_key}; }
};

}  // namespace parindex
