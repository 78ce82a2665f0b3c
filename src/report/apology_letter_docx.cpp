#include "report/apology_letter_docx.hpp"

#include <cstdio>
#include <string_view>

#include "report/docx_document.hpp"
#include "report/official_layout.hpp"

namespace parindex {

namespace {

constexpr int k_paragraph_gap = 120;  // 6 pt

std::string two_digits(int number) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", number);
    return buffer;
}

std::string label(Label id) {
    return std::string(label_text(id));
}

void add_letter(DocxDocument& document, const LetterIssuer& issuer, const std::string& office,
                const ApologyLetter& letter) {
    // The letter writes both day and month with two digits, as the service centres' forms do.
    const std::string place_and_date =
        format_label(Label::letter_place_date,
                     {issuer.place, two_digits(letter.issued.day()),
                      two_digits(letter.issued.month()), std::to_string(letter.issued.year())});
    add_official_header(document,
                        OfficialHeader{issuer.authority, issuer.office, "", place_and_date});
    add_official_title(document, label(Label::letter_apology_title), "");

    DocxParagraphStyle addressee_style = official_centred_style();
    addressee_style.space_after = 2 * k_paragraph_gap;
    const std::string applicant =
        letter.applicant.empty() ? label(Label::letter_blank_name) : letter.applicant;
    document.add_paragraph({DocxRun{format_label(Label::letter_addressee, {applicant})}},
                           addressee_style);

    const std::vector<std::string> body = {
        format_label(Label::letter_apology_received,
                     {letter.received.to_dmy(), office, letter.dossier_code, letter.procedure_name,
                      letter.unit_name, letter.due.to_dmy()}),
        format_label(Label::letter_apology_reason, {official_sentence(letter.reason)}),
        format_label(Label::letter_apology_regret, {office}),
        format_label(Label::letter_apology_new_date, {letter.new_due.to_dmy()}),
        label(Label::letter_apology_thanks),
    };
    for (const std::string& paragraph : body) {
        document.add_paragraph(official_body_paragraph(paragraph));
    }

    add_official_signature(
        document,
        {label(Label::letter_recipient_addressee), label(Label::letter_recipient_archive)},
        OfficialSignature{"", issuer.signer_title, label(Label::letter_sign_hint),
                          issuer.signer_name});
}

}  // namespace

Result<std::string> render_apology_letters(const LetterIssuer& issuer,
                                           const std::vector<ApologyLetter>& letters) {
    if (letters.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_no_letters);
    }
    const std::string office = official_sentence_case(issuer.office);
    DocxDocument document(label(Label::letter_apology_title));
    for (std::size_t i = 0; i < letters.size(); ++i) {
        if (i > 0) {
            document.add_page_break();
        }
        add_letter(document, issuer, office, letters[i]);
    }
    return document.to_docx_bytes();
}

}  // namespace parindex
