#include "report/province_xlsx.hpp"

#include <optional>

#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

OfficeCell cell(std::string value) {
    return OfficeCell{std::move(value), {}};
}

// A blank cell where there is no figure.
OfficeCell number(const std::optional<double>& value) {
    return OfficeCell{{}, value};
}

OfficeCell count(std::int64_t value) {
    return number(static_cast<double>(value));
}

// A header over both header rows.
OfficeCell tall_header(Label label) {
    OfficeCell header = cell(text(label));
    header.row_span = 2;
    return header;
}

// A header over `columns` columns of the second header row.
OfficeCell wide_header(Label label, std::size_t columns) {
    OfficeCell header = cell(text(label));
    header.column_span = static_cast<int>(columns);
    return header;
}

// The rate as a fraction under a percent format; "N/A" where it does not apply.
OfficeCell rate_cell(const Rate& rate) {
    const std::optional<double> percent = rate.percent();
    return percent ? number(percent_as_fraction(*percent)) : cell(text(Label::word_not_applicable));
}

// The title, the province and the day of the data above both sheets' tables.
void add_titles(OfficeSheet& sheet, const CivilDate& as_of, const std::string& province_name) {
    sheet.title = text(Label::province_xlsx_title);
    if (!province_name.empty()) {
        sheet.subtitles.push_back(OfficeCell{province_name, {}, OfficeFont::bold});
    }
    sheet.subtitles.push_back(OfficeCell{
        format_label(Label::province_xlsx_as_of, {as_of.to_dmy()}), {}, OfficeFont::italic});
    sheet.subtitles.push_back(cell({}));
    sheet.title_alignment = OfficeAlignment::center;
    sheet.orientation = OfficeOrientation::landscape;
}

OfficeSheet ranking_sheet(const std::vector<WardSummary>& ranking, const CivilDate& as_of,
                          const std::string& province_name) {
    constexpr std::size_t k_index_columns = 3;
    constexpr std::size_t k_task_columns = 5;
    OfficeSheet sheet;
    sheet.name = text(Label::province_rank);
    add_titles(sheet, as_of, province_name);
    sheet.header_rows = {
        {tall_header(Label::word_number), tall_header(Label::province_rank),
         tall_header(Label::word_code), tall_header(Label::province_ward_name),
         wide_header(Label::report_index_row, k_index_columns),
         wide_header(Label::word_task, k_task_columns), tall_header(Label::province_dossiers),
         wide_header(Label::province_dossier_indicators, k_indicator_count),
         tall_header(Label::province_data_as_of), tall_header(Label::province_note)}};
    sheet.headers = {text(Label::word_now),       text(Label::word_projected),
                     text(Label::word_last_year), text(Label::province_tasks_total),
                     text(Label::light_done),     text(Label::light_on_track),
                     text(Label::light_at_risk),  text(Label::light_overdue)};
    for (const Indicator indicator : all_indicators()) {
        sheet.headers.push_back(text(indicator_label(indicator)));
    }
    std::size_t row_number = 0;
    for (const WardSummary& ward : ranking) {
        std::vector<OfficeCell> row = {count(static_cast<std::int64_t>(++row_number)),
                                       ward.rank > 0 ? count(ward.rank) : cell({}),
                                       cell(ward.code),
                                       cell(ward.name),
                                       number(ward.index_now),
                                       number(ward.index_projected),
                                       number(ward.last_year)};
        const bool has_tasks = ward.has_plan();
        for (const int tasks : {ward.tasks.total, ward.tasks.done, ward.tasks.on_track,
                                ward.tasks.at_risk, ward.tasks.overdue}) {
            row.push_back(has_tasks ? count(tasks) : cell({}));
        }
        row.push_back(ward.error.empty() ? count(ward.dossiers) : cell({}));
        for (const Indicator indicator : all_indicators()) {
            const IndicatorValue* value = ward.find_indicator(indicator);
            row.push_back(value != nullptr ? rate_cell(value->rate) : cell({}));
        }
        row.push_back(cell(ward.data_as_of ? ward.data_as_of->to_dmy() : ""));
        row.push_back(cell(ward_note(ward)));
        sheet.rows.push_back(std::move(row));
    }
    sheet.column_widths = {6, 8, 14, 26, 9, 9, 9, 8, 9, 9, 9, 8, 9};
    sheet.number_formats = {"0", "0", "",  "",  "0.00", "0.00", "0.00",
                            "0", "0", "0", "0", "0",    "#,##0"};
    for (std::size_t i = 0; i < k_indicator_count; ++i) {
        sheet.column_widths.push_back(12);
        sheet.number_formats.emplace_back("0.00%");
    }
    sheet.column_widths.insert(sheet.column_widths.end(), {12, 30});
    return sheet;
}

// One row per ward and indicator, with the counts the rate comes from.
OfficeSheet indicator_sheet(const std::vector<WardSummary>& ranking, const CivilDate& as_of,
                            const std::string& province_name) {
    OfficeSheet sheet;
    sheet.name = text(Label::workbook_report_sheet_indicators);
    add_titles(sheet, as_of, province_name);
    sheet.headers = {text(Label::word_code),      text(Label::province_ward_name),
                     text(Label::word_indicator), text(Label::word_rate),
                     text(Label::word_numerator), text(Label::word_denominator)};
    for (const WardSummary& ward : ranking) {
        for (const IndicatorValue& value : ward.indicators) {
            sheet.rows.push_back({cell(ward.code), cell(ward.name), cell(value.label),
                                  rate_cell(value.rate), count(value.rate.numerator),
                                  count(value.rate.denominator)});
        }
    }
    sheet.column_widths = {14, 26, 44, 10, 10, 10};
    sheet.number_formats = {"", "", "", "0.00%", "#,##0", "#,##0"};
    return sheet;
}

}  // namespace

Result<std::string> render_province_xlsx(const std::vector<WardSummary>& ranking,
                                         const CivilDate& as_of, const std::string& province_name) {
    return write_xlsx({ranking_sheet(ranking, as_of, province_name),
                       indicator_sheet(ranking, as_of, province_name)});
}

std::string province_report_file_name(const CivilDate& as_of) {
    return "tong-hop-cchc-xa-phuong-" + as_of.to_iso() + ".xlsx";
}

}  // namespace parindex
