#pragma once
// Who issues the ward's documents and to whom they go: the data every report and regenerated plan
// prints in its Decree 30 frame (issuer block, number, place, signature, "Nơi nhận"). Stored per
// ward and edited by the coordinator; until then it is read off the imported plan.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/plan.hpp"

namespace parindex {

struct DocumentSettings {
    std::string ward_name;      // "phường Bắc Kạn", as it reads inside a sentence
    std::string superior_body;  // "UBND tỉnh Thái Nguyên": reported to, first of "Nơi nhận"
    std::string issuer;         // "Ủy ban nhân dân phường Bắc Kạn" (printed in capitals)
    std::string place;          // "Bắc Kạn" in "Bắc Kạn, ngày 05 tháng 10 năm 2025"
    std::string report_symbol;  // "BC-UBND": the number reads "Số: {number}/{symbol}"
    std::string report_number;  // empty: left blank for the clerk ("Số:      /BC-UBND")
    std::string signer_authority;         // "TM. ỦY BAN NHÂN DÂN"; may be empty
    std::string signer_title;             // "CHỦ TỊCH"
    std::string signer_name;              // may be empty: signed by hand
    std::vector<std::string> recipients;  // "Như trên;", "Lưu: VT, VHXH." ("- " added in print)

    friend bool operator==(const DocumentSettings&, const DocumentSettings&) = default;
};

// The text fields by the name forms, files and messages use ("issuer", "signer_title", ...), in
// the order a form shows them; the recipients are the one list beside them.
struct DocumentSettingsField {
    std::string_view name;
    std::string DocumentSettings::*member;
};
[[nodiscard]] const std::vector<DocumentSettingsField>& document_settings_fields();

// What a ward's documents carry before anyone edits the settings, read off its plan: the issuer
// and place from the plan's issuing body and place-and-date line, the signer from its signature.
[[nodiscard]] DocumentSettings default_document_settings(const PlanInfo& info);

// The problems of settings a person sent, each naming its field ("issuer", "signer_title",
// "recipients[2]", ...): required text missing, a line too long to print, a symbol that is not
// of the form "BC-UBND". Empty when the settings can be stored.
[[nodiscard]] std::vector<Diagnostic> check_document_settings(const DocumentSettings& settings);

}  // namespace parindex
