#include "report/periodic_report_docx.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "core/decimal.hpp"
#include "core/text.hpp"
#include "domain/scoring_rule.hpp"
#include "domain/target.hpp"
#include "report/docx_document.hpp"
#include "report/official_layout.hpp"

namespace parindex {

namespace {

// The appendix table's columns on landscape A4 (14286 twips of text width).
constexpr int k_column_code = 850;
constexpr int k_column_task = 4250;
constexpr int k_column_targets = 2300;
constexpr int k_column_result = 3300;
constexpr int k_column_status = 1586;
constexpr int k_column_lead = 2000;

std::string label(Label id) {
    return std::string(label_text(id));
}

// "Quý III/2025" as it reads inside a sentence: "quý III/2025".
std::string period_in_sentence(const Period& period) {
    const std::string text = period.label();
    const std::size_t space = text.find(' ');
    const std::size_t end = space == std::string::npos ? text.size() : space;
    return to_lower_case(std::string_view(text).substr(0, end)) + text.substr(end);
}

// The issuer inside a sentence ("Ủy ban nhân dân phường Bắc Kạn"); the ward when none is set.
std::string issuer_in_sentence(const DocumentSettings& settings) {
    if (settings.issuer.empty()) {
        return capitalize_first(settings.ward_name);
    }
    return official_sentence_case(settings.issuer);
}

// "12/BC-UBND", or "     /BC-UBND" with the number left blank.
std::string number_and_symbol(const DocumentSettings& settings) {
    const std::string number = settings.report_number.empty() ? std::string(k_official_blank_number)
                                                              : settings.report_number;
    return number + "/" + settings.report_symbol;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (part.empty()) {
            continue;
        }
        if (!text.empty()) {
            text += separator;
        }
        text += part;
    }
    return text;
}

// A title followed by ": …": its own full stop would read ".:".
std::string title_before_colon(std::string title) {
    while (!title.empty() && (title.back() == '.' || title.back() == ' ')) {
        title.pop_back();
    }
    return title;
}

// Text a person wrote, on one line, ending a sentence.
std::string as_sentence(const std::string& text) {
    return official_sentence(collapse_whitespace(text));
}

std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= names.size()) {
        const std::size_t end = std::min(names.find(';', start), names.size());
        std::string part = collapse_whitespace(names.substr(start, end - start));
        if (!part.empty()) {
            parts.push_back(std::move(part));
        }
        start = end + 1;
    }
    return parts;
}

// "≥ 90%: đạt 86,4% (chưa đạt chỉ tiêu)".
std::string target_result(const ReportTarget& target) {
    if (!target.measured.has_value() && target.measured_text.empty()) {
        return format_label(Label::periodic_docx_target_no_value, {target.required});
    }
    const std::string measured =
        target.measured_text.empty() ? format_decimal(*target.measured) : target.measured_text;
    std::string text = format_label(Label::periodic_docx_target_value, {target.required, measured});
    if (target.automatic) {
        text += " " + label(Label::periodic_docx_target_automatic);
    }
    if (target.met.has_value()) {
        text += " " + label(*target.met ? Label::periodic_docx_target_met
                                        : Label::periodic_docx_target_unmet);
    }
    return text;
}

std::string area_progress(const ReportArea& area) {
    std::vector<std::string> clauses = {
        format_label(Label::periodic_docx_area_done,
                     {std::to_string(area.done), std::to_string(area.tasks.size())})};
    if (area.points_now.has_value() && area.max_points.has_value()) {
        clauses.push_back(
            format_label(Label::periodic_docx_area_points_now,
                         {format_points(*area.points_now), format_points(*area.max_points)}));
    } else if (area.max_points.has_value()) {
        clauses.push_back(
            format_label(Label::periodic_docx_area_points_max, {format_points(*area.max_points)}));
    }
    if (area.points_projected.has_value()) {
        clauses.push_back(format_label(Label::periodic_docx_area_points_projected,
                                       {format_points(*area.points_projected)}));
    }
    return joined(clauses, "; ");
}

// "1. Công tác chỉ đạo, điều hành": area titles are often written in capitals.
std::string area_heading(std::size_t number, const ReportArea& area) {
    return std::to_string(number) + ". " + official_sentence_case(area.title);
}

DocxRun bold(std::string text) {
    DocxRun run{std::move(text)};
    run.bold = true;
    return run;
}

// --- The body ---

void add_opening(DocxDocument& document, const PeriodicReport& report) {
    const std::string issuer = issuer_in_sentence(report.settings);
    const std::string period = period_in_sentence(report.period);
    if (report.plan_reference.empty()) {
        document.add_paragraph(official_body_paragraph(
            format_label(Label::periodic_docx_opening_no_plan, {issuer, period})));
        return;
    }
    document.add_paragraph(official_body_paragraph(
        format_label(Label::periodic_docx_opening, {report.plan_reference, issuer, period})));
}

std::string index_sentence(const PeriodicReport& report) {
    const ReportSummary& summary = report.summary;
    std::vector<std::string> clauses;
    if (summary.index_now.has_value()) {
        clauses.push_back(format_label(Label::periodic_docx_index_now,
                                       {report.as_of.to_dmy(), format_points(*summary.index_now)}));
    }
    if (summary.index_projected.has_value()) {
        clauses.push_back(format_label(
            Label::periodic_docx_index_projected,
            {std::to_string(report.plan_year), format_points(*summary.index_projected)}));
    }
    if (summary.index_last_year.has_value()) {
        clauses.push_back(format_label(
            Label::periodic_docx_index_last_year,
            {std::to_string(report.plan_year - 1), format_points(*summary.index_last_year)}));
    }
    if (clauses.empty()) {
        return {};
    }
    std::string text = joined(clauses, "; ");
    if (summary.template_methodology) {
        text += " " + label(Label::periodic_docx_template_note);
    }
    text += ".";
    if (!summary.index_now_formula.empty()) {
        text += " " + format_label(Label::periodic_docx_index_formula, {summary.index_now_formula});
    }
    return format_label(Label::periodic_docx_index, {text});
}

void add_general_results(DocxDocument& document, const PeriodicReport& report) {
    const ReportSummary& summary = report.summary;
    document.add_paragraph(official_heading(label(Label::periodic_docx_section_general)));
    std::vector<std::string> points = {format_label(
        Label::periodic_docx_tasks,
        {std::to_string(summary.tasks), std::to_string(summary.done_on_time + summary.done_late),
         std::to_string(summary.done_on_time), std::to_string(summary.done_late),
         std::to_string(summary.open_in_time), std::to_string(summary.open_overdue)})};
    if (summary.targets > 0) {
        const int unknown = summary.targets - summary.targets_met - summary.targets_unmet;
        points.push_back(
            format_label(Label::periodic_docx_targets,
                         {std::to_string(summary.targets), std::to_string(summary.targets_met),
                          std::to_string(summary.targets_unmet), std::to_string(unknown)}));
    }
    if (std::string index = index_sentence(report); !index.empty()) {
        points.push_back(std::move(index));
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        document.add_paragraph(official_body_paragraph(std::to_string(i + 1) + ". " + points[i]));
    }
}

void add_task(DocxDocument& document, const ReportTask& task) {
    std::vector<std::string> parts = {std::string(label_text(official_status_label(task.status))) +
                                      "."};
    std::vector<std::string> results;
    for (const ReportTarget& target : task.targets) {
        results.push_back(target_result(target));
    }
    if (!results.empty()) {
        parts.push_back(format_label(Label::periodic_docx_task_targets, {joined(results, "; ")}));
    }
    parts.push_back(as_sentence(task.narrative));
    document.add_paragraph({bold(task.code + ". " + title_before_colon(task.title)),
                            DocxRun{": " + joined(parts, " ")}},
                           official_body_style());
}

void add_indicators(DocxDocument& document, const PeriodicReport& report, std::size_t number) {
    document.add_paragraph(
        official_heading(std::to_string(number) + ". " +
                         format_label(Label::periodic_docx_indicators, {report.indicator_range})));
    for (const ReportIndicator& indicator : report.indicators) {
        if (!indicator.percent.has_value()) {
            document.add_paragraph(official_body_paragraph(
                format_label(Label::periodic_docx_indicator_none, {indicator.name})));
            continue;
        }
        document.add_paragraph(official_body_paragraph(format_label(
            Label::periodic_docx_indicator_value,
            {indicator.name, format_quantity(*indicator.percent, "%"),
             format_count(indicator.numerator), format_count(indicator.denominator)})));
    }
}

void add_area_results(DocxDocument& document, const PeriodicReport& report) {
    document.add_paragraph(official_heading(label(Label::periodic_docx_section_areas)));
    std::size_t number = 0;
    for (const ReportArea& area : report.areas) {
        document.add_paragraph(official_heading(area_heading(++number, area)));
        document.add_paragraph(
            official_body_paragraph(capitalize_first(area_progress(area)) + "."));
        for (const ReportTask& task : area.tasks) {
            add_task(document, task);
        }
    }
    if (!report.indicators.empty()) {
        add_indicators(document, report, number + 1);
    }
}

void add_unmet(DocxDocument& document, const PeriodicReport& report) {
    document.add_paragraph(official_heading(label(Label::periodic_docx_section_unmet)));
    const std::vector<const ReportTask*> unmet = unmet_tasks(report);
    if (unmet.empty()) {
        document.add_paragraph(official_body_paragraph(
            format_label(Label::periodic_docx_unmet_none, {report.as_of.to_dmy()})));
        return;
    }
    for (const ReportTask* task : unmet) {
        std::vector<std::string> reasons;
        for (const std::string& reason : task->reasons) {
            reasons.push_back(as_sentence(reason));
        }
        if (reasons.empty()) {
            reasons.push_back(label(Label::periodic_docx_unmet_no_reason));
        }
        document.add_paragraph({bold("- " + task->code + ". " + title_before_colon(task->title)),
                                DocxRun{": " + joined(reasons, " ")}},
                               official_body_style());
    }
}

void add_list(DocxDocument& document, Label heading, const std::vector<std::string>& items) {
    document.add_paragraph(official_heading(label(heading)));
    std::size_t written = 0;
    for (const std::string& item : items) {
        if (const std::string text = as_sentence(item); !text.empty()) {
            document.add_paragraph(official_body_paragraph("- " + text));
            ++written;
        }
    }
    if (written == 0) {
        document.add_paragraph(official_body_paragraph(label(Label::periodic_docx_none)));
    }
}

std::vector<std::string> recipients(const DocumentSettings& settings) {
    std::vector<std::string> items;
    if (!settings.superior_body.empty()) {
        items.push_back(format_label(Label::periodic_docx_superior, {settings.superior_body}));
    }
    items.insert(items.end(), settings.recipients.begin(), settings.recipients.end());
    return official_recipient_lines(items);
}

// --- The appendix ---

DocxTableRow header_row() {
    DocxTableRow row;
    row.role = DocxRowRole::header;
    for (const Label heading :
         {Label::word_number, Label::periodic_docx_column_task, Label::word_targets,
          Label::periodic_docx_column_result, Label::word_state, Label::word_lead}) {
        DocxTableCell cell = official_table_cell(label(heading), true, DocxAlignment::center);
        cell.vertical = DocxCellAlignment::center;
        row.cells.push_back(std::move(cell));
    }
    return row;
}

DocxTableRow task_row(const ReportTask& task) {
    std::vector<std::string> required;
    std::vector<std::string> results;
    for (const ReportTarget& target : task.targets) {
        required.push_back(target.required);
        results.push_back(target_result(target));
    }
    if (required.empty() && !task.requirement.empty()) {
        required.push_back(task.requirement);
    }
    if (!task.narrative.empty()) {
        results.push_back(as_sentence(task.narrative));
    }
    DocxTableRow row;
    row.cells = {official_table_cell(task.code, false, DocxAlignment::center),
                 official_table_cell(task.title),
                 official_lines_cell(required),
                 official_lines_cell(results),
                 official_table_cell(std::string(label_text(official_status_label(task.status)))),
                 official_lines_cell(split_names(task.lead_units))};
    return row;
}

void add_appendix(DocxDocument& document, const PeriodicReport& report) {
    document.add_section_break(document.page().landscape());

    const DocxParagraphStyle centred = official_centred_style();
    document.add_paragraph({bold(label(Label::layout_appendix))}, centred);
    document.add_paragraph({bold(official_upper_case(format_label(
                               Label::periodic_docx_appendix_title,
                               {report.settings.ward_name, period_in_sentence(report.period)})))},
                           centred);
    DocxRun reference{format_label(Label::periodic_docx_appendix_reference,
                                   {number_and_symbol(report.settings), report.issued_on.to_dmy(),
                                    issuer_in_sentence(report.settings)})};
    reference.italic = true;
    DocxParagraphStyle reference_style = centred;
    reference_style.space_after = 240;
    document.add_paragraph({reference}, reference_style);

    DocxTable table;
    table.column_widths = {k_column_code,   k_column_task,   k_column_targets,
                           k_column_result, k_column_status, k_column_lead};
    table.rows.push_back(header_row());
    for (const ReportArea& area : report.areas) {
        DocxTableRow area_row;
        DocxTableCell title = official_table_cell(
            official_sentence_case(area.title) + " (" + area_progress(area) + ")", true);
        title.span = 5;
        area_row.cells = {official_table_cell(area.code, true, DocxAlignment::center), title};
        table.rows.push_back(std::move(area_row));
        for (const ReportTask& task : area.tasks) {
            table.rows.push_back(task_row(task));
        }
    }
    document.add_table(table);
}

}  // namespace

Result<std::string> render_periodic_report_docx(const PeriodicReport& report) {
    const DocumentSettings& settings = report.settings;
    const std::string summary = format_label(
        Label::periodic_docx_summary, {settings.ward_name, period_in_sentence(report.period)});
    DocxDocument document(summary);

    add_official_header(
        document, OfficialHeader{"", settings.issuer,
                                 format_label(Label::layout_number, {number_and_symbol(settings)}),
                                 official_place_and_date(settings.place, report.issued_on)});
    add_official_title(document, label(Label::periodic_docx_kind), summary);

    add_opening(document, report);
    add_general_results(document, report);
    add_area_results(document, report);
    add_unmet(document, report);
    add_list(document, Label::periodic_docx_section_obstacles, report.obstacles);
    add_list(document, Label::periodic_docx_section_proposals, report.proposals);
    document.add_paragraph(official_body_paragraph(
        format_label(Label::periodic_docx_closing,
                     {period_in_sentence(report.period), issuer_in_sentence(settings)})));

    add_official_signature(document, recipients(settings),
                           OfficialSignature{settings.signer_authority, settings.signer_title, "",
                                             settings.signer_name});

    add_appendix(document, report);
    return document.to_docx_bytes();
}

}  // namespace parindex
