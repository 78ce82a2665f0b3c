#include "core/decimal.hpp"

#include <array>
#include <charconv>

namespace parindex {

// Vietnamese writes 90,5 for 90.5; a threshold never needs more than a few decimals, so six
// fixed digits with the trailing zeros cut avoid binary noise such as 0.30000000000000004.
std::string format_decimal(double value) {
    std::array<char, 400> buffer{};  // the largest double in fixed notation, and 6 decimals
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::fixed, 6);
    if (error != std::errc{}) {
        return "?";
    }
    std::string text(buffer.data(), end);
    const std::size_t point = text.find('.');
    if (point != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') {
            text.pop_back();
        } else {
            text[point] = ',';
        }
    }
    if (text == "-0") {
        return "0";
    }
    return text;
}

std::string format_count(long long count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    constexpr std::size_t k_group = 3;
    for (auto at = digits.size(); at > k_group; at -= k_group) {
        digits.insert(at - k_group, 1, '.');
    }
    return count < 0 ? "-" + digits : digits;
}

}  // namespace parindex
