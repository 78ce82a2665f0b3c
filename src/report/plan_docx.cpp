#include "report/plan_docx.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "core/text_lines.hpp"
#include "report/docx_document.hpp"
#include "report/official_layout.hpp"

namespace parindex {

namespace {

constexpr int k_heading_length = 100;  // bytes: a numbered line longer than this is a paragraph

// The seed's appendix columns on landscape A4 (14286 twips of text width).
constexpr int k_column_code = 850;
constexpr int k_column_title = 4000;
constexpr int k_column_requirement = 3600;
constexpr int k_column_deadline = 1836;
constexpr int k_column_lead = 2000;
constexpr int k_column_coordinating = 2000;
constexpr int k_columns_after_code = 5;

std::string label(Label id) {
    return std::string(label_text(id));
}

std::string issuer_of(const PlanPrint& print) {
    return print.settings.issuer.empty() ? print.plan->info.issuing_body : print.settings.issuer;
}

// "Số: 15/KH-UBND", or "Số:      /KH-UBND" while the plan has no number.
std::string number_of(const PlanInfo& info) {
    if (!info.number.empty()) {
        return info.number;
    }
    return std::string(k_official_blank_number) + "/" + label(Label::plan_docx_symbol);
}

std::string place_and_date_of(const PlanPrint& print) {
    const PlanInfo& info = print.plan->info;
    if (!info.place_and_date.empty()) {
        return info.place_and_date;
    }
    if (info.issued_on.has_value()) {
        return official_place_and_date(print.settings.place, *info.issued_on);
    }
    return format_label(Label::plan_docx_blank_date,
                        {print.settings.place, std::to_string(info.year)});
}

// "I. MỤC ĐÍCH, YÊU CẦU" and "1. Mục đích" are headings; "1. Tiếp tục triển khai ... ." is a
// numbered paragraph.
bool is_roman_heading(std::string_view line) {
    const std::size_t dot = line.find(". ");
    return dot != std::string_view::npos && dot > 0 &&
           line.substr(0, dot).find_first_not_of("IVXL") == std::string_view::npos;
}

bool is_numbered_heading(std::string_view line) {
    const std::size_t dot = line.find(". ");
    return dot != std::string_view::npos && dot > 0 &&
           line.substr(0, dot).find_first_not_of("0123456789") == std::string_view::npos &&
           line.size() <= k_heading_length &&
           std::string_view(".;:").find(line.back()) == std::string_view::npos;
}

void add_body(DocxDocument& document, const PlanInfo& info) {
    for (std::string& line : non_blank_lines(info.body)) {
        if (is_roman_heading(line) || is_numbered_heading(line)) {
            document.add_paragraph(official_heading(std::move(line)));
        } else {
            document.add_paragraph(official_body_paragraph(std::move(line)));
        }
    }
}

void add_signature(DocxDocument& document, const PlanPrint& print) {
    const PlanInfo& info = print.plan->info;
    const DocumentSettings& settings = print.settings;
    const std::vector<std::string> recipients =
        info.recipients.empty() ? official_recipient_lines(settings.recipients) : info.recipients;
    const OfficialSignature signature =
        info.signer_title.empty()
            ? OfficialSignature{settings.signer_authority, settings.signer_title, "",
                                settings.signer_name}
            : OfficialSignature{"", info.signer_title, "", info.signer_name};
    add_official_signature(document, recipients, signature);
}

// --- The appendix ---

DocxTableCell header_cell(Label heading, const std::vector<std::string>& args = {}) {
    DocxTableCell cell =
        official_table_cell(format_label(heading, args), true, DocxAlignment::center);
    cell.vertical = DocxCellAlignment::center;
    return cell;
}

std::vector<DocxTableRow> header_rows(int year) {
    DocxTableRow first;
    first.role = DocxRowRole::header;
    first.cells = {header_cell(Label::word_number), header_cell(Label::word_title),
                   header_cell(Label::plan_docx_column_requirement, {std::to_string(year)}),
                   header_cell(Label::word_deadline),
                   header_cell(Label::plan_docx_column_assignment)};
    for (std::size_t i = 0; i < 4; ++i) {
        first.cells[i].merge = DocxVerticalMerge::restart;
    }
    first.cells[4].span = 2;

    DocxTableRow second;
    second.role = DocxRowRole::header;
    for (std::size_t i = 0; i < 4; ++i) {
        DocxTableCell merged;
        merged.merge = DocxVerticalMerge::continue_merge;
        second.cells.push_back(merged);
    }
    second.cells.push_back(header_cell(Label::word_lead));
    second.cells.push_back(header_cell(Label::word_coordinating));
    return {first, second};
}

std::vector<std::string> unit_names(const PlanPrint& print, const std::vector<std::string>& keys) {
    std::vector<std::string> names;
    for (const std::string& key : keys) {
        const auto found = print.unit_names.find(key);
        names.push_back(found == print.unit_names.end() ? key : found->second);
    }
    return names;
}

DocxTableRow node_row(const PlanPrint& print, const PlanNode& node) {
    DocxTableRow row;
    switch (node.kind) {
        case NodeKind::area: {
            const std::string code = node.code.ends_with('.') ? node.code : node.code + ".";
            DocxTableCell title = official_table_cell(node.title, true);
            title.span = k_columns_after_code;
            row.cells = {official_table_cell(code, true, DocxAlignment::center), title};
            break;
        }
        case NodeKind::group:
            row.cells = {official_table_cell(node.code, true, DocxAlignment::center),
                         official_table_cell(node.title, true)};
            break;
        case NodeKind::task:
            row.cells = {official_table_cell(node.code, false, DocxAlignment::center),
                         official_table_cell(node.title),
                         official_lines_cell(split_lines(node.requirement)),
                         official_table_cell(node.deadline_text),
                         official_lines_cell(unit_names(print, node.lead_units)),
                         official_lines_cell(unit_names(print, node.coordinating_units))};
            break;
    }
    return row;
}

void add_appendix(DocxDocument& document, const PlanPrint& print) {
    const PlanInfo& info = print.plan->info;
    document.add_section_break(document.page().landscape());

    const DocxParagraphStyle centred = official_centred_style();
    const auto bold_line = [&](std::string text) {
        DocxRun run{std::move(text)};
        run.bold = true;
        document.add_paragraph({run}, centred);
    };
    bold_line(label(Label::layout_appendix));
    bold_line(label(Label::plan_docx_appendix_title));
    bold_line(official_upper_case(
        collapse_whitespace(format_label(Label::plan_docx_appendix_subtitle,
                                         {print.settings.ward_name, std::to_string(info.year)}))));

    const std::string date = info.issued_on.has_value()
                                 ? info.issued_on->to_dmy()
                                 : std::string(k_official_blank_number) + "/" +
                                       std::string(k_official_blank_number) + "/" +
                                       std::to_string(info.year);
    const std::string issuer =
        info.issuing_body.empty() ? official_sentence_case(issuer_of(print)) : info.issuing_body;
    DocxRun reference{
        format_label(Label::plan_docx_appendix_reference, {number_of(info), date, issuer})};
    reference.italic = true;
    DocxParagraphStyle reference_style = centred;
    reference_style.space_after = 240;
    document.add_paragraph({reference}, reference_style);

    DocxTable table;
    table.column_widths = {k_column_code,     k_column_title, k_column_requirement,
                           k_column_deadline, k_column_lead,  k_column_coordinating};
    table.rows = header_rows(info.year);
    for (const PlanNode& node : print.plan->nodes) {
        table.rows.push_back(node_row(print, node));
    }
    document.add_table(table);
}

}  // namespace

Result<std::string> render_plan_docx(const PlanPrint& print) {
    if (print.plan == nullptr) {
        return fail(ErrorCode::not_found, Label::error_no_plan);
    }
    const PlanInfo& info = print.plan->info;
    DocxDocument document(info.title.empty() ? label(Label::plan_docx_kind) : info.title);

    add_official_header(
        document,
        OfficialHeader{"", issuer_of(print), format_label(Label::layout_number, {number_of(info)}),
                       place_and_date_of(print)});
    add_official_title(document, label(Label::plan_docx_kind), info.title);
    add_body(document, info);
    add_signature(document, print);
    add_appendix(document, print);
    return document.to_docx_bytes();
}

}  // namespace parindex
