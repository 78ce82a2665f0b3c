#include "core/text_lines.hpp"

#include "core/text.hpp"

namespace parindex {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end;
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        text += (i == 0 ? "" : "\n") + lines[i];
    }
    return text;
}

std::vector<std::string> non_blank_lines(std::string_view text) {
    std::vector<std::string> lines;
    for (const std::string& line : split_lines(text)) {
        std::string collapsed = collapse_whitespace(line);
        if (!collapsed.empty()) {
            lines.push_back(std::move(collapsed));
        }
    }
    return lines;
}

}  // namespace parindex
