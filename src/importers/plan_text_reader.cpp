#include "importers/plan_text_reader.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/text_lines.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_byte_order_mark = "\xEF\xBB\xBF";

std::vector<std::string> split_cells(std::string_view line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (start <= line.size()) {
        const std::size_t end = std::min(line.find('\t', start), line.size());
        cells.emplace_back(line.substr(start, end - start));
        start = end + 1;
    }
    return cells;
}

Location at(std::string_view source, int line) {
    return Location{std::string(source), line, {}};
}

// Checks the bytes are UTF-8 text, and returns them without a byte order mark.
Result<std::string_view> decode_text(std::string_view bytes, std::string_view source) {
    if (bytes.starts_with(k_byte_order_mark)) {
        bytes.remove_prefix(k_byte_order_mark.size());
    }
    if (collapse_whitespace(bytes).empty()) {
        return fail(ErrorCode::invalid_input, Label::error_file_empty, {}, at(source, 0));
    }
    int line = 1;
    std::size_t start = 0;
    while (start < bytes.size()) {
        const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
        const std::string_view text = bytes.substr(start, end - start);
        if (text.find('\0') != std::string_view::npos || !is_valid_utf8(text)) {
            return fail(ErrorCode::invalid_input, Label::error_not_text, {}, at(source, line));
        }
        ++line;
        start = end + 1;
    }
    return bytes;
}

}  // namespace

Result<PlanReading> read_plan_text(std::string_view bytes, std::string_view source_name) {
    PARINDEX_TRY_ASSIGN(text, decode_text(bytes, source_name));
    std::vector<std::string> lines = split_lines(text);
    PlanTable table;
    std::size_t line = 0;
    for (; line < lines.size(); ++line) {
        std::vector<std::string> cells = split_cells(lines[line]);
        if (find_plan_table_header(cells) == std::size_t{0}) {
            break;
        }
        table.preamble.push_back(std::move(lines[line]));
    }
    if (line == lines.size()) {
        return fail(ErrorCode::invalid_input, Label::error_no_appendix_table, {},
                    at(source_name, 0));
    }
    for (; line < lines.size(); ++line) {
        table.rows.push_back(
            PlanTableRow{static_cast<int>(line) + 1, split_cells(lines[line]), {}, false});
    }
    return read_plan_table(std::move(table), source_name);
}

}  // namespace parindex
