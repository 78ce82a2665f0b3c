#include "domain/node_code.hpp"

#include <array>
#include <charconv>

namespace parindex {

namespace {

struct RomanDigit {
    int value;
    std::string_view symbol;
};

constexpr std::array k_roman_digits = {
    RomanDigit{1000, "M"}, RomanDigit{900, "CM"}, RomanDigit{500, "D"}, RomanDigit{400, "CD"},
    RomanDigit{100, "C"},  RomanDigit{90, "XC"},  RomanDigit{50, "L"},  RomanDigit{40, "XL"},
    RomanDigit{10, "X"},   RomanDigit{9, "IX"},   RomanDigit{5, "V"},   RomanDigit{4, "IV"},
    RomanDigit{1, "I"},
};

std::string_view strip_trailing_dot(std::string_view text) {
    if (!text.empty() && text.back() == '.') {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<std::vector<int>> parse_dotted(std::string_view text) {
    std::vector<int> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('.', start), text.size());
        int value = 0;
        const char* first = text.data() + start;
        const char* last = text.data() + end;
        const auto [stop, error] = std::from_chars(first, last, value);
        if (first == last || error != std::errc{} || stop != last || value <= 0) {
            return std::nullopt;
        }
        parts.push_back(value);
        start = end + 1;
    }
    return parts;
}

}  // namespace

std::string to_roman(int number) {
    std::string out;
    for (const auto& digit : k_roman_digits) {
        while (number >= digit.value) {
            out += digit.symbol;
            number -= digit.value;
        }
    }
    return out;
}

std::optional<int> from_roman(std::string_view text) {
    if (text.empty() || text.size() > 15) {
        return std::nullopt;
    }
    int value = 0;
    std::string_view rest = text;
    for (const auto& digit : k_roman_digits) {
        while (rest.starts_with(digit.symbol)) {
            value += digit.value;
            rest.remove_prefix(digit.symbol.size());
        }
    }
    // Only the canonical spelling is a numeral: "IIII" or "IC" are not.
    if (!rest.empty() || value == 0 || to_roman(value) != text) {
        return std::nullopt;
    }
    return value;
}

std::string NodeCode::to_string() const {
    if (is_area()) {
        return to_roman(parts.front());
    }
    std::string out;
    for (const int part : parts) {
        if (!out.empty()) {
            out += '.';
        }
        out += std::to_string(part);
    }
    return out;
}

NodeCode NodeCode::parent() const {
    NodeCode up = *this;
    if (up.parts.size() > 1) {
        up.parts.pop_back();
    }
    return up;
}

std::optional<NodeCode> parse_node_code(std::string_view text) {
    text = strip_trailing_dot(text);
    if (const auto area = from_roman(text)) {
        return NodeCode{{*area}};
    }
    auto parts = parse_dotted(text);
    if (!parts || parts->size() < 2) {
        return std::nullopt;
    }
    return NodeCode{std::move(*parts)};
}

std::optional<std::string> parent_code(std::string_view code) {
    const auto parsed = parse_node_code(code);
    if (!parsed || parsed->is_area()) {
        return std::nullopt;
    }
    if (parsed->parts.size() == 2) {
        return to_roman(parsed->area());
    }
    return parsed->parent().to_string();
}

}  // namespace parindex
