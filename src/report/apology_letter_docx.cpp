#include "report/apology_letter_docx.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "core/text.hpp"
#include "report/docx_document.hpp"

namespace parindex {

namespace {

// Font sizes of Nghị định 30/2020, Phụ lục I.
constexpr double k_header_points = 13;
constexpr double k_motto_points = 14;
constexpr double k_recipients_title_points = 12;
constexpr double k_recipients_points = 11;

constexpr int k_issuer_column = 3600;  // twips; the motto column takes the rest of the width
constexpr int k_recipients_column = 4200;
constexpr int k_issuer_rule_indent = 1150;  // the short rule under the office: ~1/3 of the cell
constexpr int k_body_indent = mm_to_twips(10);
constexpr int k_paragraph_gap = 120;  // 6 pt between paragraphs
constexpr int k_signature_blank_lines = 4;

// --- Upper case to lower case, for the office's name inside a sentence ---

std::u32string decode_utf8(std::string_view text) {
    std::u32string result;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t code = length == 1   ? lead
                        : length == 2 ? lead & 0x1Fu
                        : length == 3 ? lead & 0x0Fu
                                      : lead & 0x07u;
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        result += code;
        i += length;
    }
    return result;
}

std::string encode_utf8(std::u32string_view text) {
    std::string result;
    for (const char32_t code : text) {
        if (code < 0x80) {
            result += static_cast<char>(code);
        } else if (code < 0x800) {
            result += static_cast<char>(0xC0 | (code >> 6));
            result += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            result += static_cast<char>(0xE0 | (code >> 12));
            result += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            result += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            result += static_cast<char>(0xF0 | (code >> 18));
            result += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            result += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            result += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return result;
}

// Lower case of the Latin letters Vietnamese writes (precomposed, as NFC leaves them).
char32_t to_lower(char32_t code) {
    const bool even = code % 2 == 0;
    if ((code >= U'A' && code <= U'Z') || (code >= 0xC0 && code <= 0xDE && code != 0xD7)) {
        return code + 0x20;
    }
    if (((code >= 0x100 && code <= 0x137) || (code >= 0x14A && code <= 0x177) ||
         (code >= 0x1E00 && code <= 0x1E95) || (code >= 0x1EA0 && code <= 0x1EFF)) &&
        even) {
        return code + 1;  // Ă Đ Ĩ Ũ and the letters with tone marks: upper even, lower odd
    }
    if (((code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E)) && !even) {
        return code + 1;
    }
    if (code == 0x1A0 || code == 0x1AF) {  // Ơ Ư
        return code + 1;
    }
    return code;
}

bool is_consonant(char32_t lower) {
    if (lower == 0x111) {  // đ
        return true;
    }
    return lower >= U'a' && lower <= U'z' &&
           std::u32string_view(U"aeiouy").find(lower) == std::u32string_view::npos;
}

// An abbreviation such as UBND or HĐND: no vowel, or two consonants side by side that no
// Vietnamese syllable puts together (ch, gh, kh, ng, nh, ph, th, tr are syllable parts).
bool is_abbreviation(std::u32string_view lower_word) {
    constexpr std::u32string_view k_pairs[] = {U"ch", U"gh", U"kh", U"ng",
                                               U"nh", U"ph", U"th", U"tr"};
    bool has_vowel = false;
    char32_t previous = 0;
    for (const char32_t code : lower_word) {
        const bool letter = is_consonant(code) || code > 0x7F ||
                            std::u32string_view(U"aeiouy").find(code) != std::u32string_view::npos;
        if (!letter) {
            previous = 0;
            continue;
        }
        if (!is_consonant(code)) {
            has_vowel = true;
        } else if (previous != 0 && is_consonant(previous)) {
            const char32_t pair[] = {previous, code};
            bool known = false;
            for (const std::u32string_view known_pair : k_pairs) {
                known = known || known_pair == std::u32string_view(pair, 2);
            }
            if (!known) {
                return true;
            }
        }
        previous = code;
    }
    return !has_vowel;
}

bool is_lower(char32_t code) {
    return (code >= 0x20 && to_lower(code - 0x20) == code) ||
           (code >= 1 && to_lower(code - 1) == code);
}

char32_t to_upper(char32_t code) {
    if (!is_lower(code)) {
        return code;
    }
    return code >= 0x20 && to_lower(code - 0x20) == code ? code - 0x20 : code - 1;
}

// "Ủy ban nhân dân" -> "ỦY BAN NHÂN DÂN", for the names in the header block.
std::string upper_case(std::string_view text) {
    std::u32string result = decode_utf8(to_nfc(text));
    for (char32_t& code : result) {
        code = to_upper(code);
    }
    return encode_utf8(result);
}

// "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" as it reads inside a sentence: "Trung tâm phục vụ hành
// chính công"; abbreviations (UBND) stay. A name with any lower-case letter is kept as written.
std::string sentence_case(std::string_view name) {
    const std::u32string text = decode_utf8(to_nfc(name));
    for (const char32_t code : text) {
        if (is_lower(code)) {
            return std::string(name);
        }
    }
    std::u32string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(U' ', start), text.size());
        std::u32string word = text.substr(start, end - start);
        std::u32string lower_word;
        for (const char32_t code : word) {
            lower_word += to_lower(code);
        }
        result += is_abbreviation(lower_word) ? word : lower_word;
        if (end < text.size()) {
            result += U' ';
        }
        start = end + 1;
    }
    return capitalize_first(encode_utf8(result));
}

// --- The letter ---

std::string two_digits(int number) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", number);
    return buffer;
}

DocxParagraphStyle centred() {
    DocxParagraphStyle style;
    style.alignment = DocxAlignment::center;
    return style;
}

DocxParagraphStyle body_style() {
    DocxParagraphStyle style;
    style.alignment = DocxAlignment::both;
    style.first_line_indent = k_body_indent;
    style.space_after = k_paragraph_gap;
    return style;
}

DocxRun text_run(std::string text) {
    return DocxRun{std::move(text)};
}

DocxRun bold_run(std::string text, double points = 0) {
    DocxRun run{std::move(text)};
    run.bold = true;
    run.points = points;
    return run;
}

DocxRun italic_run(std::string text, double points = 0) {
    DocxRun run{std::move(text)};
    run.italic = true;
    run.points = points;
    return run;
}

std::string label(Label id) {
    return std::string(label_text(id));
}

// The reason ends the sentence "... vì lý do sau: {reason}": give it a full stop.
std::string as_sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.pop_back();
    }
    if (!text.empty() && std::string_view(".!?;:").find(text.back()) == std::string_view::npos &&
        !text.ends_with("…")) {
        text += '.';
    }
    return text;
}

void add_header(DocxDocument& document, const LetterIssuer& issuer) {
    DocxCell issuer_cell;
    DocxRun authority{upper_case(issuer.authority)};
    authority.points = k_header_points;
    issuer_cell.push_back(DocxParagraph{{authority}, centred()});
    issuer_cell.push_back(
        DocxParagraph{{bold_run(upper_case(issuer.office), k_header_points)}, centred()});
    DocxParagraphStyle rule = centred();
    rule.left_indent = k_issuer_rule_indent;
    rule.right_indent = k_issuer_rule_indent;
    rule.border = DocxBorder::top;
    rule.mark_points = 4;
    issuer_cell.push_back(DocxParagraph{{}, rule});

    DocxCell motto_cell;
    motto_cell.push_back(
        DocxParagraph{{bold_run(label(Label::letter_country), k_header_points)}, centred()});
    DocxRun motto = bold_run(label(Label::letter_motto), k_motto_points);
    motto.underline = true;
    motto_cell.push_back(DocxParagraph{{motto}, centred()});

    const int width = document.page().text_width();
    document.add_layout_table({k_issuer_column, width - k_issuer_column},
                              {{issuer_cell, motto_cell}});
}

void add_signature(DocxDocument& document, const LetterIssuer& issuer) {
    DocxCell recipients;
    DocxRun recipients_title = bold_run(label(Label::letter_recipients), k_recipients_title_points);
    recipients_title.italic = true;
    recipients.push_back(DocxParagraph{{recipients_title}, {}});
    for (const Label line : {Label::letter_recipient_addressee, Label::letter_recipient_archive}) {
        DocxRun run{label(line)};
        run.points = k_recipients_points;
        recipients.push_back(DocxParagraph{{run}, {}});
    }

    DocxCell signer;
    signer.push_back(DocxParagraph{{bold_run(upper_case(issuer.signer_title))}, centred()});
    signer.push_back(DocxParagraph{{italic_run(label(Label::letter_sign_hint))}, centred()});
    for (int line = 0; line < k_signature_blank_lines; ++line) {
        signer.push_back(DocxParagraph{{}, centred()});
    }
    if (!issuer.signer_name.empty()) {
        signer.push_back(DocxParagraph{{bold_run(issuer.signer_name)}, centred()});
    }

    const int width = document.page().text_width();
    document.add_layout_table({k_recipients_column, width - k_recipients_column},
                              {{recipients, signer}});
}

void add_letter(DocxDocument& document, const LetterIssuer& issuer, const std::string& office,
                const ApologyLetter& letter) {
    add_header(document, issuer);

    DocxParagraphStyle date_style;
    date_style.alignment = DocxAlignment::right;
    date_style.space_before = 2 * k_paragraph_gap;
    document.add_paragraph({italic_run(format_label(Label::letter_place_date,
                                                    {issuer.place, two_digits(letter.issued.day()),
                                                     two_digits(letter.issued.month()),
                                                     std::to_string(letter.issued.year())}))},
                           date_style);

    DocxParagraphStyle title_style = centred();
    title_style.space_before = 3 * k_paragraph_gap;
    title_style.space_after = 2 * k_paragraph_gap;
    document.add_paragraph({bold_run(label(Label::letter_apology_title))}, title_style);

    DocxParagraphStyle addressee_style = centred();
    addressee_style.space_after = 2 * k_paragraph_gap;
    const std::string applicant =
        letter.applicant.empty() ? label(Label::letter_blank_name) : letter.applicant;
    document.add_paragraph({text_run(format_label(Label::letter_addressee, {applicant}))},
                           addressee_style);

    const std::vector<std::string> body = {
        format_label(Label::letter_apology_received,
                     {letter.received.to_dmy(), office, letter.dossier_code, letter.procedure_name,
                      letter.unit_name, letter.due.to_dmy()}),
        format_label(Label::letter_apology_reason, {as_sentence(letter.reason)}),
        format_label(Label::letter_apology_regret, {office}),
        format_label(Label::letter_apology_new_date, {letter.new_due.to_dmy()}),
        label(Label::letter_apology_thanks),
    };
    for (const std::string& paragraph : body) {
        document.add_paragraph({text_run(paragraph)}, body_style());
    }

    document.add_empty_paragraph();
    add_signature(document, issuer);
}

}  // namespace

Result<std::string> render_apology_letters(const LetterIssuer& issuer,
                                           const std::vector<ApologyLetter>& letters) {
    if (letters.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_no_letters);
    }
    const std::string office = sentence_case(issuer.office);
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
