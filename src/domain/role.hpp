#pragma once
// Who a user is in the plan's work, and the person acting in a request. The plan's body gives
// the roles: the chairman and vice-chairmen watch and comment; the culture-society office
// (coordinator) checks, urges, reviews and aggregates; unit heads and staff report on their
// unit's tasks; viewers read. Above the wards, the province's home-affairs department reads every
// ward: its officers, and its admins who also keep the province's accounts.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/labels.hpp"

namespace parindex {

enum class Role {
    admin,
    chairman,
    vice_chairman,
    coordinator,
    unit_head,
    unit_staff,
    viewer,
    province_admin,
    province_officer,
};

[[nodiscard]] std::string_view role_code(Role role);
[[nodiscard]] std::optional<Role> role_from_code(std::string_view code);
[[nodiscard]] Label role_label(Role role);
// Unit heads and staff belong to a unit; the other roles work across the ward.
[[nodiscard]] bool role_needs_unit(Role role);
// The province's roles, whose accounts live in the province's tenant, not in a ward.
[[nodiscard]] bool is_province_role(Role role);

struct Actor {
    std::int64_t user_id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::viewer;
    std::string unit_key;  // empty for roles without a unit
};

}  // namespace parindex
