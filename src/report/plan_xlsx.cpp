#include "report/plan_xlsx.hpp"

#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

constexpr int k_columns = 6;  // STT, title, requirement, deadline, lead, coordinating

std::string text(Label label) {
    return std::string(label_text(label));
}

OfficeCell cell(std::string value, OfficeFont font = OfficeFont::regular) {
    return OfficeCell{std::move(value), {}, font};
}

// The names of a task's units, one per line: the importer splits a cell on new lines, and a
// name may hold commas ("Phòng Kinh tế, Hạ tầng và Đô thị").
std::string unit_lines(const PlanPrint& print, const std::vector<std::string>& keys) {
    std::string lines;
    for (const std::string& key : keys) {
        if (!lines.empty()) {
            lines += '\n';
        }
        const auto name = print.unit_names.find(key);
        lines += name == print.unit_names.end() ? key : name->second;
    }
    return lines;
}

// "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/09/2025 của UBND phường Bắc Kạn)"
std::string attached_line(const PlanPrint& print) {
    const PlanInfo& info = print.plan->info;
    const std::string& issuer =
        info.issuing_body.empty() ? print.settings.issuer : info.issuing_body;
    if (info.number.empty()) {
        return format_label(Label::workbook_plan_attached_draft, {issuer});
    }
    std::string number = info.number;
    if (info.issued_on) {
        number += ' ' + format_label(Label::plan_issued, {info.issued_on->to_dmy()});
    }
    return format_label(Label::workbook_plan_attached, {number, issuer});
}

std::vector<OfficeCell> node_row(const PlanPrint& print, const PlanNode& node) {
    switch (node.kind) {
        case NodeKind::area: {
            OfficeCell title = cell(node.title, OfficeFont::bold);
            title.column_span = k_columns - 1;
            return {cell(node.code, OfficeFont::bold), title};
        }
        case NodeKind::group:
            return {cell(node.code, OfficeFont::bold), cell(node.title, OfficeFont::bold)};
        case NodeKind::task:
            break;
    }
    std::string deadline = node.deadline_text;
    if (deadline.empty() && node.deadline) {
        deadline = describe_deadline(*node.deadline);
    }
    return {cell(node.code),
            cell(node.title),
            cell(node.requirement),
            cell(std::move(deadline)),
            cell(unit_lines(print, node.lead_units)),
            cell(unit_lines(print, node.coordinating_units))};
}

OfficeSheet appendix_sheet(const PlanPrint& print) {
    const Plan& plan = *print.plan;
    const std::string year = std::to_string(plan.info.year);
    OfficeSheet sheet;
    sheet.name = text(Label::workbook_plan_sheet);
    sheet.title = text(Label::workbook_plan_appendix);
    const std::string heading = collapse_whitespace(format_label(
        Label::workbook_plan_heading, {to_upper_case(print.settings.ward_name), year}));
    sheet.subtitles = {cell(heading, OfficeFont::bold),
                       cell(attached_line(print), OfficeFont::italic), cell({})};
    sheet.title_alignment = OfficeAlignment::center;

    // The seed's two header rows: the first four cells stand over both, "Phân công nhiệm vụ"
    // over the two unit columns.
    auto spanning_rows = [](std::string value) {
        OfficeCell header = cell(std::move(value));
        header.row_span = 2;
        return header;
    };
    OfficeCell assignment = cell(text(Label::workbook_plan_assignment));
    assignment.column_span = 2;
    sheet.header_rows = {{spanning_rows(text(Label::word_number)),
                          spanning_rows(text(Label::word_title)),
                          spanning_rows(format_label(Label::workbook_plan_requirement, {year})),
                          spanning_rows(text(Label::word_deadline)), assignment}};
    sheet.headers = {text(Label::word_lead), text(Label::word_coordinating)};

    for (const PlanNode& node : plan.nodes) {
        sheet.rows.push_back(node_row(print, node));
    }
    sheet.column_widths = {8, 45, 45, 18, 28, 28};
    sheet.orientation = OfficeOrientation::landscape;
    return sheet;
}

}  // namespace

Result<std::string> render_plan_xlsx(const PlanPrint& print) {
    return write_xlsx({appendix_sheet(print)});
}

}  // namespace parindex
