#include "importers/plan_xlsx_reader.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/text_lines.hpp"
#include "importers/xlsx_reader.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_deadline_column = 3;  // counted from STT

// A date cell reads as ISO 8601 ("2025-12-31"); a plan writes it "31/12/2025".
std::string as_written_date(const std::string& cell) {
    const bool is_iso_date = cell.size() == 10 && cell[4] == '-' && cell[7] == '-' &&
                             std::all_of(cell.begin(), cell.end(),
                                         [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!is_iso_date) {
        return cell;
    }
    return cell.substr(8, 2) + "/" + cell.substr(5, 2) + "/" + cell.substr(0, 4);
}

// Keeps each merge's text in its top left cell; marks the cells a merge carries down.
void apply_merges(const std::vector<XlsxRange>& merged, PlanTableRow& row) {
    for (const XlsxRange& range : merged) {
        if (row.number < range.first_row || row.number > range.last_row) {
            continue;
        }
        const auto first = static_cast<std::size_t>(range.first_column);
        const auto last = static_cast<std::size_t>(range.last_column);
        if (row.merged_from_above.size() <= last) {
            row.merged_from_above.resize(last + 1);
        }
        for (std::size_t column = first; column <= last && column < row.cells.size(); ++column) {
            const bool is_top_left = row.number == range.first_row && column == first;
            if (!is_top_left) {
                row.cells[column].clear();
            }
        }
        if (row.number > range.first_row) {
            row.merged_from_above[first] = true;
        }
    }
}

void add_lines(const XlsxRow& row, std::vector<std::string>& lines) {
    for (const std::string& cell : row.cells) {
        if (!cell.empty()) {
            const std::vector<std::string> cell_lines = split_lines(cell);
            lines.insert(lines.end(), cell_lines.begin(), cell_lines.end());
        }
    }
}

// The sheet's rows as the appendix; nothing when the sheet has no header row.
std::optional<PlanTable> read_appendix(const XlsxSheet& sheet) {
    const auto header = std::find_if(sheet.rows.begin(), sheet.rows.end(), [](const XlsxRow& row) {
        return find_plan_table_header(row.cells).has_value();
    });
    if (header == sheet.rows.end()) {
        return std::nullopt;
    }
    const std::size_t deadline = *find_plan_table_header(header->cells) + k_deadline_column;
    PlanTable table;
    std::for_each(sheet.rows.begin(), header,
                  [&](const XlsxRow& row) { add_lines(row, table.preamble); });
    for (auto row = header; row != sheet.rows.end(); ++row) {
        PlanTableRow table_row{row->number, row->cells, {}, false};
        apply_merges(sheet.merged, table_row);
        if (deadline < table_row.cells.size()) {
            table_row.cells[deadline] = as_written_date(table_row.cells[deadline]);
        }
        table.rows.push_back(std::move(table_row));
    }
    return table;
}

}  // namespace

Result<PlanReading> read_plan_xlsx(std::string_view bytes, std::string_view source_name) {
    PARINDEX_TRY_ASSIGN(sheets, read_xlsx_sheets(bytes, source_name));
    for (const XlsxSheet& sheet : sheets) {
        if (std::optional<PlanTable> table = read_appendix(sheet)) {
            return read_plan_table(
                std::move(*table),
                format_label(Label::source_sheet, {std::string(source_name), sheet.name}));
        }
    }
    return fail(ErrorCode::invalid_input, Label::error_no_appendix_in_document, {},
                Location{std::string(source_name), 0, {}});
}

}  // namespace parindex
