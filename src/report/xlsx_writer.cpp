#include "report/xlsx_writer.hpp"

#include <stdlib.h>  // mkstemps
#include <unistd.h>  // close
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>
#include <system_error>

namespace parindex {

namespace {

constexpr const char* k_font = "Times New Roman";
constexpr double k_font_points = 12;
constexpr double k_title_points = 14;
constexpr lxw_color_t k_header_fill = 0xDDEBF7;  // light blue
constexpr double k_min_width = 8;
constexpr double k_max_width = 60;
constexpr std::size_t k_max_sheet_name = 31;  // characters

tl::unexpected<Error> write_failure(ErrorCode code, std::string detail) {
    return fail(code, Label::error_office_write,
                {std::string(label_text(Label::office_file_xlsx)), std::move(detail)});
}

tl::unexpected<Error> xlsx_failure(lxw_error error) {
    return write_failure(ErrorCode::internal, lxw_strerror(error));
}

std::size_t utf8_length(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The widest line of a cell, in characters.
std::size_t display_length(std::string_view text) {
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, utf8_length(text.substr(start, end - start)));
        start = end + 1;
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

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* number = nullptr;
};

lxw_format* new_format(lxw_workbook* workbook, double points) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_font_name(format, k_font);
    format_set_font_size(format, points);
    return format;
}

Formats make_formats(lxw_workbook* workbook) {
    Formats formats;
    formats.title = new_format(workbook, k_title_points);
    format_set_bold(formats.title);

    formats.header = new_format(workbook, k_font_points);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, k_header_fill);
    format_set_pattern(formats.header, LXW_PATTERN_SOLID);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);

    formats.text = new_format(workbook, k_font_points);
    format_set_border(formats.text, LXW_BORDER_THIN);
    format_set_text_wrap(formats.text);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);

    formats.number = new_format(workbook, k_font_points);
    format_set_border(formats.number, LXW_BORDER_THIN);
    format_set_align(formats.number, LXW_ALIGN_VERTICAL_TOP);
    return formats;
}

std::vector<double> column_widths(const OfficeSheet& sheet, std::size_t columns) {
    std::vector<std::size_t> lengths(columns, 0);
    for (std::size_t column = 0; column < sheet.headers.size(); ++column) {
        lengths[column] = display_length(sheet.headers[column]);
    }
    for (const std::vector<OfficeCell>& row : sheet.rows) {
        for (std::size_t column = 0; column < row.size(); ++column) {
            const OfficeCell& cell = row[column];
            const std::size_t length = is_number_cell(cell) ? shortest_number(*cell.number).size()
                                                            : display_length(cell.text);
            lengths[column] = std::max(lengths[column], length);
        }
    }
    std::vector<double> widths(columns);
    for (std::size_t column = 0; column < columns; ++column) {
        if (column < sheet.column_widths.size() && sheet.column_widths[column] > 0) {
            widths[column] = sheet.column_widths[column];
        } else {
            widths[column] =
                std::clamp(static_cast<double>(lengths[column]) + 2, k_min_width, k_max_width);
        }
    }
    return widths;
}

Result<void> write_sheet(lxw_workbook* workbook, const Formats& formats, const OfficeSheet& sheet,
                         const std::string& name) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
    if (worksheet == nullptr) {
        return write_failure(ErrorCode::internal, name);
    }
    std::size_t columns = sheet.headers.size();
    for (const std::vector<OfficeCell>& row : sheet.rows) {
        columns = std::max(columns, row.size());
    }
    const std::size_t first_row = sheet.title.empty() ? 0 : 1;
    const std::size_t data_row = first_row + (sheet.headers.empty() ? 0 : 1);
    if (columns > LXW_COL_MAX || data_row + sheet.rows.size() > LXW_ROW_MAX) {
        return xlsx_failure(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    }
    auto row_index = [](std::size_t row) { return static_cast<lxw_row_t>(row); };
    auto column_index = [](std::size_t column) { return static_cast<lxw_col_t>(column); };

    const std::vector<double> widths = column_widths(sheet, columns);
    for (std::size_t column = 0; column < columns; ++column) {
        const lxw_col_t index = column_index(column);
        if (const lxw_error error =
                worksheet_set_column(worksheet, index, index, widths[column], nullptr);
            error != LXW_NO_ERROR) {
            return xlsx_failure(error);
        }
    }

    if (!sheet.title.empty()) {
        if (const lxw_error error =
                worksheet_write_string(worksheet, 0, 0, sheet.title.c_str(), formats.title);
            error != LXW_NO_ERROR) {
            return xlsx_failure(error);
        }
    }
    for (std::size_t column = 0; column < sheet.headers.size(); ++column) {
        if (const lxw_error error =
                worksheet_write_string(worksheet, row_index(first_row), column_index(column),
                                       sheet.headers[column].c_str(), formats.header);
            error != LXW_NO_ERROR) {
            return xlsx_failure(error);
        }
    }
    for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
        const lxw_row_t index = row_index(data_row + row);
        for (std::size_t column = 0; column < columns; ++column) {
            const lxw_col_t at = column_index(column);
            lxw_error error = LXW_NO_ERROR;
            if (column >= sheet.rows[row].size()) {
                error = worksheet_write_blank(worksheet, index, at, formats.text);
            } else if (const OfficeCell& cell = sheet.rows[row][column]; is_number_cell(cell)) {
                error = worksheet_write_number(worksheet, index, at, *cell.number, formats.number);
            } else if (cell.text.empty()) {
                error = worksheet_write_blank(worksheet, index, at, formats.text);
            } else {
                error =
                    worksheet_write_string(worksheet, index, at, cell.text.c_str(), formats.text);
            }
            if (error != LXW_NO_ERROR) {
                return xlsx_failure(error);
            }
        }
    }

    if (!sheet.headers.empty()) {
        worksheet_freeze_panes(worksheet, row_index(data_row), 0);
        const std::size_t last_row = data_row + sheet.rows.size() - 1;  // the header when no rows
        if (const lxw_error error = worksheet_autofilter(
                worksheet, row_index(first_row), 0, row_index(last_row), column_index(columns - 1));
            error != LXW_NO_ERROR) {
            return xlsx_failure(error);
        }
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

Result<std::string> write_xlsx(const std::vector<OfficeSheet>& sheets) {
    TemporaryFile file;
    PARINDEX_TRY(file.create(".xlsx"));

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (workbook == nullptr) {
        return write_failure(ErrorCode::io, file.path());
    }
    const Formats formats = make_formats(workbook);
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
