#pragma once
// Reads a number that must fill the whole text: "2025" is 2025, "2025a" and "" are nothing.

#include <charconv>
#include <optional>
#include <string_view>

namespace parindex {

template <class Number>
[[nodiscard]] std::optional<Number> parse_exact(std::string_view text) {
    Number value{};
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(text.data(), last, value);
    if (text.empty() || error != std::errc{} || end != last) {
        return std::nullopt;
    }
    return value;
}

}  // namespace parindex
