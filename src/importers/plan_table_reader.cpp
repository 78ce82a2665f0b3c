#include "importers/plan_table_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/text.hpp"
#include "core/text_lines.hpp"
#include "domain/node_code.hpp"
#include "importers/cell_text.hpp"
#include "importers/plan_preamble.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_column_count = 6;

// The appendix's columns, in order, with the label that names each one in messages.
enum Column : std::size_t { number, title, requirement, deadline, lead, coordinating };
constexpr std::array k_column_labels = {Label::word_number,      Label::word_title,
                                        Label::word_requirement, Label::word_deadline,
                                        Label::word_lead,        Label::word_coordinating};

using Cells = std::array<std::string, k_column_count>;

struct RawRow {
    NodeCode code;
    Cells cells;
    int line = 0;
};

std::string column_name(std::size_t column) {
    return std::string(label_text(k_column_labels.at(column)));
}

bool is_blank(std::string_view text) {
    return collapse_whitespace(text).empty();
}

bool is_blank_row(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(),
                       [](const std::string& cell) { return is_blank(cell); });
}

bool is_table_header(const std::vector<std::string>& cells) {
    return find_plan_table_header(cells) == std::size_t{0};
}

// The second header line names the two assignment columns and nothing else.
bool is_assignment_header(const std::vector<std::string>& cells) {
    bool has_name = false;
    for (const std::string& cell : cells) {
        const std::string folded = fold_for_matching(cell);
        if (folded.empty()) {
            continue;
        }
        if (folded != "co quan chu tri" && folded != "co quan phoi hop") {
            return false;
        }
        has_name = true;
    }
    return has_name;
}

Location at(std::string_view source, int line, std::string field = {}) {
    return Location{std::string(source), line, std::move(field)};
}

// Brings every line and cell to NFC; one warning for the whole table.
void normalise(PlanTable& table, std::string_view source, std::vector<Diagnostic>& warnings) {
    bool changed = false;
    auto compose = [&changed](std::string& text) {
        if (!is_nfc(text)) {
            text = to_nfc(text);
            changed = true;
        }
    };
    std::for_each(table.preamble.begin(), table.preamble.end(), compose);
    for (PlanTableRow& row : table.rows) {
        std::for_each(row.cells.begin(), row.cells.end(), compose);
    }
    if (changed) {
        warnings.push_back(Diagnostic{Label::warning_input_nfd, {}, at(source, 0)});
    }
}

// Drops the cells left of the STT column.
void drop_margin(PlanTable& table, std::size_t columns) {
    for (PlanTableRow& row : table.rows) {
        const auto cut = [columns](auto& cells) {
            cells.erase(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(
                                                           std::min(columns, cells.size())));
        };
        cut(row.cells);
        cut(row.merged_from_above);
    }
}

enum class RowRole {
    header,    // a header row, first or repeated
    numbered,  // a row with its STT
    continued  // no STT: the rest of the row above, cut by a page break
};

// The text each column's vertical merge started with.
class MergedCells {
  public:
    void fill(PlanTableRow& row, RowRole role) {
        const std::size_t width =
            std::max({row.cells.size(), row.merged_from_above.size(), m_origin.size()});
        m_origin.resize(width);
        for (std::size_t column = 0; column < width; ++column) {
            const bool continues =
                column < row.merged_from_above.size() && row.merged_from_above[column];
            if (!continues) {
                m_origin[column] = role == RowRole::header || column >= row.cells.size()
                                       ? std::string()
                                       : row.cells[column];
                continue;
            }
            if (role == RowRole::numbered && !m_origin[column].empty()) {
                row.cells.resize(std::max(row.cells.size(), column + 1));
                row.cells[column] = m_origin[column];
            }
        }
    }

  private:
    std::vector<std::string> m_origin;
};

class TableReader {
  public:
    TableReader(std::string_view source, std::vector<Diagnostic>& warnings)
        : m_source(source), m_warnings(warnings) {}

    Result<std::vector<RawRow>> read(std::vector<PlanTableRow>& rows) {
        bool seen_header = false;
        MergedCells merged;
        for (PlanTableRow& row : rows) {
            if (is_table_header(row.cells)) {
                if (seen_header) {
                    m_warnings.push_back(
                        Diagnostic{Label::warning_page_header, {}, at(m_source, row.number)});
                }
                seen_header = true;
                merged.fill(row, RowRole::header);
                continue;
            }
            const bool is_header = row.is_marked_header || is_assignment_header(row.cells);
            const bool is_numbered = !row.cells.empty() && !is_blank(row.cells.front());
            merged.fill(row, is_header     ? RowRole::header
                             : is_numbered ? RowRole::numbered
                                           : RowRole::continued);
            if (is_header || is_blank_row(row.cells)) {
                continue;
            }
            PARINDEX_TRY(add_line(std::move(row.cells), row.number));
        }
        return std::move(m_rows);
    }

  private:
    Result<void> add_line(std::vector<std::string> cells, int line) {
        const bool has_extra_text = std::any_of(
            cells.begin() + static_cast<std::ptrdiff_t>(std::min(cells.size(), k_column_count)),
            cells.end(), [](const std::string& cell) { return !is_blank(cell); });
        if (cells.size() < 2 || has_extra_text) {
            return fail(ErrorCode::invalid_input, Label::error_wrong_column_count,
                        {std::to_string(cells.size())}, at(m_source, line));
        }
        cells.resize(k_column_count);
        const std::string number = collapse_whitespace(cells[Column::number]);
        if (number.empty()) {
            return continue_previous(cells, line);
        }
        const auto code = parse_node_code(number);
        if (!code) {
            return fail(ErrorCode::invalid_input, Label::error_bad_number, {number},
                        at(m_source, line, column_name(Column::number)));
        }
        RawRow row{*code, {}, line};
        std::move(cells.begin(), cells.end(), row.cells.begin());
        m_rows.push_back(std::move(row));
        return {};
    }

    // A row with no number carries on the row above, cut by a page break: its text goes on
    // from the last line of each cell.
    Result<void> continue_previous(const std::vector<std::string>& cells, int line) {
        if (m_rows.empty()) {
            return fail(ErrorCode::invalid_input, Label::error_orphan_continuation, {},
                        at(m_source, line));
        }
        RawRow& previous = m_rows.back();
        for (std::size_t column = Column::title; column < k_column_count; ++column) {
            const std::string text = tidy_lines(cells[column]);
            if (text.empty()) {
                continue;
            }
            std::string& target = previous.cells[column];
            target = tidy_lines(target);
            target += (target.empty() ? "" : " ");
            target += text;
            m_warnings.push_back(Diagnostic{Label::warning_row_continued,
                                            {previous.code.to_string(), column_name(column)},
                                            at(m_source, line)});
        }
        return {};
    }

    std::string_view m_source;
    std::vector<Diagnostic>& m_warnings;
    std::vector<RawRow> m_rows;
};

class RowBuilder {
  public:
    RowBuilder(std::string_view source, int year, std::vector<Diagnostic>& warnings)
        : m_source(source), m_year(year), m_warnings(warnings) {}

    Result<std::vector<DraftRow>> build(std::vector<RawRow> raw_rows) {
        for (RawRow& raw : raw_rows) {
            for (std::size_t column = Column::title; column < k_column_count; ++column) {
                raw.cells[column] = repair_cell(raw, column);
            }
            auto added = add(raw);
            if (!added) {
                return tl::unexpected(added.error());
            }
        }
        auto checked = check_groups_have_children();
        if (!checked) {
            return tl::unexpected(checked.error());
        }
        return std::move(m_rows);
    }

  private:
    std::string repair_cell(const RawRow& raw, std::size_t column) {
        const std::string code = raw.code.to_string();
        std::string text = raw.cells[column];
        if (auto stripped = strip_html(text)) {
            m_warnings.push_back(Diagnostic{
                Label::warning_html_removed, {code, column_name(column)}, at(m_source, raw.line)});
            text = std::move(*stripped);
        }
        std::string repaired;
        for (const std::string& line : split_lines(tidy_lines(text))) {
            std::string kept = line;
            if (auto removal = remove_duplicated_opening(line)) {
                m_warnings.push_back(Diagnostic{Label::warning_duplicate_sentence,
                                                {code, column_name(column), removal->removed},
                                                at(m_source, raw.line)});
                kept = std::move(removal->text);
            }
            repaired += (repaired.empty() ? "" : "\n") + kept;
        }
        return repaired;
    }

    Result<void> add(const RawRow& raw) {
        const std::string code = raw.code.to_string();
        if (const auto seen = m_lines.find(code); seen != m_lines.end()) {
            return fail(ErrorCode::invalid_input, Label::error_duplicate_number,
                        {code, std::to_string(seen->second)},
                        at(m_source, raw.line, column_name(Column::number)));
        }
        const bool has_task_fields =
            !raw.cells[Column::requirement].empty() || !raw.cells[Column::deadline].empty() ||
            !raw.cells[Column::lead].empty() || !raw.cells[Column::coordinating].empty();
        auto placed = raw.code.is_area() ? check_area(raw, has_task_fields) : check_parent(raw);
        if (!placed) {
            return placed;
        }
        DraftRow row;
        row.code = code;
        row.title = raw.cells[Column::title];
        row.line = raw.line;
        row.kind = raw.code.is_area() ? NodeKind::area
                   : has_task_fields  ? NodeKind::task
                                      : NodeKind::group;
        if (row.kind == NodeKind::task) {
            auto filled = fill_task(raw, row);
            if (!filled) {
                return filled;
            }
        }
        m_lines.emplace(code, raw.line);
        m_kinds.emplace(code, row.kind);
        m_rows.push_back(std::move(row));
        return {};
    }

    Result<void> check_area(const RawRow& raw, bool has_task_fields) const {
        const std::string code = raw.code.to_string();
        if (raw.cells[Column::title].empty()) {
            return fail(ErrorCode::invalid_input, Label::error_area_without_title, {code},
                        at(m_source, raw.line, column_name(Column::title)));
        }
        if (has_task_fields) {
            return fail(ErrorCode::invalid_input, Label::error_area_with_task_fields, {code},
                        at(m_source, raw.line));
        }
        return {};
    }

    Result<void> check_parent(const RawRow& raw) const {
        const std::string code = raw.code.to_string();
        const NodeCode area{{raw.code.area()}};
        if (!m_kinds.contains(area.to_string())) {
            return fail(ErrorCode::invalid_input, Label::error_unknown_area,
                        {code, area.to_string()},
                        at(m_source, raw.line, column_name(Column::number)));
        }
        const std::string parent =
            raw.code.parts.size() == 2 ? area.to_string() : raw.code.parent().to_string();
        const auto parent_kind = m_kinds.find(parent);
        if (parent_kind == m_kinds.end()) {
            return fail(ErrorCode::invalid_input, Label::error_missing_parent, {code, parent},
                        at(m_source, raw.line, column_name(Column::number)));
        }
        if (parent_kind->second == NodeKind::task) {
            return fail(ErrorCode::invalid_input, Label::error_task_with_children, {parent, code},
                        at(m_source, raw.line));
        }
        return {};
    }

    Result<void> fill_task(const RawRow& raw, DraftRow& row) const {
        for (const std::size_t column : {Column::requirement, Column::deadline, Column::lead}) {
            if (raw.cells[column].empty()) {
                return fail(ErrorCode::invalid_input, Label::error_task_field_missing,
                            {row.code, column_name(column)},
                            at(m_source, raw.line, column_name(column)));
            }
        }
        row.requirement = raw.cells[Column::requirement];
        row.deadline_text = collapse_whitespace(raw.cells[Column::deadline]);
        row.deadline = parse_deadline(row.deadline_text, m_year);
        if (!row.deadline) {
            return fail(ErrorCode::invalid_input, Label::error_bad_deadline, {row.deadline_text},
                        at(m_source, raw.line, column_name(Column::deadline)));
        }
        row.lead_text = raw.cells[Column::lead];
        row.coordinating_text = raw.cells[Column::coordinating];
        return {};
    }

    Result<void> check_groups_have_children() const {
        for (const DraftRow& row : m_rows) {
            if (row.kind != NodeKind::group) {
                continue;
            }
            const std::string prefix = row.code + ".";
            const bool has_child =
                std::any_of(m_rows.begin(), m_rows.end(),
                            [&](const DraftRow& other) { return other.code.starts_with(prefix); });
            if (!has_child) {
                return fail(ErrorCode::invalid_input, Label::error_empty_group, {row.code},
                            at(m_source, row.line));
            }
        }
        return {};
    }

    std::string_view m_source;
    int m_year;
    std::vector<Diagnostic>& m_warnings;
    std::vector<DraftRow> m_rows;
    std::map<std::string, int> m_lines;
    std::map<std::string, NodeKind> m_kinds;
};

}  // namespace

std::optional<std::size_t> find_plan_table_header(const std::vector<std::string>& cells) {
    constexpr std::size_t k_header_cells = 4;  // STT, title, requirement, deadline at least
    for (std::size_t column = 0; column + k_header_cells <= cells.size(); ++column) {
        if (fold_for_matching(cells[column]) == "stt" &&
            fold_for_matching(cells[column + 1]).starts_with("linh vuc")) {
            return column;
        }
    }
    return std::nullopt;
}

Result<PlanReading> read_plan_table(PlanTable table, std::string_view source_name,
                                    std::vector<Diagnostic> warnings) {
    PlanReading reading;
    reading.warnings = std::move(warnings);
    if (table.rows.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_no_appendix_in_document, {},
                    at(source_name, 0));
    }
    normalise(table, source_name, reading.warnings);
    drop_margin(table, find_plan_table_header(table.rows.front().cells).value_or(0));

    PlanInfo info = read_plan_preamble(table.preamble);
    const PlanTableRow& header = table.rows.front();
    std::string header_text;
    for (const std::string& cell : header.cells) {
        header_text += cell + '\t';
    }
    const int header_year = find_year_after_nam(header_text);
    info.year = header_year != 0 ? header_year : info.year;
    const int header_line = header.number;
    if (info.year == 0) {
        return fail(ErrorCode::invalid_input, Label::error_no_year, {},
                    at(source_name, header_line));
    }

    TableReader reader(source_name, reading.warnings);
    PARINDEX_TRY_ASSIGN(raw_rows, reader.read(table.rows));
    RowBuilder builder(source_name, info.year, reading.warnings);
    PARINDEX_TRY_ASSIGN(rows, builder.build(std::move(raw_rows)));
    const bool has_task = std::any_of(
        rows.begin(), rows.end(), [](const DraftRow& row) { return row.kind == NodeKind::task; });
    if (!has_task) {
        return fail(ErrorCode::invalid_input, Label::error_no_tasks, {},
                    at(source_name, header_line));
    }
    reading.draft = PlanDraft{std::string(source_name), std::move(info), std::move(rows)};
    return reading;
}

}  // namespace parindex
