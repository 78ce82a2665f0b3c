#include "importers/column_map.hpp"

#include <algorithm>
#include <cctype>

namespace parindex {

bool same_column_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim_cell(std::string_view cell) {
    const std::size_t first = cell.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return cell.substr(first, cell.find_last_not_of(" \t") - first + 1);
}

ColumnMap::ColumnMap(std::span<const ColumnSpec> specs) : m_specs(specs), m_position(specs.size()) {
    for (std::size_t i = 0; i < specs.size(); ++i) {
        m_position[i] = static_cast<int>(i);
    }
}

Result<ColumnMap> ColumnMap::from_header(std::span<const ColumnSpec> specs,
                                         std::span<const std::string_view> header,
                                         const Location& where, std::vector<Diagnostic>& warnings) {
    ColumnMap map(specs);
    std::fill(map.m_position.begin(), map.m_position.end(), -1);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string_view name = trim_cell(header[i]);
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const ColumnSpec& s) {
            return same_column_name(s.name, name);
        });
        if (spec == specs.end()) {
            if (!name.empty()) {
                warnings.push_back(
                    Diagnostic{Label::warning_unknown_column, {std::string(name)}, where});
            }
            continue;
        }
        int& position = map.m_position[static_cast<std::size_t>(spec - specs.begin())];
        if (position >= 0) {
            return fail(ErrorCode::invalid_input, Label::error_duplicate_column,
                        {std::string(spec->name)}, where);
        }
        position = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].required && map.m_position[i] < 0) {
            return fail(ErrorCode::invalid_input, Label::error_missing_column,
                        {std::string(specs[i].name)}, where);
        }
    }
    return map;
}

Result<ColumnMap> ColumnMap::from_csv_header(std::span<const ColumnSpec> specs, CsvReader& reader,
                                             const std::string& source,
                                             std::vector<Diagnostic>& warnings) {
    std::vector<std::string_view> header;
    PARINDEX_TRY_ASSIGN(has_header, reader.next(header));
    if (!has_header) {
        return fail(ErrorCode::invalid_input, Label::error_no_header, {}, Location{source, 1, {}});
    }
    return from_header(specs, header, Location{source, 1, {}}, warnings);
}

std::string_view ColumnMap::cell(std::span<const std::string_view> cells,
                                 std::size_t column) const {
    const int position = m_position[column];
    if (position < 0 || static_cast<std::size_t>(position) >= cells.size()) {
        return {};
    }
    return trim_cell(cells[static_cast<std::size_t>(position)]);
}

}  // namespace parindex
