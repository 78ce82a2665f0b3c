#include "importers/plan_docx_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/text.hpp"
#include "importers/office_package.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_document = "word/document.xml";

// Content that is not the text of the page it sits on: drawings and text boxes, and the copy
// of them older versions of Word read (mc:Fallback).
constexpr std::array<std::string_view, 5> k_ignored_elements = {"drawing", "pict", "object",
                                                                "Fallback", "txbxContent"};

bool is_ignored(std::string_view name) {
    return std::find(k_ignored_elements.begin(), k_ignored_elements.end(), name) !=
           k_ignored_elements.end();
}

struct WordCell {
    std::string text;  // its paragraphs joined by '\n'; w:br is '\n', w:tab '\t'
    int span = 1;      // grid columns it covers
    bool continues_above = false;
    bool continues_left = false;  // the old w:hMerge
};

struct WordRow {
    std::vector<WordCell> cells;
    int skipped_columns = 0;  // w:gridBefore
    bool is_marked_header = false;

    [[nodiscard]] int width() const {
        int columns = skipped_columns;
        for (const WordCell& cell : cells) {
            columns += cell.span;
        }
        return columns;
    }
};

struct WordTable {
    std::vector<WordRow> rows;
};

// The body, top-level paragraphs and tables in order.
using Block = std::variant<std::string, WordTable>;

// w:val as a number; `fallback` when absent or not one.
int number_value(const XmlAttributes& attributes, int fallback) {
    const auto text = attributes.find("val", AttributeNamespace::either);
    int value = fallback;
    if (text) {
        std::from_chars(text->data(), text->data() + text->size(), value);
    }
    return value;
}

// An on/off property: on unless w:val says otherwise.
bool is_on(const XmlAttributes& attributes) {
    const auto value = attributes.find("val", AttributeNamespace::either);
    return !value || (*value != "0" && *value != "false" && *value != "off");
}

// Collects the body of word/document.xml as blocks. Only the first level of tables is read; a
// table nested in a cell adds nothing to the cell.
class DocumentHandler : public XmlHandler {
  public:
    std::vector<Block> blocks;

    void start(std::string_view name, const XmlAttributes& attributes) override {
        if (m_ignored > 0 || is_ignored(name)) {
            m_ignored += is_ignored(name) ? 1 : 0;
            return;
        }
        if (name == "tbl") {
            ++m_tables;
            if (m_tables == 1) {
                m_table = {};
            }
            return;
        }
        if (m_tables > 1) {
            return;
        }
        start_table_part(name, attributes);
        if (name == "p") {
            m_paragraph.clear();
        } else if (name == "r") {
            ++m_runs;
        } else if (name == "t") {
            m_in_text = true;
        } else if (m_runs > 0) {
            add_run_content(name);
        }
    }

    void end(std::string_view name) override {
        if (m_ignored > 0) {
            m_ignored -= is_ignored(name) ? 1 : 0;
            return;
        }
        if (name == "tbl") {
            if (m_tables == 1) {
                blocks.emplace_back(std::move(m_table));
            }
            --m_tables;
            return;
        }
        if (m_tables > 1) {
            return;
        }
        if (name == "t") {
            m_in_text = false;
        } else if (name == "r") {
            --m_runs;
        } else if (name == "p") {
            end_paragraph();
        } else if (name == "tc" && m_tables == 1) {
            end_cell();
        } else if (name == "tr" && m_tables == 1) {
            m_table.rows.push_back(std::move(m_row));
        }
    }

    void text(std::string_view data) override {
        if (m_ignored == 0 && m_tables <= 1 && m_in_text) {
            m_paragraph += data;
        }
    }

  private:
    void start_table_part(std::string_view name, const XmlAttributes& attributes) {
        if (m_tables != 1) {
            return;
        }
        if (name == "tr") {
            m_row = {};
        } else if (name == "tblHeader") {
            m_row.is_marked_header = is_on(attributes);
        } else if (name == "gridBefore") {
            m_row.skipped_columns = std::max(0, number_value(attributes, 0));
        } else if (name == "tc") {
            m_cell = {};
            m_cell_paragraphs.clear();
        } else if (name == "gridSpan") {
            m_cell.span = std::max(1, number_value(attributes, 1));
        } else if (name == "vMerge") {
            m_cell.continues_above =
                attributes.find("val", AttributeNamespace::either) != "restart";
        } else if (name == "hMerge") {
            m_cell.continues_left = attributes.find("val", AttributeNamespace::either) != "restart";
        }
    }

    void add_run_content(std::string_view name) {
        if (name == "tab" || name == "ptab") {
            m_paragraph += '\t';
        } else if (name == "br" || name == "cr") {
            m_paragraph += '\n';
        } else if (name == "noBreakHyphen") {
            m_paragraph += '-';
        }
    }

    void end_paragraph() {
        if (m_tables == 0) {
            blocks.emplace_back(std::move(m_paragraph));
        } else {
            m_cell_paragraphs.push_back(std::move(m_paragraph));
        }
        m_paragraph.clear();
    }

    void end_cell() {
        for (const std::string& paragraph : m_cell_paragraphs) {
            m_cell.text += (m_cell.text.empty() ? "" : "\n") + paragraph;
        }
        m_row.cells.push_back(std::move(m_cell));
    }

    int m_ignored = 0;  // depth inside content that is left out
    int m_tables = 0;   // open w:tbl, nested ones included
    int m_runs = 0;
    bool m_in_text = false;
    std::string m_paragraph;
    std::vector<std::string> m_cell_paragraphs;
    WordCell m_cell;
    WordRow m_row;
    WordTable m_table;
};

// The lines of a paragraph or a cell for the preamble: tabs part blocks laid side by side
// ("Số: 15/KH-UBND<tab>Bắc Kạn, ngày ..."), as line breaks do.
void add_lines(std::string_view text, std::vector<std::string>& lines) {
    std::string line;
    for (const char c : text) {
        if (c == '\n' || c == '\t') {
            lines.push_back(std::move(line));
            line.clear();
            continue;
        }
        line += c;
    }
    lines.push_back(std::move(line));
}

void add_row_lines(const WordRow& row, std::vector<std::string>& lines) {
    for (const WordCell& cell : row.cells) {
        add_lines(cell.text, lines);
    }
}

// The row laid on the table's grid: a cell spanning columns keeps its text in the first.
PlanTableRow grid_row(const WordRow& row, int number) {
    PlanTableRow grid;
    grid.number = number;
    grid.is_marked_header = row.is_marked_header;
    const auto skipped = static_cast<std::size_t>(row.skipped_columns);
    grid.cells.assign(skipped, std::string());
    grid.merged_from_above.assign(skipped, false);
    for (const WordCell& cell : row.cells) {
        const bool is_merged = cell.continues_above || cell.continues_left;
        std::string text = is_merged ? std::string() : cell.text;
        std::replace(text.begin(), text.end(), '\t', ' ');
        grid.cells.push_back(std::move(text));
        grid.merged_from_above.push_back(cell.continues_above);
        for (int column = 1; column < cell.span; ++column) {
            grid.cells.emplace_back();
            grid.merged_from_above.push_back(false);
        }
    }
    return grid;
}

std::optional<std::size_t> find_header_row(const WordTable& table) {
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (find_plan_table_header(grid_row(table.rows[i], 0).cells)) {
            return i;
        }
    }
    return std::nullopt;
}

// A later table carries on the appendix when it opens with the header row (after rows marked
// as headers), or when nothing but empty paragraphs stands between and it is as wide.
bool continues_appendix(const WordTable& table, int width, bool only_blank_between) {
    for (const WordRow& row : table.rows) {
        if (find_plan_table_header(grid_row(row, 0).cells)) {
            return true;
        }
        if (!row.is_marked_header) {
            break;
        }
    }
    return only_blank_between && !table.rows.empty() && table.rows.front().width() == width;
}

bool is_blank_paragraph(const Block& block) {
    const auto* paragraph = std::get_if<std::string>(&block);
    return paragraph != nullptr && collapse_whitespace(*paragraph).empty();
}

// The preamble and the appendix's rows, numbered on across its tables.
std::optional<PlanTable> find_appendix(const std::vector<Block>& blocks) {
    PlanTable table;
    std::size_t block = 0;
    std::optional<std::size_t> header;
    for (; block < blocks.size(); ++block) {
        if (const auto* paragraph = std::get_if<std::string>(&blocks[block])) {
            add_lines(*paragraph, table.preamble);
            continue;
        }
        const auto& word_table = std::get<WordTable>(blocks[block]);
        header = find_header_row(word_table);
        if (header) {
            break;
        }
        std::for_each(word_table.rows.begin(), word_table.rows.end(),
                      [&](const WordRow& row) { add_row_lines(row, table.preamble); });
    }
    if (!header) {
        return std::nullopt;
    }
    const auto& first = std::get<WordTable>(blocks[block]);
    std::for_each(first.rows.begin(), first.rows.begin() + static_cast<std::ptrdiff_t>(*header),
                  [&](const WordRow& row) { add_row_lines(row, table.preamble); });
    const int width = first.rows[*header].width();
    int number = 0;
    auto add_rows = [&](const WordTable& part, std::size_t from) {
        number += static_cast<int>(from);
        for (std::size_t i = from; i < part.rows.size(); ++i) {
            table.rows.push_back(grid_row(part.rows[i], ++number));
        }
    };
    add_rows(first, *header);
    bool only_blank_between = true;
    for (++block; block < blocks.size(); ++block) {
        const auto* part = std::get_if<WordTable>(&blocks[block]);
        if (part == nullptr) {
            only_blank_between = only_blank_between && is_blank_paragraph(blocks[block]);
            continue;
        }
        if (!continues_appendix(*part, width, only_blank_between)) {
            break;
        }
        add_rows(*part, 0);
        only_blank_between = true;
    }
    return table;
}

}  // namespace

Result<PlanReading> read_plan_docx(std::string_view bytes, std::string_view source_name) {
    PARINDEX_TRY_ASSIGN(package,
                        OfficePackage::open_bytes(bytes, source_name, PackageKind::document,
                                                  Label::error_not_docx));
    DocumentHandler document;
    PARINDEX_TRY_ASSIGN(found, package.read_part(k_document, document));
    if (!found) {
        return fail(ErrorCode::invalid_input, Label::error_not_docx, {std::string(source_name)});
    }
    std::optional<PlanTable> table = find_appendix(document.blocks);
    if (!table) {
        return fail(ErrorCode::invalid_input, Label::error_no_appendix_in_document, {},
                    Location{std::string(source_name), 0, {}});
    }
    return read_plan_table(std::move(*table),
                           format_label(Label::source_appendix_table, {std::string(source_name)}));
}

}  // namespace parindex
