#include "domain/unit.hpp"

#include <algorithm>
#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_kind_codes = {
    EnumEntry<UnitKind>{UnitKind::unit, "unit"},
    EnumEntry<UnitKind>{UnitKind::group, "group"},
};

}  // namespace

std::string_view unit_kind_code(UnitKind kind) {
    return lookup(k_kind_codes, kind);
}

std::optional<UnitKind> unit_kind_from_code(std::string_view code) {
    return reverse_lookup(k_kind_codes, code);
}

std::vector<std::string> expand_units(const std::vector<std::string>& assigned,
                                      const std::vector<Unit>& units,
                                      const std::vector<std::string>& except) {
    auto contains = [](const std::vector<std::string>& keys, const std::string& key) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    const bool has_group = std::any_of(units.begin(), units.end(), [&](const Unit& unit) {
        return unit.kind == UnitKind::group && contains(assigned, unit.key);
    });
    std::vector<std::string> expanded;
    for (const Unit& unit : units) {
        if (unit.kind != UnitKind::unit) {
            continue;
        }
        const bool is_named = contains(assigned, unit.key);
        const bool is_group_member = has_group && !contains(except, unit.key);
        if (is_named || is_group_member) {
            expanded.push_back(unit.key);
        }
    }
    return expanded;
}

}  // namespace parindex
