#include "importers/dossier_file_reader.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/csv_text.hpp"
#include "importers/batch_channel.hpp"
#include "importers/column_map.hpp"
#include "importers/csv_reader.hpp"
#include "importers/dossier_rows.hpp"
#include "importers/xlsx_reader.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_progress_every = 65536;
constexpr std::size_t k_batch_rows = 4096;
constexpr std::size_t k_batches_in_flight = 8;

template <class Record>
struct ParsedRow {
    int line = 0;
    Result<Record> record;
    std::string_view raw;  // into the file's bytes, which outlive the rows
};

template <class Record>
using RowParser = Result<Record> (*)(const ColumnMap&, std::span<const std::string_view>,
                                     const Location&);

template <class Record>
using Visit = RowVisitor<Record>;

std::string file_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// The whole file in one read: the CSV reader hands out views into these bytes.
Result<std::string> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        return fail(ErrorCode::io, Label::error_file_unreadable, {path});
    }
    const auto size = static_cast<std::size_t>(in.tellg());
    std::string bytes(size, '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        return fail(ErrorCode::io, Label::error_file_unreadable, {path});
    }
    return bytes;
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
    const std::string source = options.name.empty() ? file_name(options.path) : options.name;
    CsvReader reader(bytes);
    std::vector<std::string_view> cells;
    std::vector<Diagnostic> warnings;
    PARINDEX_TRY_ASSIGN(columns, ColumnMap::from_csv_header(specs, reader, source, warnings));
    // Rows are split and checked on a second thread, in batches, while this thread hands them
    // to `visit` (which writes them to the database): the two halves of an import overlap.
    BatchChannel<ParsedRow<Record>> channel(k_batches_in_flight);
    std::atomic<std::size_t> position{0};
    Result<void> parsed;
    const auto parse_rows = [&] {
        std::vector<ParsedRow<Record>> batch;
        batch.reserve(k_batch_rows);
        std::vector<std::string_view> row_cells;
        while (true) {
            auto more = reader.next(row_cells);
            if (!more) {
                more.error().detail.where.file = source;
                parsed = tl::unexpected(std::move(more).error());
                break;
            }
            if (!*more) {
                break;
            }
            if (is_blank_row(row_cells)) {
                continue;
            }
            const Location where{source, reader.line(), {}};
            auto record = parse(columns, row_cells, where);
            batch.push_back(ParsedRow<Record>{reader.line(), std::move(record), reader.raw()});
            if (batch.size() == k_batch_rows) {
                position.store(reader.position());
                if (!channel.push(std::move(batch))) {
                    return;
                }
                batch = {};
                batch.reserve(k_batch_rows);
            }
        }
        if (!batch.empty()) {
            channel.push(std::move(batch));
        }
    };
    std::jthread parser([&] {
        try {
            parse_rows();
        } catch (const std::exception& error) {
            parsed = fail(ErrorCode::internal, Label::error_internal, {error.what()});
        }
        channel.close();
    });
    // Whatever way this thread leaves (a failed visit, an exception), the parser is released
    // before the jthread joins it.
    const ChannelCancel cancel_on_exit{channel};
    Result<void> visited;
    while (auto batch = channel.pop()) {
        for (ParsedRow<Record>& row : *batch) {
            visited = visit(row.line, std::move(row.record), row.raw);
            if (!visited) {
                break;
            }
        }
        if (!visited) {
            break;
        }
        if (options.progress) {
            options.progress(position.load(), bytes.size());
        }
    }
    channel.cancel();
    parser.join();
    PARINDEX_TRY(visited);
    PARINDEX_TRY(parsed);
    if (options.progress) {
        options.progress(bytes.size(), bytes.size());
    }
    return warnings;
}

template <class Record>
Result<std::vector<Diagnostic>> read_xlsx(const ReadOptions& options,
                                          std::span<const ColumnSpec> specs,
                                          RowParser<Record> parse, const Visit<Record>& visit) {
    const std::string source = options.name.empty() ? file_name(options.path) : options.name;
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
                append_csv_field(raw, cells[i]);
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

template <class Record>
Result<std::vector<Diagnostic>> read_json_lines(const ReadOptions& options,
                                                std::span<const ColumnSpec> specs,
                                                RowParser<Record> parse,
                                                const Visit<Record>& visit) {
    PARINDEX_TRY_ASSIGN(bytes, read_bytes(options.path));
    const std::string source = options.name.empty() ? file_name(options.path) : options.name;
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
        for (const auto& item : object.items()) {
            const std::string& key = item.key();
            const nlohmann::json& value = item.value();
            const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ColumnSpec& s) {
                return same_column_name(s.name, key);
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
