#include "importers/calendar_reader.hpp"

#include <array>

#include "core/text.hpp"
#include "importers/column_map.hpp"
#include "importers/csv_reader.hpp"

namespace parindex {

namespace {

constexpr std::array k_columns = {
    ColumnSpec{"Ngày", true},
    ColumnSpec{"Loại", true},
    ColumnSpec{"Ghi chú", false},
};

}  // namespace

Result<CalendarYear> read_calendar_csv(std::string_view bytes, std::string_view source_name) {
    const std::string source(source_name);
    const std::string text = to_nfc(bytes);
    CsvReader reader(text);
    std::vector<std::string_view> cells;
    std::vector<Diagnostic> warnings;
    PARINDEX_TRY_ASSIGN(columns, ColumnMap::from_csv_header(k_columns, reader, source, warnings));
    CalendarYear calendar;
    while (true) {
        PARINDEX_TRY_ASSIGN(more, reader.next(cells));
        if (!more) {
            break;
        }
        const int line = reader.line();
        const std::string_view date_text = columns.cell(cells, 0);
        if (date_text.empty() && columns.cell(cells, 1).empty()) {
            continue;
        }
        const auto date = CivilDate::parse_dmy(date_text);
        if (!date) {
            return fail(ErrorCode::invalid_input, Label::error_calendar_date,
                        {std::string(date_text)}, Location{source, line, "Ngày"});
        }
        if (calendar.year == 0) {
            calendar.year = date->year();
        }
        const std::string kind_text = fold_for_matching(columns.cell(cells, 1));
        CalendarDayKind kind = CalendarDayKind::holiday;
        if (kind_text == fold_for_matching(label_text(Label::calendar_day_worked))) {
            kind = CalendarDayKind::working_weekend;
        } else if (kind_text != fold_for_matching(label_text(Label::calendar_day_off))) {
            return fail(ErrorCode::invalid_input, Label::error_calendar_kind,
                        {std::string(columns.cell(cells, 1))}, Location{source, line, "Loại"});
        }
        CalendarDay day{*date, kind, std::string(columns.cell(cells, 2))};
        if (auto checked = check_calendar_day(day, calendar.year); !checked) {
            Error error = std::move(checked).error();
            const bool is_date = error.detail.message == Label::error_calendar_other_year;
            error.detail.where = Location{source, line, is_date ? "Ngày" : "Loại"};
            return tl::unexpected(std::move(error));
        }
        calendar.days.push_back(std::move(day));
    }
    if (calendar.days.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_calendar_empty, {},
                    Location{source, 0, {}});
    }
    return calendar;
}

}  // namespace parindex
