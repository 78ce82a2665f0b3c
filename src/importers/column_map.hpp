#pragma once
// Matches a header row against the columns a format defines: names compared case-insensitively,
// any order; an unknown column is a warning, a missing required one an error naming the line.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "importers/csv_reader.hpp"

namespace parindex {

struct ColumnSpec {
    std::string_view name;
    bool required = false;
};

class ColumnMap {
  public:
    // Every column at its own position: for sources that carry names per value (JSON lines).
    explicit ColumnMap(std::span<const ColumnSpec> specs);

    [[nodiscard]] static Result<ColumnMap> from_header(std::span<const ColumnSpec> specs,
                                                       std::span<const std::string_view> header,
                                                       const Location& where,
                                                       std::vector<Diagnostic>& warnings);
    // Reads the first row of a CSV file as its header; a file without any row is an error.
    [[nodiscard]] static Result<ColumnMap> from_csv_header(std::span<const ColumnSpec> specs,
                                                           CsvReader& reader,
                                                           const std::string& source,
                                                           std::vector<Diagnostic>& warnings);

    // The cell of column `column` (an index into the specs); empty when absent.
    [[nodiscard]] std::string_view cell(std::span<const std::string_view> cells,
                                        std::size_t column) const;
    [[nodiscard]] std::string_view name(std::size_t column) const { return m_specs[column].name; }

  private:
    std::span<const ColumnSpec> m_specs;
    std::vector<int> m_position;  // by column; -1 when the file does not have it
};

// Column names match whatever their letters' case (ASCII).
[[nodiscard]] bool same_column_name(std::string_view a, std::string_view b);

// The cell with surrounding spaces and tabs removed.
[[nodiscard]] std::string_view trim_cell(std::string_view cell);

}  // namespace parindex
