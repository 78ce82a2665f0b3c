#include "report/xlsx_writer.hpp"

#include <stdlib.h>  // mkstemps
#include <unistd.h>  // close
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>

#include "core/text.hpp"
#include "core/text_lines.hpp"

namespace parindex {

namespace {

constexpr const char* k_font = "Times New Roman";
constexpr double k_font_points = 12;
constexpr double k_title_points = 14;
constexpr lxw_color_t k_header_fill = 0xDDEBF7;  // light blue
constexpr double k_min_width = 8;
constexpr double k_max_width = 60;
// Times New Roman 12 pt is narrower than the character a column width counts (the default
// font's digit): a little more text fits on a line than the width says.
constexpr double k_characters_per_width = 1.2;
constexpr double k_line_points = 15.75;       // the height of one line of 12 pt text
constexpr std::size_t k_max_sheet_name = 31;  // characters
constexpr int k_max_indent = 15;              // Excel's limit
constexpr std::uint8_t k_paper_a4 = 9;

tl::unexpected<Error> write_failure(ErrorCode code, std::string detail) {
    return fail(code, Label::error_office_write,
                {std::string(label_text(Label::office_file_xlsx)), std::move(detail)});
}

tl::unexpected<Error> xlsx_failure(lxw_error error) {
    return write_failure(ErrorCode::internal, lxw_strerror(error));
}

// The widest line of a cell, in characters.
std::size_t display_length(std::string_view text) {
    std::size_t widest = 0;
    for (const std::string& line : split_lines(text)) {
        widest = std::max(widest, count_characters(line));
    }
    return widest;
}

std::string shortest_number(double number) {
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    return error == std::errc{} ? std::string(buffer, end) : std::string();
}

bool is_number_cell(const OfficeCell& cell) {
    return cell.number.has_value() && std::isfinite(*cell.number);
}

// A tab name Excel accepts: []:*?/\ become '-', no apostrophe at either end, at most 31
// characters, and unlike the names already taken (Excel ignores case).
std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
    std::string name;
    for (const char c : wanted) {
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
    }
    while (name.starts_with('\'')) {
        name.erase(0, 1);
    }
    while (name.ends_with('\'')) {
        name.pop_back();
    }
    auto cut = [](std::string text, std::size_t characters) {
        std::size_t count = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == characters) {
                text.resize(i);
                break;
            }
        }
        while (text.ends_with('\'')) {
            text.pop_back();
        }
        return text;
    };
    auto folded = [](std::string text) {
        for (char& c : text) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        return text;
    };
    auto is_taken = [&](const std::string& candidate) {
        return std::any_of(taken.begin(), taken.end(), [&](const std::string& other) {
            return folded(other) == folded(candidate);
        });
    };
    if (name.empty()) {
        name = "Sheet";
    }
    std::string candidate = cut(name, k_max_sheet_name);
    for (int copy = 2; is_taken(candidate); ++copy) {
        const std::string suffix = " (" + std::to_string(copy) + ")";
        candidate = cut(name, k_max_sheet_name - suffix.size()) + suffix;
    }
    return candidate;
}

// What a cell is, for its format.
enum class CellRole { title, subtitle, header, text, number };

struct FormatKey {
    CellRole role = CellRole::text;
    OfficeFont font = OfficeFont::regular;
    OfficeAlignment alignment = OfficeAlignment::left;
    int indent = 0;
    std::string number_format{};

    // (not a defaulted <=>: clang-tidy's modernize-use-nullptr misreads its synthesised code)
    friend bool operator<(const FormatKey& left, const FormatKey& right) {
        return std::tie(left.role, left.font, left.alignment, left.indent, left.number_format) <
               std::tie(right.role, right.font, right.alignment, right.indent, right.number_format);
    }
};

// The workbook's formats, each made once when a cell first needs it.
class Formats {
  public:
    explicit Formats(lxw_workbook* workbook) : m_workbook(workbook) {}

    lxw_format* get(const FormatKey& key) {
        if (const auto found = m_formats.find(key); found != m_formats.end()) {
            return found->second;
        }
        lxw_format* format = make(key);
        m_formats.emplace(key, format);
        return format;
    }

  private:
    lxw_format* make(const FormatKey& key) {
        lxw_format* format = workbook_add_format(m_workbook);
        format_set_font_name(format, k_font);
        format_set_font_size(format, key.role == CellRole::title ? k_title_points : k_font_points);
        if (key.role == CellRole::title || key.role == CellRole::header ||
            key.font == OfficeFont::bold) {
            format_set_bold(format);
        }
        if (key.font == OfficeFont::italic) {
            format_set_italic(format);
        }
        if (key.alignment == OfficeAlignment::center) {
            format_set_align(format, LXW_ALIGN_CENTER);
        }
        if (key.indent > 0) {
            format_set_indent(format,
                              static_cast<std::uint8_t>(std::min(key.indent, k_max_indent)));
        }
        if (!key.number_format.empty()) {
            format_set_num_format(format, key.number_format.c_str());
        }
        switch (key.role) {
            case CellRole::title:
            case CellRole::subtitle:
                break;
            case CellRole::header:
                format_set_bg_color(format, k_header_fill);
                format_set_pattern(format, LXW_PATTERN_SOLID);
                format_set_border(format, LXW_BORDER_THIN);
                format_set_text_wrap(format);
                format_set_align(format, LXW_ALIGN_CENTER);
                format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
                break;
            case CellRole::text:
                format_set_border(format, LXW_BORDER_THIN);
                format_set_text_wrap(format);
                format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
                break;
            case CellRole::number:
                format_set_border(format, LXW_BORDER_THIN);
                format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
                break;
        }
        return format;
    }

    lxw_workbook* m_workbook;
    std::map<FormatKey, lxw_format*> m_formats;
};

// The two blocks of a table.
enum class Block { header, data };

// A cell where it lands on the sheet, spans resolved.
struct PlacedCell {
    const OfficeCell* cell = nullptr;
    Block block = Block::data;
    std::size_t row = 0;
    std::size_t column = 0;
    std::size_t last_row = 0;
    std::size_t last_column = 0;

    [[nodiscard]] bool is_merged() const { return last_row > row || last_column > column; }
};

// Where the parts of a sheet go: title rows, then header rows, then data rows.
struct SheetLayout {
    std::vector<std::vector<OfficeCell>> header_block;  // header_rows, then headers as cells
    std::vector<PlacedCell> cells;
    std::size_t columns = 0;
    std::size_t header_row = 0;  // the first header row (the first data row when none)
    std::size_t data_row = 0;
    std::size_t end_row = 0;  // one past the last data row

    [[nodiscard]] bool has_header() const { return data_row > header_row; }
};

// Places `rows` from `first_row` on as an HTML table places them: each cell at the next column
// no span from above covers, spans cut where they would overlap another or leave the block.
// `covered` holds, by column, one past the last row covered so far.
void place_rows(const std::vector<std::vector<OfficeCell>>& rows, std::size_t first_row,
                Block block, std::vector<std::size_t>& covered, std::vector<PlacedCell>& cells) {
    const std::size_t end_row = first_row + rows.size();
    auto is_free = [&](std::size_t column, std::size_t row) {
        return column >= covered.size() || covered[column] <= row;
    };
    for (std::size_t offset = 0; offset < rows.size(); ++offset) {
        const std::size_t row = first_row + offset;
        std::size_t column = 0;
        for (const OfficeCell& cell : rows[offset]) {
            while (!is_free(column, row)) {
                ++column;
            }
            std::size_t last_column = column;
            while (last_column + 1 <
                       column + static_cast<std::size_t>(std::max(cell.column_span, 1)) &&
                   is_free(last_column + 1, row)) {
                ++last_column;
            }
            const std::size_t last_row =
                std::min(row + static_cast<std::size_t>(std::max(cell.row_span, 1)), end_row) - 1;
            if (covered.size() <= last_column) {
                covered.resize(last_column + 1, 0);
            }
            for (std::size_t at = column; at <= last_column; ++at) {
                covered[at] = last_row + 1;
            }
            cells.push_back(PlacedCell{&cell, block, row, column, last_row, last_column});
            column = last_column + 1;
        }
    }
}

SheetLayout lay_out(const OfficeSheet& sheet) {
    SheetLayout layout;
    layout.header_block = sheet.header_rows;
    if (!sheet.headers.empty()) {
        std::vector<OfficeCell>& last = layout.header_block.emplace_back();
        for (const std::string& header : sheet.headers) {
            last.push_back(OfficeCell{header, {}});
        }
    }
    layout.header_row = (sheet.title.empty() ? 0 : 1) + sheet.subtitles.size();
    layout.data_row = layout.header_row + layout.header_block.size();
    layout.end_row = layout.data_row + sheet.rows.size();
    std::vector<std::size_t> covered;
    place_rows(layout.header_block, layout.header_row, Block::header, covered, layout.cells);
    place_rows(sheet.rows, layout.data_row, Block::data, covered, layout.cells);
    layout.columns = covered.size();
    return layout;
}

std::size_t cell_length(const OfficeCell& cell) {
    return is_number_cell(cell) ? shortest_number(*cell.number).size() : display_length(cell.text);
}

std::vector<double> column_widths(const OfficeSheet& sheet, const SheetLayout& layout) {
    std::vector<std::size_t> lengths(layout.columns, 0);
    for (const PlacedCell& placed : layout.cells) {
        if (placed.last_column == placed.column) {  // a merged cell's text spreads over several
            lengths[placed.column] = std::max(lengths[placed.column], cell_length(*placed.cell));
        }
    }
    std::vector<double> widths(layout.columns);
    for (std::size_t column = 0; column < layout.columns; ++column) {
        if (column < sheet.column_widths.size() && sheet.column_widths[column] > 0) {
            widths[column] = sheet.column_widths[column];
        } else {
            widths[column] =
                std::clamp(static_cast<double>(lengths[column]) + 2, k_min_width, k_max_width);
        }
    }
    return widths;
}

// How many lines a wrapped text takes in a cell `width` characters wide. Spreadsheet programs
// do not always fit row heights to wrapped text when they open a file (LibreOffice converting
// to PDF does not), so the writer sets them.
std::size_t line_count(std::string_view text, double width) {
    const auto per_line =
        std::max<std::size_t>(1, static_cast<std::size_t>(width * k_characters_per_width));
    std::size_t lines = 0;
    for (const std::string& line : split_lines(text)) {
        lines += std::max<std::size_t>(1, (count_characters(line) + per_line - 1) / per_line);
    }
    return std::max<std::size_t>(1, lines);
}

// The height of each header and data row that needs more than one line, from its cells that
// span no other row.
std::map<std::size_t, double> row_heights(const SheetLayout& layout,
                                          const std::vector<double>& widths) {
    std::map<std::size_t, double> heights;
    for (const PlacedCell& placed : layout.cells) {
        if (placed.last_row != placed.row || is_number_cell(*placed.cell)) {
            continue;
        }
        double width = 0;
        for (std::size_t column = placed.column; column <= placed.last_column; ++column) {
            width += widths[column];
        }
        const std::size_t lines = line_count(placed.cell->text, width);
        if (lines > 1) {
            double& height = heights[placed.row];
            height = std::max(height, static_cast<double>(lines) * k_line_points);
        }
    }
    return heights;
}

lxw_row_t row_index(std::size_t row) {
    return static_cast<lxw_row_t>(row);
}

lxw_col_t column_index(std::size_t column) {
    return static_cast<lxw_col_t>(column);
}

Result<void> checked(lxw_error error) {
    if (error != LXW_NO_ERROR) {
        return xlsx_failure(error);
    }
    return {};
}

// The title and the subtitles, one row each.
Result<void> write_titles(lxw_worksheet* worksheet, Formats& formats, const OfficeSheet& sheet,
                          std::size_t columns) {
    std::vector<std::pair<const std::string*, FormatKey>> lines;
    if (!sheet.title.empty()) {
        lines.emplace_back(&sheet.title,
                           FormatKey{CellRole::title, OfficeFont::bold, sheet.title_alignment});
    }
    for (const OfficeCell& subtitle : sheet.subtitles) {
        lines.emplace_back(&subtitle.text,
                           FormatKey{CellRole::subtitle, subtitle.font, sheet.title_alignment});
    }
    for (std::size_t row = 0; row < lines.size(); ++row) {
        const auto& [text, key] = lines[row];
        lxw_format* format = formats.get(key);
        if (sheet.title_alignment == OfficeAlignment::center && columns > 1) {
            PARINDEX_TRY(
                checked(worksheet_merge_range(worksheet, row_index(row), 0, row_index(row),
                                              column_index(columns - 1), text->c_str(), format)));
        } else if (!text->empty()) {
            PARINDEX_TRY(checked(
                worksheet_write_string(worksheet, row_index(row), 0, text->c_str(), format)));
        }
    }
    return {};
}

FormatKey cell_format(const OfficeSheet& sheet, const PlacedCell& placed) {
    const OfficeCell& cell = *placed.cell;
    if (placed.block == Block::header) {
        return FormatKey{CellRole::header, cell.font, OfficeAlignment::center, cell.indent, {}};
    }
    if (!is_number_cell(cell)) {
        return FormatKey{CellRole::text, cell.font, OfficeAlignment::left, cell.indent, {}};
    }
    std::string number_format;
    if (placed.column < sheet.number_formats.size()) {
        number_format = sheet.number_formats[placed.column];
    }
    return FormatKey{CellRole::number, cell.font, OfficeAlignment::left, cell.indent,
                     std::move(number_format)};
}

Result<void> write_cell(lxw_worksheet* worksheet, lxw_format* format, const PlacedCell& placed) {
    const OfficeCell& cell = *placed.cell;
    const lxw_row_t row = row_index(placed.row);
    const lxw_col_t column = column_index(placed.column);
    if (placed.is_merged()) {
        // The merge writes the text (or nothing) and formats every cell it covers.
        const char* text = is_number_cell(cell) ? "" : cell.text.c_str();
        PARINDEX_TRY(
            checked(worksheet_merge_range(worksheet, row, column, row_index(placed.last_row),
                                          column_index(placed.last_column), text, format)));
        if (is_number_cell(cell)) {
            return checked(worksheet_write_number(worksheet, row, column, *cell.number, format));
        }
        return {};
    }
    if (is_number_cell(cell)) {
        return checked(worksheet_write_number(worksheet, row, column, *cell.number, format));
    }
    if (cell.text.empty()) {
        return checked(worksheet_write_blank(worksheet, row, column, format));
    }
    return checked(worksheet_write_string(worksheet, row, column, cell.text.c_str(), format));
}

// Bordered blanks where a header or data row has no cell, so the table is one grid.
Result<void> write_blanks(lxw_worksheet* worksheet, Formats& formats, const SheetLayout& layout) {
    const std::size_t rows = layout.end_row - layout.header_row;
    std::vector<char> taken(rows * layout.columns, 0);
    for (const PlacedCell& placed : layout.cells) {
        for (std::size_t row = placed.row; row <= placed.last_row; ++row) {
            for (std::size_t column = placed.column; column <= placed.last_column; ++column) {
                taken[(row - layout.header_row) * layout.columns + column] = 1;
            }
        }
    }
    lxw_format* header = formats.get(FormatKey{CellRole::header, OfficeFont::bold});
    lxw_format* text = formats.get(FormatKey{CellRole::text});
    for (std::size_t row = layout.header_row; row < layout.end_row; ++row) {
        for (std::size_t column = 0; column < layout.columns; ++column) {
            if (taken[(row - layout.header_row) * layout.columns + column] != 0) {
                continue;
            }
            PARINDEX_TRY(
                checked(worksheet_write_blank(worksheet, row_index(row), column_index(column),
                                              row < layout.data_row ? header : text)));
        }
    }
    return {};
}

// A4, as wide as the page, the header rows repeated on every printed page.
Result<void> set_up_page(lxw_worksheet* worksheet, const OfficeSheet& sheet,
                         const SheetLayout& layout) {
    worksheet_set_paper(worksheet, k_paper_a4);
    if (sheet.orientation == OfficeOrientation::landscape) {
        worksheet_set_landscape(worksheet);
    }
    worksheet_fit_to_pages(worksheet, 1, 0);
    if (!layout.has_header()) {
        return {};
    }
    return checked(worksheet_repeat_rows(worksheet, row_index(layout.header_row),
                                         row_index(layout.data_row - 1)));
}

Result<void> write_sheet(lxw_workbook* workbook, Formats& formats, const OfficeSheet& sheet,
                         const std::string& name) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
    if (worksheet == nullptr) {
        return write_failure(ErrorCode::internal, name);
    }
    const SheetLayout layout = lay_out(sheet);
    if (layout.columns > LXW_COL_MAX || layout.end_row > LXW_ROW_MAX) {
        return xlsx_failure(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    }

    const std::vector<double> widths = column_widths(sheet, layout);
    for (std::size_t column = 0; column < layout.columns; ++column) {
        const lxw_col_t index = column_index(column);
        PARINDEX_TRY(
            checked(worksheet_set_column(worksheet, index, index, widths[column], nullptr)));
    }

    for (const auto& [row, height] : row_heights(layout, widths)) {
        PARINDEX_TRY(checked(worksheet_set_row(worksheet, row_index(row), height, nullptr)));
    }

    PARINDEX_TRY(write_titles(worksheet, formats, sheet, layout.columns));
    for (const PlacedCell& placed : layout.cells) {
        PARINDEX_TRY(write_cell(worksheet, formats.get(cell_format(sheet, placed)), placed));
    }
    PARINDEX_TRY(write_blanks(worksheet, formats, layout));

    PARINDEX_TRY(set_up_page(worksheet, sheet, layout));
    if (layout.has_header() && layout.columns > 0) {
        worksheet_freeze_panes(worksheet, row_index(layout.data_row), 0);
        // The filter sits on the last header row; the rows above it belong to the header.
        const std::size_t filter_row = layout.data_row - 1;
        const std::size_t last_row = std::max(layout.end_row, layout.data_row) - 1;
        PARINDEX_TRY(
            checked(worksheet_autofilter(worksheet, row_index(filter_row), 0, row_index(last_row),
                                         column_index(layout.columns - 1))));
    }
    return {};
}

// A file that exists only while the workbook is written and read back.
class TemporaryFile {
  public:
    TemporaryFile() = default;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (!m_path.empty()) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }

    Result<void> create(std::string_view suffix) {
        std::error_code error;
        const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
        if (error) {
            return write_failure(ErrorCode::io, error.message());
        }
        std::string pattern = (directory / "parindex-XXXXXX").string();
        pattern += suffix;
        const int descriptor = mkstemps(pattern.data(), static_cast<int>(suffix.size()));
        if (descriptor < 0) {
            return write_failure(ErrorCode::io,
                                 std::error_code(errno, std::generic_category()).message());
        }
        close(descriptor);
        m_path = pattern;
        return {};
    }

    [[nodiscard]] const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

Result<std::string> read_file(const std::string& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return write_failure(ErrorCode::io, path);
    }
    return std::string((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
}

}  // namespace

double percent_as_fraction(double percent) {
    constexpr double k_scale = 1e4;
    return std::round(percent * k_scale) / (100 * k_scale);
}

Result<std::string> write_xlsx(const std::vector<OfficeSheet>& sheets) {
    TemporaryFile file;
    PARINDEX_TRY(file.create(".xlsx"));

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (workbook == nullptr) {
        return write_failure(ErrorCode::io, file.path());
    }
    Formats formats(workbook);
    std::vector<std::string> names;
    for (const OfficeSheet& sheet : sheets) {
        names.push_back(sheet_name(sheet.name, names));
        if (Result<void> written = write_sheet(workbook, formats, sheet, names.back()); !written) {
            workbook_close(workbook);  // frees it; the temporary file goes with `file`
            return tl::unexpected(std::move(written).error());
        }
    }
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        return write_failure(ErrorCode::io, lxw_strerror(error));
    }
    return read_file(file.path());
}

}  // namespace parindex
