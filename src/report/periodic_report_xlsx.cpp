#include "report/periodic_report_xlsx.hpp"

#include <optional>
#include <vector>

#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

OfficeCell cell(std::string value, OfficeFont font = OfficeFont::regular) {
    return OfficeCell{std::move(value), {}, font};
}

OfficeCell number(double value, OfficeFont font = OfficeFont::regular) {
    return OfficeCell{{}, value, font};
}

// A blank cell where there is no figure.
OfficeCell number(const std::optional<double>& value, OfficeFont font = OfficeFont::regular) {
    return OfficeCell{{}, value, font};
}

OfficeCell count(long value) {
    return number(static_cast<double>(value));
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

std::string verdict(const std::optional<bool>& met) {
    if (!met) {
        return text(Label::workbook_report_target_unknown);
    }
    return text(*met ? Label::workbook_report_target_met : Label::workbook_report_target_unmet);
}

OfficeSheet summary_sheet(const PeriodicReport& report) {
    const ReportSummary& summary = report.summary;
    OfficeSheet sheet;
    sheet.name = text(Label::workbook_report_sheet_summary);
    sheet.title = format_label(Label::workbook_report_title,
                               {std::to_string(report.plan_year), report.period.label()});
    sheet.subtitles = {cell(report.plan_reference),
                       cell(format_label(Label::workbook_report_as_of, {report.as_of.to_dmy()}),
                            OfficeFont::italic),
                       cell({})};
    if (!summary.index_now_formula.empty()) {  // the index is not the sum of the areas: say why
        sheet.subtitles.insert(
            sheet.subtitles.end() - 1,
            cell(format_label(Label::periodic_docx_index_formula, {summary.index_now_formula}),
                 OfficeFont::italic));
    }
    sheet.headers = {text(Label::workbook_report_item), text(Label::workbook_report_figure)};
    auto add = [&](Label label, OfficeCell figure) {
        sheet.rows.push_back({cell(text(label)), std::move(figure)});
    };
    add(Label::workbook_report_tasks, count(summary.tasks));
    add(Label::official_done_on_time, count(summary.done_on_time));
    add(Label::official_done_late, count(summary.done_late));
    add(Label::official_open_in_time, count(summary.open_in_time));
    add(Label::official_open_overdue, count(summary.open_overdue));
    add(Label::workbook_report_targets, count(summary.targets));
    add(Label::workbook_report_targets_met, count(summary.targets_met));
    add(Label::workbook_report_targets_unmet, count(summary.targets_unmet));
    add(Label::word_index_now, number(summary.index_now));
    add(Label::word_index_projected, number(summary.index_projected));
    add(Label::workbook_report_index_last_year, number(summary.index_last_year));

    if (summary.template_methodology) {
        add(Label::workbook_report_methodology,
            cell(text(Label::workbook_report_methodology_template)));
    }
    sheet.column_widths = {44, 18};
    return sheet;
}

OfficeSheet plan_sheet(const PeriodicReport& report) {
    OfficeSheet sheet;
    sheet.name = text(Label::word_plan);
    sheet.headers = {text(Label::word_area),        text(Label::word_number),
                     text(Label::word_task),        text(Label::word_requirement),
                     text(Label::word_deadline),    text(Label::word_lead),
                     text(Label::word_coordinating)};
    for (const ReportArea& area : report.areas) {
        const std::string area_name = area.code + ". " + area.title;
        for (const ReportTask& task : area.tasks) {
            sheet.rows.push_back({cell(area_name), cell(task.code), cell(task.title),
                                  cell(task.requirement), cell(task.deadline_text),
                                  cell(task.lead_units), cell(task.coordinating_units)});
        }
    }
    sheet.column_widths = {30, 8, 45, 40, 16, 26, 26};
    sheet.orientation = OfficeOrientation::landscape;
    return sheet;
}

// One row per target; a task without targets still has its row.
OfficeSheet progress_sheet(const PeriodicReport& report) {
    OfficeSheet sheet;
    sheet.name = text(Label::workbook_report_sheet_progress);
    sheet.headers = {text(Label::word_number),
                     text(Label::word_task),
                     text(Label::word_targets),
                     text(Label::workbook_report_measured),
                     text(Label::workbook_report_verdict),
                     text(Label::word_state),
                     text(Label::word_lead),
                     text(Label::workbook_report_causes)};
    for (const ReportArea& area : report.areas) {
        for (const ReportTask& task : area.tasks) {
            auto row = [&](std::vector<OfficeCell> target_cells) {
                std::vector<OfficeCell> cells = {cell(task.code), cell(task.title)};
                for (OfficeCell& target_cell : target_cells) {
                    cells.push_back(std::move(target_cell));
                }
                cells.push_back(cell(text(official_status_label(task.status))));
                cells.push_back(cell(task.lead_units));
                cells.push_back(cell(joined(task.reasons)));
                sheet.rows.push_back(std::move(cells));
            };
            if (task.targets.empty()) {
                row({cell({}), cell({}), cell({})});
            }
            for (const ReportTarget& target : task.targets) {
                OfficeCell measured =
                    target.measured ? number(*target.measured) : cell(target.measured_text);
                row({cell(target.required), std::move(measured), cell(verdict(target.met))});
            }
        }
    }
    sheet.column_widths = {8, 40, 18, 14, 12, 22, 26, 50};
    sheet.orientation = OfficeOrientation::landscape;
    return sheet;
}

OfficeSheet indicator_sheet(const PeriodicReport& report) {
    OfficeSheet sheet;
    sheet.name = text(Label::workbook_report_sheet_indicators);
    sheet.headers = {text(Label::word_indicator), text(Label::word_rate),
                     text(Label::word_numerator), text(Label::word_denominator),
                     text(Label::workbook_report_range)};
    for (const ReportIndicator& indicator : report.indicators) {
        OfficeCell rate = indicator.percent ? number(percent_as_fraction(*indicator.percent))
                                            : cell(text(Label::word_not_applicable));
        sheet.rows.push_back({cell(indicator.name), std::move(rate), count(indicator.numerator),
                              count(indicator.denominator), cell(report.indicator_range)});
    }
    sheet.column_widths = {44, 10, 10, 10, 26};
    sheet.number_formats = {"", "0.0%", "#,##0", "#,##0"};
    return sheet;
}

// The score tree, index first; areas and the index in bold, criteria indented by depth.
OfficeSheet score_sheet(const PeriodicReport& report) {
    OfficeSheet sheet;
    sheet.name = text(Label::word_points);
    sheet.headers = {text(Label::word_code),       text(Label::word_title),
                     text(Label::word_max_points), text(Label::word_now),
                     text(Label::word_projected),  text(Label::word_last_year)};
    for (const ReportScoreRow& score : report.scores) {
        const OfficeFont font = score.depth == 0 ? OfficeFont::bold : OfficeFont::regular;
        OfficeCell title = cell(score.title, font);
        title.indent = score.depth;
        sheet.rows.push_back({cell(score.code, font), std::move(title),
                              number(score.max_points, font), number(score.now, font),
                              number(score.projected, font), number(score.last_year, font)});
    }
    sheet.column_widths = {8, 60, 10, 10, 10, 10};
    sheet.number_formats = {"", "", "0.00", "0.00", "0.00", "0.00"};
    return sheet;
}

}  // namespace

Result<std::string> render_periodic_report_xlsx(const PeriodicReport& report) {
    return write_xlsx({summary_sheet(report), plan_sheet(report), progress_sheet(report),
                       indicator_sheet(report), score_sheet(report)});
}

}  // namespace parindex
