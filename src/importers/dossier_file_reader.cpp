#include "importers/dossier_file_reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "importers/column_map.hpp"
#include "importers/csv_reader.hpp"
#include "importers/dossier_rows.hpp"
#include "importers/xlsx_reader.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_progress_every = 65536;

template <class Record>
using RowParser = Result<Record> (*)(const ColumnMap&, std::span<const std::string_view>,
                                     const Location&);

template <class Record>
using Visit = RowVisitor<Record>;

std::string file_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

Result<std::string> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::io, Label::error_file_unreadable, {path});
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

bool is_blank_row(std::span<const std::string_view> cells) {
    return std::all_of(cells.begin(), cells.end(),
                       [](std::string_view cell) { return trim_cell(cell).empty(); });
}

template <class Record>
Result<std::vector<Diagnostic>> read_csv(const ReadOptions& options,
                                         std::span<const ColumnSpec> specs, RowParser<Record> parse,
                                         const Visit<Record>& visit) {
    PARINDEX_TRY_ASSIGN(bytes, read_bytes(options.path));
    const std::string source = file_name(options.path);
    CsvReader reader(bytes);
    std::vector<std::string_view> cells;
    std::vector<Diagnostic> warnings;
    PARINDEX_TRY_ASSIGN(has_header, reader.next(cells));
    if (!has_header) {
        return fail(ErrorCode::invalid_input, Label::error_no_header, {}, Location{source, 1, {}});
    }
    PARINDEX_TRY_ASSIGN(columns,
                        ColumnMap::from_header(specs, cells, Location{source, 1, {}}, warnings));
    std::size_t rows = 0;
    while (true) {
        auto more = reader.next(cells);
        if (!more) {
            more.error().detail.where.file = source;
            return tl::unexpected(std::move(more).error());
        }
        if (!*more) {
            break;
        }
        if (is_blank_row(cells)) {
            continue;
        }
        const Location where{source, reader.line(), {}};
        PARINDEX_TRY(visit(reader.line(), parse(columns, cells, where), reader.raw()));
        if (options.progress && ++rows % k_progress_every == 0) {
            options.progress(reader.position(), bytes.size());
        }
    }
    if (options.progress) {
        options.progress(bytes.size(), bytes.size());
    }
    return warnings;
}

template <class Record>
Result<std::vector<Diagnostic>> read_xlsx(const ReadOptions& options,
                                          std::span<const ColumnSpec> specs,
                                          RowParser<Record> parse, const Visit<Record>& visit) {
    const std::string source = file_name(options.path);
    std::vector<Diagnostic> warnings;
    std::optional<ColumnMap> columns;
    std::string raw;
    std::vector<std::string_view> views;
    std::size_t rows = 0;
    PARINDEX_TRY(read_xlsx_rows(
        options.path, [&](int row_number, const std::vector<std::string>& cells) -> Result<void> {
            views.assign(cells.begin(), cells.end());
            const Location where{source, row_number, {}};
            if (!columns) {
                PARINDEX_TRY_ASSIGN(header, ColumnMap::from_header(specs, views, where, warnings));
                columns = std::move(header);
                return {};
            }
            if (is_blank_row(views)) {
                return {};
            }
            raw.clear();
            for (std::size_t i = 0; i < cells.size(); ++i) {
                raw += i == 0 ? "" : ",";
                raw += cells[i];
            }
            PARINDEX_TRY(visit(row_number, parse(*columns, views, where), raw));
            if (options.progress && ++rows % k_progress_every == 0) {
                options.progress(rows, 0);
            }
            return {};
        }));
    if (!columns) {
        return fail(ErrorCode::invalid_input, Label::error_no_header, {}, Location{source, 1, {}});
    }
    return warnings;
}

std::string json_cell(const nlohmann::json& value) {
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "1" : "0";
    }
    if (value.is_null()) {
        return {};
    }
    return value.dump();
}

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

template <class Record>
Result<std::vector<Diagnostic>> read_json_lines(const ReadOptions& options,
                                                std::span<const ColumnSpec> specs,
                                                RowParser<Record> parse,
                                                const Visit<Record>& visit) {
    PARINDEX_TRY_ASSIGN(bytes, read_bytes(options.path));
    const std::string source = file_name(options.path);
    const ColumnMap columns(specs);
    std::vector<Diagnostic> warnings;
    std::vector<std::string> unknown;
    std::vector<std::string> cells(specs.size());
    std::vector<std::string_view> views(specs.size());
    std::string_view rest = bytes;
    if (rest.starts_with("\xEF\xBB\xBF")) {
        rest.remove_prefix(3);
    }
    int line = 0;
    std::size_t rows = 0;
    while (!rest.empty()) {
        ++line;
        const std::size_t end = rest.find('\n');
        std::string_view text = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (text.ends_with('\r')) {
            text.remove_suffix(1);
        }
        if (trim_cell(text).empty()) {
            continue;
        }
        const Location where{source, line, {}};
        const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
        if (!object.is_object()) {
            PARINDEX_TRY(visit(
                line, fail(ErrorCode::invalid_input, Label::error_json_line, {}, where), text));
            continue;
        }
        std::fill(cells.begin(), cells.end(), std::string());
        for (const auto& [key, value] : object.items()) {
            const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ColumnSpec& s) {
                return same_name(s.name, key);
            });
            if (spec != specs.end()) {
                cells[static_cast<std::size_t>(spec - specs.begin())] = json_cell(value);
            } else if (std::find(unknown.begin(), unknown.end(), key) == unknown.end()) {
                unknown.push_back(key);
                warnings.push_back(Diagnostic{Label::warning_unknown_column, {key}, where});
            }
        }
        views.assign(cells.begin(), cells.end());
        PARINDEX_TRY(visit(line, parse(columns, views, where), text));
        if (options.progress && ++rows % k_progress_every == 0) {
            options.progress(bytes.size() - rest.size(), bytes.size());
        }
    }
    return warnings;
}

template <class Record>
Result<std::vector<Diagnostic>> read_table(const ReadOptions& options,
                                           std::span<const ColumnSpec> specs,
                                           RowParser<Record> parse, const Visit<Record>& visit) {
    switch (options.format) {
        case TableFormat::csv:
            return read_csv(options, specs, parse, visit);
        case TableFormat::xlsx:
            return read_xlsx(options, specs, parse, visit);
        case TableFormat::json_lines:
            return read_json_lines(options, specs, parse, visit);
    }
    return std::vector<Diagnostic>{};
}

}  // namespace

std::optional<TableFormat> table_format_of(std::string_view path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv") {
        return TableFormat::csv;
    }
    if (extension == ".xlsx") {
        return TableFormat::xlsx;
    }
    if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") {
        return TableFormat::json_lines;
    }
    return std::nullopt;
}

std::optional<TableFormat> table_format_from_code(std::string_view code) {
    if (code == "csv") {
        return TableFormat::csv;
    }
    if (code == "xlsx") {
        return TableFormat::xlsx;
    }
    if (code == "jsonl") {
        return TableFormat::json_lines;
    }
    return std::nullopt;
}

Result<std::vector<Diagnostic>> read_dossier_file(const ReadOptions& options,
                                                  const RowVisitor<DossierRecord>& visit) {
    return read_table<DossierRecord>(options, dossier_columns(), &parse_dossier_row, visit);
}

Result<std::vector<Diagnostic>> read_procedure_file(const ReadOptions& options,
                                                    const RowVisitor<Procedure>& visit) {
    return read_table<Procedure>(options, procedure_columns(), &parse_procedure_row, visit);
}

}  // namespace parindex
