#pragma once
// A constant table from an enum to a value (its code in JSON and the database, or its label),
// looked up in both directions: one table per enum instead of a switch and a loop written twice.

#include <array>
#include <optional>
#include <string_view>

namespace parindex {

template <class Enum, class Value = std::string_view>
struct EnumEntry {
    Enum key;
    Value value;
};

template <class Enum, class Value, std::size_t N>
[[nodiscard]] constexpr Value lookup(const std::array<EnumEntry<Enum, Value>, N>& table, Enum key) {
    for (const auto& entry : table) {
        if (entry.key == key) {
            return entry.value;
        }
    }
    return Value{};
}

template <class Enum, class Value, std::size_t N>
[[nodiscard]] constexpr std::optional<Enum> reverse_lookup(
    const std::array<EnumEntry<Enum, Value>, N>& table, const Value& value) {
    for (const auto& entry : table) {
        if (entry.value == value) {
            return entry.key;
        }
    }
    return std::nullopt;
}

}  // namespace parindex
