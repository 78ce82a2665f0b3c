#include "importers/result_sheet_reader.hpp"

#include <stdlib.h>  // mkstemps
#include <unistd.h>  // close

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <system_error>
#include <vector>

#include "core/decimal.hpp"
#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "domain/node_code.hpp"
#include "importers/column_map.hpp"
#include "importers/csv_reader.hpp"
#include "importers/xlsx_reader.hpp"

namespace parindex {

namespace {

enum ResultColumn : std::uint8_t {
    col_code,
    col_max,
    col_self,
    col_self_explanation,
    col_appraised,
    col_appraisal_comment,
    col_ward_explanation,
    col_final,
};

constexpr std::array k_columns = {
    ColumnSpec{"Mã tiêu chí", true},
    ColumnSpec{"Điểm tối đa", false},
    ColumnSpec{"Điểm tự đánh giá", false},
    ColumnSpec{"Giải trình tự đánh giá", false},
    ColumnSpec{"Điểm thẩm định", false},
    ColumnSpec{"Ý kiến thẩm định", false},
    ColumnSpec{"Giải trình sau thẩm định", false},
    ColumnSpec{"Điểm cuối cùng", false},
};

// The columns a sheet needs at least one of: without them it says nothing about points.
constexpr std::array k_points_columns = {col_self, col_appraised, col_final};

// Points are compared to the maximum to the hundredth, as methodology sums are.
constexpr double k_points_tolerance = 0.005;

// Every XLSX file is a zip archive; a CSV file never starts with these bytes.
constexpr std::string_view k_zip_signature = "PK\x03\x04";

bool is_blank_row(std::span<const std::string_view> cells) {
    return std::all_of(cells.begin(), cells.end(),
                       [](std::string_view cell) { return trim_cell(cell).empty(); });
}

// The column a header cell names, whatever its case, diacritics or normalisation form.
std::optional<std::size_t> column_named(std::string_view cell) {
    static const std::vector<std::string> folded_names = [] {
        std::vector<std::string> names;
        names.reserve(k_columns.size());
        for (const ColumnSpec& spec : k_columns) {
            names.push_back(fold_for_matching(spec.name));
        }
        return names;
    }();
    const std::string folded = fold_for_matching(cell);
    const auto found = std::find(folded_names.begin(), folded_names.end(), folded);
    if (folded.empty() || found == folded_names.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - folded_names.begin());
}

// "7,5" and "7.5" alike; nothing for anything else.
std::optional<double> parse_points(std::string_view text) {
    std::string number(text);
    if (std::count(number.begin(), number.end(), ',') == 1 &&
        number.find('.') == std::string::npos) {
        number[number.find(',')] = '.';
    }
    const auto value = parse_exact<double>(number);
    if (!value || !std::isfinite(*value)) {
        return std::nullopt;
    }
    return value;
}

// The rows of one sheet, checked as they come, whatever carried them.
class SheetRows {
  public:
    explicit SheetRows(std::string source) : m_source(std::move(source)) {}

    Result<void> header(std::span<const std::string_view> cells, int line) {
        std::vector<std::string_view> named(cells.begin(), cells.end());
        bool has_points = false;
        for (std::string_view& cell : named) {
            const auto column = column_named(cell);
            if (!column) {
                continue;
            }
            cell = k_columns[*column].name;
            has_points = has_points || std::find(k_points_columns.begin(), k_points_columns.end(),
                                                 *column) != k_points_columns.end();
        }
        std::vector<Diagnostic> ignored;  // other columns are allowed: a name, a number
        PARINDEX_TRY_ASSIGN(columns, ColumnMap::from_header(k_columns, named,
                                                            Location{m_source, line, {}}, ignored));
        if (!has_points) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_no_points_column, {},
                        Location{m_source, line, {}});
        }
        m_columns = std::move(columns);
        return {};
    }

    Result<void> row(std::span<const std::string_view> cells, int line) {
        if (is_blank_row(cells)) {
            return {};
        }
        const std::string_view code_text = m_columns->cell(cells, col_code);
        if (code_text.empty()) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_code_missing, {},
                        at(line, col_code));
        }
        ResultSheetRow row{line, {}};
        row.result.code = criterion_code(code_text);
        if (const auto [first, is_new] = m_lines.emplace(row.result.code, line); !is_new) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_duplicate_code,
                        {row.result.code, std::to_string(first->second)}, at(line, col_code));
        }
        PARINDEX_TRY(read_points(cells, line, row.result));
        CriterionResult& result = row.result;
        result.self_explanation = text(cells, col_self_explanation);
        result.appraisal_comment = text(cells, col_appraisal_comment);
        result.ward_explanation = text(cells, col_ward_explanation);
        m_rows.push_back(std::move(row));
        return {};
    }

    Result<std::vector<ResultSheetRow>> finish() {
        if (m_rows.empty()) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_empty, {},
                        Location{m_source, 0, {}});
        }
        return std::move(m_rows);
    }

  private:
    [[nodiscard]] Location at(int line, std::size_t column) const {
        return Location{m_source, line, std::string(k_columns[column].name)};
    }

    [[nodiscard]] std::string text(std::span<const std::string_view> cells,
                                   std::size_t column) const {
        return to_nfc(m_columns->cell(cells, column));
    }

    // "1.1." and "I." as the plan writes them: "1.1", "I".
    static std::string criterion_code(std::string_view written) {
        std::string code = to_nfc(written);
        const auto parsed = parse_node_code(code);
        return parsed ? parsed->to_string() : code;
    }

    [[nodiscard]] Result<std::optional<double>> points(std::span<const std::string_view> cells,
                                                       int line, std::size_t column) const {
        const std::string_view cell = m_columns->cell(cells, column);
        if (cell.empty()) {
            return std::optional<double>();
        }
        const auto value = parse_points(cell);
        const std::string name(k_columns[column].name);
        if (!value) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_number,
                        {name, std::string(cell)}, at(line, column));
        }
        if (*value < 0) {
            return fail(ErrorCode::invalid_input, Label::error_baseline_negative,
                        {name, format_decimal(*value)}, at(line, column));
        }
        return value;
    }

    Result<void> read_points(std::span<const std::string_view> cells, int line,
                             CriterionResult& result) const {
        PARINDEX_TRY_ASSIGN(max_points, points(cells, line, col_max));
        result.max_points = max_points;
        for (const ResultColumn column : k_points_columns) {
            PARINDEX_TRY_ASSIGN(value, points(cells, line, column));
            if (value && max_points && *value > *max_points + k_points_tolerance) {
                return fail(ErrorCode::invalid_input, Label::error_baseline_above_max,
                            {std::string(k_columns[column].name), format_decimal(*value),
                             format_decimal(*max_points)},
                            at(line, column));
            }
            points_of(result, column) = value;
        }
        return {};
    }

    static std::optional<double>& points_of(CriterionResult& result, ResultColumn column) {
        if (column == col_self) {
            return result.self_points;
        }
        if (column == col_appraised) {
            return result.appraised_points;
        }
        return result.final_points;
    }

    std::string m_source;
    std::optional<ColumnMap> m_columns;
    std::vector<ResultSheetRow> m_rows;
    std::map<std::string, int> m_lines;  // the line each code was first seen on
};

Result<std::vector<ResultSheetRow>> read_csv_sheet(std::string_view bytes,
                                                   const std::string& source) {
    if (!is_valid_utf8(bytes)) {
        return fail(ErrorCode::invalid_input, Label::error_baseline_not_text, {},
                    Location{source, 0, {}});
    }
    const std::string text = to_nfc(bytes);
    CsvReader reader(text);
    std::vector<std::string_view> cells;
    SheetRows sheet(source);
    bool has_header = false;
    while (true) {
        auto more = reader.next(cells);
        if (!more) {
            more.error().detail.where.file = source;
            return tl::unexpected(std::move(more).error());
        }
        if (!*more) {
            break;
        }
        if (!has_header) {
            PARINDEX_TRY(sheet.header(cells, reader.line()));
            has_header = true;
            continue;
        }
        PARINDEX_TRY(sheet.row(cells, reader.line()));
    }
    if (!has_header) {
        return fail(ErrorCode::invalid_input, Label::error_no_header, {}, Location{source, 1, {}});
    }
    return sheet.finish();
}

// A copy of the workbook on disk for the XLSX reader (which reads zip archives from files),
// removed when this goes out of scope. Created with mkstemps: a fresh name only this user reads.
class TemporaryCopy {
  public:
    TemporaryCopy() = default;
    TemporaryCopy(const TemporaryCopy&) = delete;
    TemporaryCopy& operator=(const TemporaryCopy&) = delete;
    TemporaryCopy(TemporaryCopy&&) = delete;
    TemporaryCopy& operator=(TemporaryCopy&&) = delete;
    ~TemporaryCopy() {
        if (!m_path.empty()) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }

    Result<void> write(std::string_view bytes) {
        constexpr std::string_view k_extension = ".xlsx";
        std::error_code error;
        const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
        if (error) {
            return fail(ErrorCode::io, Label::error_baseline_temporary, {error.message()});
        }
        std::string name = (directory / "parindex-result-sheet-XXXXXX").string();
        name += k_extension;
        const int descriptor = ::mkstemps(name.data(), static_cast<int>(k_extension.size()));
        if (descriptor < 0) {
            return fail(ErrorCode::io, Label::error_baseline_temporary, {name});
        }
        ::close(descriptor);
        m_path = name;
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            return fail(ErrorCode::io, Label::error_baseline_temporary, {m_path});
        }
        return {};
    }

    [[nodiscard]] const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

// Messages name the sheet as the person sent it, never the temporary copy.
Error renamed(Error error, const std::string& temporary, const std::string& source) {
    Location& where = error.detail.where;
    if (where.file.empty() || where.file == temporary) {
        where.file = source;
    }
    for (std::string& argument : error.detail.args) {
        for (std::size_t at = argument.find(temporary); at != std::string::npos;
             at = argument.find(temporary, at + source.size())) {
            argument.replace(at, temporary.size(), source);
        }
    }
    return error;
}

Result<std::vector<ResultSheetRow>> read_xlsx_sheet(std::string_view bytes,
                                                    const std::string& source) {
    TemporaryCopy copy;
    PARINDEX_TRY(copy.write(bytes));
    SheetRows sheet(source);
    bool has_header = false;
    std::vector<std::string_view> views;
    auto read = read_xlsx_rows(
        copy.path(), [&](int row_number, const std::vector<std::string>& cells) -> Result<void> {
            views.assign(cells.begin(), cells.end());
            if (!has_header) {
                has_header = true;
                return sheet.header(views, row_number);
            }
            return sheet.row(views, row_number);
        });
    if (!read) {
        return tl::unexpected(renamed(std::move(read).error(), copy.path(), source));
    }
    if (!has_header) {
        return fail(ErrorCode::invalid_input, Label::error_no_header, {}, Location{source, 1, {}});
    }
    return sheet.finish();
}

}  // namespace

Result<std::vector<ResultSheetRow>> read_result_sheet(std::string_view bytes,
                                                      std::string_view source_name) {
    const std::string source(source_name);
    if (bytes.starts_with(k_zip_signature)) {
        return read_xlsx_sheet(bytes, source);
    }
    return read_csv_sheet(bytes, source);
}

}  // namespace parindex
