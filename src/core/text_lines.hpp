#pragma once
// Lists of lines kept in one text field ("Nơi nhận", a plan's body, a report's proposals).

#include <string>
#include <string_view>
#include <vector>

namespace parindex {

// The lines of `text`, split at '\n' with a trailing '\r' removed; "" gives no line, and a final
// '\n' does not add an empty one.
[[nodiscard]] std::vector<std::string> split_lines(std::string_view text);

// The lines joined with '\n'.
[[nodiscard]] std::string join_lines(const std::vector<std::string>& lines);

// split_lines without the lines that are blank, the others with their spaces collapsed.
[[nodiscard]] std::vector<std::string> non_blank_lines(std::string_view text);

}  // namespace parindex
