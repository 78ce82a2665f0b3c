#include "importers/score_rules_reader.hpp"

#include <array>
#include <span>

#include "core/embedded_file.hpp"
#include "core/parse_number.hpp"
#include "importers/column_map.hpp"
#include "importers/csv_reader.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_methodology();

namespace {

constexpr std::array k_columns = {
    ColumnSpec{"Nhóm", true},        ColumnSpec{"Chỉ số", true},
    ColumnSpec{"Điểm tối đa", true}, ColumnSpec{"Ngưỡng đạt điểm tối đa (%)", true},
    ColumnSpec{"Ghi chú", false},
};

constexpr double k_max_percent = 100;

}  // namespace

Result<std::vector<ScoreRule>> read_score_rules(std::string_view bytes,
                                                std::string_view source_name) {
    const std::string source(source_name);
    CsvReader reader(bytes);
    std::vector<std::string_view> cells;
    std::vector<Diagnostic> warnings;
    PARINDEX_TRY_ASSIGN(columns, ColumnMap::from_csv_header(k_columns, reader, source, warnings));
    std::vector<ScoreRule> rules;
    while (true) {
        PARINDEX_TRY_ASSIGN(more, reader.next(cells));
        if (!more) {
            break;
        }
        const int line = reader.line();
        const auto indicator = indicator_from_id(columns.cell(cells, 1));
        if (!indicator) {
            return fail(ErrorCode::invalid_input, Label::error_score_indicator,
                        {std::string(columns.cell(cells, 1))}, Location{source, line, "Chỉ số"});
        }
        const auto points = parse_exact<double>(columns.cell(cells, 2));
        const auto threshold = parse_exact<double>(columns.cell(cells, 3));
        if (!points || *points <= 0) {
            return fail(ErrorCode::invalid_input, Label::error_score_number,
                        {std::string(columns.cell(cells, 2))},
                        Location{source, line, "Điểm tối đa"});
        }
        if (!threshold || *threshold <= 0 || *threshold > k_max_percent) {
            return fail(ErrorCode::invalid_input, Label::error_score_threshold,
                        {std::string(columns.cell(cells, 3))},
                        Location{source, line, "Ngưỡng đạt điểm tối đa (%)"});
        }
        rules.push_back(ScoreRule{std::string(columns.cell(cells, 0)), *indicator, *points,
                                  *threshold, std::string(columns.cell(cells, 4))});
    }
    return rules;
}

Result<std::vector<ScoreRule>> shipped_score_rules() {
    std::vector<ScoreRule> rules;
    for (const EmbeddedFile& file : embedded_methodology()) {
        PARINDEX_TRY_ASSIGN(read, read_score_rules(file.content, file.name));
        rules.insert(rules.end(), read.begin(), read.end());
    }
    return rules;
}

}  // namespace parindex
