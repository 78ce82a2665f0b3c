#pragma once
// Reads a file of dossiers or procedures in any of the accepted carriers: CSV (the canonical
// format), an XLSX workbook with the same header row, or JSON lines with the national portal's
// field names. Each data row reaches the caller as a record or as that row's error, so the
// caller decides whether one bad row rejects the file.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/dossier.hpp"

namespace parindex {

enum class TableFormat { csv, xlsx, json_lines };

// From the file name's extension (.csv, .xlsx, .jsonl, .ndjson, .json); nothing otherwise.
[[nodiscard]] std::optional<TableFormat> table_format_of(std::string_view path);
[[nodiscard]] std::optional<TableFormat> table_format_from_code(std::string_view code);

// One data row: its line, the record or the row's error, and the row as written (CSV, JSON) or
// its cells joined as CSV (XLSX), for a file of rejected rows.
template <class Record>
using RowVisitor =
    std::function<Result<void>(int line, Result<Record> record, std::string_view raw)>;

struct ReadOptions {
    std::string path;
    TableFormat format = TableFormat::csv;
    // Called now and then with the bytes read so far and the file's size (0 when unknown).
    std::function<void(std::size_t done, std::size_t total)> progress;
    std::string name;  // the file's name in messages; the path's last part when empty
};

// Warnings about the file (unknown columns), or the error that stopped it: unreadable, not the
// format, no header, a required column missing, or a failure `visit` returned.
[[nodiscard]] Result<std::vector<Diagnostic>> read_dossier_file(
    const ReadOptions& options, const RowVisitor<DossierRecord>& visit);
[[nodiscard]] Result<std::vector<Diagnostic>> read_procedure_file(
    const ReadOptions& options, const RowVisitor<Procedure>& visit);

}  // namespace parindex
