#pragma once
// Repairs for the text of one table cell as office exports leave it. Shared by the plan readers.

#include <optional>
#include <string>
#include <string_view>

namespace parindex {

// Removes HTML tags; paragraph and line-break tags become line breaks, entities are decoded.
// Nothing when the cell holds no tag.
[[nodiscard]] std::optional<std::string> strip_html(std::string_view cell);

struct DuplicateRemoval {
    std::string text;     // the cell without the duplicate
    std::string removed;  // what was dropped
};

// A cell that states its opening twice, the first time as a shorter draft of the second
// ("Thực hiện X theo đúng Nghị quyết 04 Thực hiện X theo đúng quy định tại Nghị quyết 04 ngày
// ..."): the draft is dropped when its words all appear, in order, in the full statement.
[[nodiscard]] std::optional<DuplicateRemoval> remove_duplicated_opening(std::string_view cell);

// Each line trimmed and its spaces collapsed; empty lines dropped; lines joined by '\n'.
[[nodiscard]] std::string tidy_lines(std::string_view cell);

}  // namespace parindex
