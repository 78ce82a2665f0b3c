#include "cli/text_table.hpp"

namespace parindex {

namespace {

std::size_t shown_width(std::string_view text) {
    std::size_t shown = 0;
    for (const char c : text) {
        shown += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return shown;
}

void print_row(std::ostream& out, const std::vector<TextColumn>& columns,
               const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string_view text = i < cells.size() ? std::string_view(cells[i]) : "";
        const std::size_t shown = shown_width(text);
        const std::string padding(columns[i].width > shown ? columns[i].width - shown : 0, ' ');
        line += i == 0 ? "" : "  ";
        line +=
            columns[i].right_aligned ? padding + std::string(text) : std::string(text) + padding;
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
}

}  // namespace

void print_text_table(std::ostream& out, const std::vector<TextColumn>& columns,
                      const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::string> titles;
    titles.reserve(columns.size());
    for (const TextColumn& column : columns) {
        titles.push_back(column.title);
    }
    print_row(out, columns, titles);
    for (const std::vector<std::string>& row : rows) {
        print_row(out, columns, row);
    }
}

}  // namespace parindex
