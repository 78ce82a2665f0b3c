#include "report/official_layout.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/labels.hpp"
#include "core/text.hpp"

namespace parindex {

namespace {

constexpr int k_issuer_column = 3600;  // twips; the motto column takes the rest of the width
constexpr int k_recipients_column = 4200;
constexpr int k_issuer_rule_indent = 1150;  // the short rule under the issuer: ~1/3 of the cell
constexpr int k_motto_rule_width = 3650;    // as long as the motto's line
constexpr int k_summary_rule_width = 2400;  // 1/3 to 1/2 of the summary's line
constexpr int k_rule_mark_points = 4;       // an empty paragraph holding a rule: 4 pt high
constexpr int k_rule_gap = 60;              // 3 pt above a rule: clear of the marks below letters
constexpr int k_body_indent = mm_to_twips(10);
constexpr int k_paragraph_gap = 120;  // 6 pt between paragraphs
constexpr int k_signature_blank_lines = 4;

std::string label(Label id) {
    return std::string(label_text(id));
}

DocxRun sized_run(std::string text, double points) {
    DocxRun run{std::move(text)};
    run.points = points;
    return run;
}

DocxRun bold_run(std::string text, double points = 0) {
    DocxRun run = sized_run(std::move(text), points);
    run.bold = true;
    return run;
}

DocxRun italic_run(std::string text, double points = 0) {
    DocxRun run = sized_run(std::move(text), points);
    run.italic = true;
    return run;
}

// An empty paragraph whose top border draws a short centred rule between the indents.
DocxParagraph rule(int indent) {
    DocxParagraphStyle style = official_centred_style();
    style.left_indent = std::max(indent, 0);
    style.right_indent = std::max(indent, 0);
    style.border = DocxBorder::top;
    style.space_before = k_rule_gap;
    style.mark_points = k_rule_mark_points;
    return DocxParagraph{{}, style};
}

// --- Abbreviations, for sentence case ---

constexpr std::string_view k_d_stroke = "đ";

bool is_vowel(char c) {
    return std::string_view("aeiouy").find(c) != std::string_view::npos;
}

bool is_known_pair(char first, char second) {
    constexpr std::array<std::string_view, 8> k_pairs = {"ch", "gh", "kh", "ng",
                                                         "nh", "ph", "th", "tr"};
    const std::array<char, 2> pair = {first, second};
    return std::find(k_pairs.begin(), k_pairs.end(), std::string_view(pair.data(), 2)) !=
           k_pairs.end();
}

// An abbreviation such as UBND or HĐND, given in lower case: no vowel, or two consonants side by
// side that no Vietnamese syllable puts together (ch, gh, kh, ng, nh, ph, th, tr are syllable
// parts). Letters outside ASCII are vowels with marks, except đ; "đ" is kept as a consonant that
// pairs with nothing.
bool is_abbreviation(std::string_view lower_word) {
    constexpr char k_no_consonant = 0;
    constexpr char k_d_stroke_mark = '\x01';
    bool has_vowel = false;
    char previous = k_no_consonant;
    std::size_t at = 0;
    while (at < lower_word.size()) {
        std::size_t length = 1;  // a UTF-8 sequence: the lead byte and its continuation bytes
        while (at + length < lower_word.size() &&
               (static_cast<unsigned char>(lower_word[at + length]) & 0xC0U) == 0x80U) {
            ++length;
        }
        const std::string_view letter = lower_word.substr(at, length);
        at += length;
        const char c = letter.front();
        const bool is_ascii = static_cast<unsigned char>(c) < 0x80;
        if (is_ascii && (c < 'a' || c > 'z')) {
            previous = k_no_consonant;  // a digit, space or sign parts the letters
            continue;
        }
        const bool is_consonant = letter == k_d_stroke || (is_ascii && !is_vowel(c));
        if (!is_consonant) {
            has_vowel = true;
            previous = k_no_consonant;
            continue;
        }
        const char current = letter == k_d_stroke ? k_d_stroke_mark : c;
        if (previous != k_no_consonant && !is_known_pair(previous, current)) {
            return true;
        }
        previous = current;
    }
    return !has_vowel;
}

}  // namespace

std::string official_upper_case(std::string_view text) {
    return to_upper_case(text);
}

std::string official_sentence_case(std::string_view name) {
    const std::string text = to_nfc(name);
    if (to_upper_case(text) != text) {
        return std::string(name);  // written in mixed case: kept
    }
    std::string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string_view word = std::string_view(text).substr(start, end - start);
        const std::string lower_word = to_lower_case(word);
        result += is_abbreviation(lower_word) ? std::string(word) : lower_word;
        if (end < text.size()) {
            result += ' ';
        }
        start = end + 1;
    }
    return capitalize_first(result);
}

std::string official_issuer_lines(std::string_view issuer) {
    if (issuer.find('\n') != std::string_view::npos) {
        return official_upper_case(issuer);  // the lines as the settings break them
    }
    std::string upper = official_upper_case(collapse_whitespace(issuer));
    const std::string committee = official_upper_case(label_text(Label::document_people_committee));
    // Nghị định 30 writes the issuer in full: "UBND PHƯỜNG X" becomes "ỦY BAN NHÂN DÂN" over
    // "PHƯỜNG X".
    for (const std::string& prefix :
         {committee + " ", std::string(label_text(Label::layout_people_committee_short)) + " "}) {
        if (upper.size() > prefix.size() && upper.starts_with(prefix)) {
            return committee + "\n" + upper.substr(prefix.size());
        }
    }
    return upper;
}

std::string official_place_and_date(std::string_view place, const CivilDate& date) {
    const auto padded = [](int number, int below) {
        return (number < below ? "0" : "") + std::to_string(number);
    };
    return format_label(Label::letter_place_date,
                        {std::string(place), padded(date.day(), 10), padded(date.month(), 3),
                         std::to_string(date.year())});
}

std::vector<std::string> official_recipient_lines(const std::vector<std::string>& items) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string item = collapse_whitespace(items[i]);
        while (!item.empty() && (item.back() == ';' || item.back() == '.' || item.back() == ',')) {
            item.pop_back();
        }
        if (item.starts_with("-")) {
            item = collapse_whitespace(item.substr(1));
        }
        if (item.empty()) {
            continue;
        }
        lines.push_back("- " + item);
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        lines[i] += i + 1 == lines.size() ? "." : ";";
    }
    return lines;
}

DocxParagraphStyle official_body_style() {
    DocxParagraphStyle style;
    style.alignment = DocxAlignment::both;
    style.first_line_indent = k_body_indent;
    style.space_after = k_paragraph_gap;
    return style;
}

DocxParagraphStyle official_centred_style() {
    DocxParagraphStyle style;
    style.alignment = DocxAlignment::center;
    return style;
}

DocxParagraph official_body_paragraph(std::string text) {
    return DocxParagraph{{DocxRun{std::move(text)}}, official_body_style()};
}

DocxParagraph official_heading(std::string text) {
    return DocxParagraph{{bold_run(std::move(text))}, official_body_style()};
}

void add_official_header(DocxDocument& document, const OfficialHeader& header) {
    DocxCell issuer_cell;
    if (!header.authority.empty()) {
        issuer_cell.push_back(DocxParagraph{
            {sized_run(official_upper_case(header.authority), k_official_header_points)},
            official_centred_style()});
    }
    issuer_cell.push_back(
        DocxParagraph{{bold_run(official_issuer_lines(header.issuer), k_official_header_points)},
                      official_centred_style()});
    issuer_cell.push_back(rule(k_issuer_rule_indent));

    const int width = document.page().text_width();
    const int motto_column = width - k_issuer_column;
    DocxCell motto_cell;
    motto_cell.push_back(
        DocxParagraph{{bold_run(label(Label::letter_country), k_official_header_points)},
                      official_centred_style()});
    motto_cell.push_back(DocxParagraph{
        {bold_run(label(Label::letter_motto), k_official_motto_points)}, official_centred_style()});
    motto_cell.push_back(rule((motto_column - k_motto_rule_width) / 2));

    std::vector<std::vector<DocxCell>> rows = {{issuer_cell, motto_cell}};
    if (!header.number.empty() || !header.place_and_date.empty()) {
        // A row of its own keeps the number and the date on one line whatever stands above.
        DocxParagraphStyle style = official_centred_style();
        style.space_before = k_paragraph_gap;
        DocxCell number_cell;
        if (!header.number.empty()) {
            number_cell.push_back(
                DocxParagraph{{sized_run(header.number, k_official_header_points)}, style});
        }
        DocxCell date_cell;
        if (!header.place_and_date.empty()) {
            date_cell.push_back(
                DocxParagraph{{italic_run(header.place_and_date, k_official_motto_points)}, style});
        }
        rows.push_back({number_cell, date_cell});
    }
    document.add_layout_table({k_issuer_column, motto_column}, rows);
}

void add_official_title(DocxDocument& document, std::string_view kind, std::string_view summary) {
    DocxParagraphStyle kind_style = official_centred_style();
    kind_style.space_before = 3 * k_paragraph_gap;
    if (summary.empty()) {
        kind_style.space_after = 2 * k_paragraph_gap;
    }
    document.add_paragraph({bold_run(official_upper_case(kind), k_official_body_points)},
                           kind_style);
    if (summary.empty()) {
        return;
    }
    document.add_paragraph({bold_run(std::string(summary), k_official_body_points)},
                           official_centred_style());
    DocxParagraph summary_rule = rule((document.page().text_width() - k_summary_rule_width) / 2);
    summary_rule.style.space_after = 2 * k_paragraph_gap;
    document.add_paragraph(summary_rule);
}

void add_official_signature(DocxDocument& document, const std::vector<std::string>& recipients,
                            const OfficialSignature& signature) {
    DocxCell recipients_cell;
    if (!recipients.empty()) {
        DocxRun title =
            bold_run(label(Label::letter_recipients), k_official_recipients_title_points);
        title.italic = true;
        recipients_cell.push_back(DocxParagraph{{title}, {}});
        for (const std::string& line : recipients) {
            recipients_cell.push_back(
                DocxParagraph{{sized_run(line, k_official_recipients_points)}, {}});
        }
    }

    DocxCell signer;
    if (!signature.authority.empty()) {
        signer.push_back(DocxParagraph{
            {bold_run(official_upper_case(signature.authority), k_official_body_points)},
            official_centred_style()});
    }
    signer.push_back(
        DocxParagraph{{bold_run(official_upper_case(signature.title), k_official_body_points)},
                      official_centred_style()});
    if (!signature.hint.empty()) {
        signer.push_back(DocxParagraph{{italic_run(signature.hint, k_official_body_points)},
                                       official_centred_style()});
    }
    for (int line = 0; line < k_signature_blank_lines; ++line) {
        signer.push_back(DocxParagraph{{}, official_centred_style()});
    }
    if (!signature.name.empty()) {
        signer.push_back(DocxParagraph{{bold_run(signature.name, k_official_body_points)},
                                       official_centred_style()});
    }

    document.add_empty_paragraph();
    const int width = document.page().text_width();
    document.add_layout_table({k_recipients_column, width - k_recipients_column},
                              {{recipients_cell, signer}});
}

std::string official_sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.pop_back();
    }
    if (!text.empty() && std::string_view(".!?;:").find(text.back()) == std::string_view::npos &&
        !text.ends_with("…")) {
        text += '.';
    }
    return text;
}

namespace {

DocxParagraph table_paragraph(std::string text, bool is_bold, DocxAlignment alignment) {
    DocxRun run{std::move(text)};
    run.bold = is_bold;
    run.points = k_official_table_points;
    DocxParagraphStyle style;
    style.alignment = alignment;
    style.mark_points = k_official_table_points;
    return DocxParagraph{{run}, style};
}

}  // namespace

DocxTableCell official_table_cell(std::string text, bool is_bold, DocxAlignment alignment) {
    DocxTableCell cell;
    if (!text.empty()) {
        cell.paragraphs.push_back(table_paragraph(std::move(text), is_bold, alignment));
    }
    return cell;
}

DocxTableCell official_lines_cell(const std::vector<std::string>& lines) {
    DocxTableCell cell;
    for (const std::string& line : lines) {
        cell.paragraphs.push_back(table_paragraph(line, false, DocxAlignment::left));
    }
    return cell;
}

}  // namespace parindex
