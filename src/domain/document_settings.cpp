#include "domain/document_settings.hpp"

#include <regex>

#include "core/text.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_ubnd = "UBND ";
constexpr std::string_view k_report_symbol = "BC-UBND";
// A line of the issuer block or "Nơi nhận" that still prints on one line of an A4 page.
constexpr std::size_t k_max_line = 200;

std::string without_dash(std::string line) {
    line = collapse_whitespace(line);
    if (line.starts_with("- ") || line.starts_with("+ ")) {
        line.erase(0, 2);
    }
    while (!line.empty() && (line.back() == ';' || line.back() == '.' || line.back() == ',')) {
        line.pop_back();  // the punctuation comes with the list when printed
    }
    return line;
}

}  // namespace

const std::vector<DocumentSettingsField>& document_settings_fields() {
    static const std::vector<DocumentSettingsField> fields = {
        {"ward_name", &DocumentSettings::ward_name},
        {"superior_body", &DocumentSettings::superior_body},
        {"issuer", &DocumentSettings::issuer},
        {"place", &DocumentSettings::place},
        {"report_symbol", &DocumentSettings::report_symbol},
        {"report_number", &DocumentSettings::report_number},
        {"signer_authority", &DocumentSettings::signer_authority},
        {"signer_title", &DocumentSettings::signer_title},
        {"signer_name", &DocumentSettings::signer_name},
    };
    return fields;
}

DocumentSettings default_document_settings(const PlanInfo& info) {
    DocumentSettings settings;
    const std::string body = collapse_whitespace(info.issuing_body);
    if (body.starts_with(k_ubnd)) {  // "UBND phường Bắc Kạn"
        settings.ward_name = body.substr(k_ubnd.size());
        settings.issuer =
            std::string(label_text(Label::document_people_committee)) + " " + settings.ward_name;
    } else {
        settings.ward_name = body;
        settings.issuer = body;
    }
    settings.place =
        collapse_whitespace(info.place_and_date.substr(0, info.place_and_date.find(',')));
    settings.report_symbol = std::string(k_report_symbol);
    settings.signer_title = info.signer_title;
    // A report is the committee's: its chairman signs on its behalf (a plan may be the chairman's).
    if (body.starts_with(k_ubnd) && fold_for_matching(info.signer_title) == "chu tich") {
        settings.signer_authority = std::string(label_text(Label::document_signer_on_behalf));
    }
    settings.signer_name = info.signer_name;
    for (const std::string& line : info.recipients) {
        std::string recipient = without_dash(line);
        if (!recipient.empty() && !recipient.ends_with(':')) {
            settings.recipients.push_back(std::move(recipient));
        }
    }
    return settings;
}

std::vector<Diagnostic> check_document_settings(const DocumentSettings& settings) {
    std::vector<Diagnostic> problems;
    const auto required = [&](const std::string& text, const char* field) {
        if (collapse_whitespace(text).empty()) {
            problems.push_back(Diagnostic{Label::error_field_required, {field}, {{}, 0, field}});
        }
    };
    const auto short_line = [&](const std::string& text, const std::string& field) {
        if (count_characters(text) > k_max_line) {
            problems.push_back(Diagnostic{
                Label::error_field_too_long, {field, std::to_string(k_max_line)}, {{}, 0, field}});
        }
    };
    required(settings.issuer, "issuer");
    required(settings.ward_name, "ward_name");
    required(settings.place, "place");
    required(settings.report_symbol, "report_symbol");
    required(settings.signer_title, "signer_title");
    static const std::regex k_symbol(R"(^[A-ZĐ]+(-[A-ZĐ0-9]+)+$)");
    if (!settings.report_symbol.empty() && !std::regex_match(settings.report_symbol, k_symbol)) {
        problems.push_back(Diagnostic{
            Label::error_document_symbol, {settings.report_symbol}, {{}, 0, "report_symbol"}});
    }
    for (const auto& [text, field] : {std::pair{&settings.ward_name, "ward_name"},
                                      {&settings.superior_body, "superior_body"},
                                      {&settings.issuer, "issuer"},
                                      {&settings.place, "place"},
                                      {&settings.report_number, "report_number"},
                                      {&settings.signer_authority, "signer_authority"},
                                      {&settings.signer_title, "signer_title"},
                                      {&settings.signer_name, "signer_name"}}) {
        short_line(*text, field);
    }
    for (std::size_t i = 0; i < settings.recipients.size(); ++i) {
        const std::string field = "recipients[" + std::to_string(i) + "]";
        if (collapse_whitespace(settings.recipients[i]).empty()) {
            problems.push_back(Diagnostic{Label::error_field_required, {field}, {{}, 0, field}});
        }
        short_line(settings.recipients[i], field);
    }
    return problems;
}

}  // namespace parindex
