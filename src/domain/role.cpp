#include "domain/role.hpp"

#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_codes = {
    EnumEntry<Role>{Role::admin, "admin"},
    EnumEntry<Role>{Role::chairman, "chairman"},
    EnumEntry<Role>{Role::vice_chairman, "vice_chairman"},
    EnumEntry<Role>{Role::coordinator, "coordinator"},
    EnumEntry<Role>{Role::unit_head, "unit_head"},
    EnumEntry<Role>{Role::unit_staff, "unit_staff"},
    EnumEntry<Role>{Role::viewer, "viewer"},
    EnumEntry<Role>{Role::province_admin, "province_admin"},
    EnumEntry<Role>{Role::province_officer, "province_officer"},
};

constexpr std::array k_labels = {
    EnumEntry<Role, Label>{Role::admin, Label::role_admin},
    EnumEntry<Role, Label>{Role::chairman, Label::role_chairman},
    EnumEntry<Role, Label>{Role::vice_chairman, Label::role_vice_chairman},
    EnumEntry<Role, Label>{Role::coordinator, Label::role_coordinator},
    EnumEntry<Role, Label>{Role::unit_head, Label::role_unit_head},
    EnumEntry<Role, Label>{Role::unit_staff, Label::role_unit_staff},
    EnumEntry<Role, Label>{Role::viewer, Label::role_viewer},
    EnumEntry<Role, Label>{Role::province_admin, Label::role_province_admin},
    EnumEntry<Role, Label>{Role::province_officer, Label::role_province_officer},
};

}  // namespace

std::string_view role_code(Role role) {
    return lookup(k_codes, role);
}

std::optional<Role> role_from_code(std::string_view code) {
    return reverse_lookup(k_codes, code);
}

Label role_label(Role role) {
    return lookup(k_labels, role);
}

bool role_needs_unit(Role role) {
    return role == Role::unit_head || role == Role::unit_staff;
}

bool is_province_role(Role role) {
    return role == Role::province_admin || role == Role::province_officer;
}

}  // namespace parindex
