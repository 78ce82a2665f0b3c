#pragma once
// The numbering of the plan's rows (STT): Roman numerals for areas ("I", "IX", "II."), dotted
// numbers for criteria ("2.1", "2.1.1"). The first number of a criterion is its area.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {

struct NodeCode {
    std::vector<int> parts;  // {2} for area II, {2, 1, 1} for 2.1.1

    [[nodiscard]] bool is_area() const { return parts.size() == 1; }
    [[nodiscard]] int area() const { return parts.front(); }
    [[nodiscard]] std::string to_string() const;  // "II" for an area, "2.1.1" for a criterion
    [[nodiscard]] NodeCode parent() const;        // {2, 1} for 2.1.1; {2} for 2.1

    friend bool operator==(const NodeCode&, const NodeCode&) = default;
};

// "II", "II.", "2.1", "2.1.1", "2.1.": nothing for anything else ("1", "X1", "2..1").
[[nodiscard]] std::optional<NodeCode> parse_node_code(std::string_view text);

// The code of the node that holds `code`: "2.1" for "2.1.1", "I" for "1.1"; nothing for an
// area or a code that does not parse.
[[nodiscard]] std::optional<std::string> parent_code(std::string_view code);

[[nodiscard]] std::string to_roman(int number);
[[nodiscard]] std::optional<int> from_roman(std::string_view text);

}  // namespace parindex
