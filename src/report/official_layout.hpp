#pragma once
// The frame every official document shares in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I):
// the header with the issuing body and the national title side by side, the number and the
// place-and-date line; the document kind and its summary (trích yếu); justified body paragraphs;
// the signature block beside "Nơi nhận". Also the case rules its names follow: the issuer in
// capitals in the header, an office's name in sentence case inside a sentence.

#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "report/docx_document.hpp"

namespace parindex {

// Font sizes of Nghị định 30/2020, Phụ lục I.
inline constexpr double k_official_header_points = 13;
inline constexpr double k_official_motto_points = 14;
inline constexpr double k_official_body_points = 14;
inline constexpr double k_official_recipients_title_points = 12;
inline constexpr double k_official_recipients_points = 11;
inline constexpr double k_official_table_points = 12;  // the tables of an appendix
// Left for the clerk to fill in by hand: "Số:      /BC-UBND".
inline constexpr std::string_view k_official_blank_number = "     ";

struct OfficialHeader {
    std::string authority;       // the body above the issuer, in regular type; may be empty
    std::string issuer;          // in bold; '\n' starts a new line; printed in capitals
    std::string number;          // "Số: 12/BC-UBND" under the issuer; empty for none
    std::string place_and_date;  // in italics under the national motto; empty for none
};

struct OfficialSignature {
    std::string authority;  // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; may be empty
    std::string title;      // "CHỦ TỊCH"; printed in capitals
    std::string hint;  // an italic line under the title: "(Ký, ghi rõ họ tên)"; may be empty
    std::string name;  // may be empty: written by hand
};

// "ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN" for "Ủy ban nhân dân phường Bắc Kạn".
[[nodiscard]] std::string official_upper_case(std::string_view text);

// An office's name as it reads inside a sentence: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" becomes
// "Trung tâm phục vụ hành chính công"; abbreviations (UBND, HĐND) stay in capitals. A name with
// any lower-case letter is kept as written.
[[nodiscard]] std::string official_sentence_case(std::string_view name);

// The issuer over two lines when it is a people's committee: "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC KẠN";
// otherwise in capitals on one line.
[[nodiscard]] std::string official_issuer_lines(std::string_view issuer);

// "Bắc Kạn, ngày 05 tháng 10 năm 2025": days below 10 and months below 3 with a leading zero.
[[nodiscard]] std::string official_place_and_date(std::string_view place, const CivilDate& date);

// The "Nơi nhận" lines: "- " before each item, ";" after each but the last, "." after the last.
[[nodiscard]] std::vector<std::string> official_recipient_lines(
    const std::vector<std::string>& items);

// Justified, first line indented ~1 cm, 6 pt after: the body's paragraphs.
[[nodiscard]] DocxParagraphStyle official_body_style();
[[nodiscard]] DocxParagraphStyle official_centred_style();
// A body paragraph of plain text; a bold heading in the body ("I. KẾT QUẢ CHUNG").
[[nodiscard]] DocxParagraph official_body_paragraph(std::string text);

// A cell of an appendix table: one 12 pt paragraph, none when the text is empty.
[[nodiscard]] DocxTableCell official_table_cell(std::string text, bool is_bold = false,
                                                DocxAlignment alignment = DocxAlignment::left);
// A cell with one paragraph per line (an importer reads each line of a cell as one item).
[[nodiscard]] DocxTableCell official_lines_cell(const std::vector<std::string>& lines);

// Text a person wrote, ending a sentence of the document: trailing spaces gone, and a full stop
// unless it ends with its own punctuation.
[[nodiscard]] std::string official_sentence(std::string text);
[[nodiscard]] DocxParagraph official_heading(std::string text);

void add_official_header(DocxDocument& document, const OfficialHeader& header);
// The kind ("BÁO CÁO") in bold capitals and, when given, the summary in bold under it with a short
// rule.
void add_official_title(DocxDocument& document, std::string_view kind, std::string_view summary);
// `recipients`: the lines as they print ("- Như trên;"); none leaves the left side empty.
void add_official_signature(DocxDocument& document, const std::vector<std::string>& recipients,
                            const OfficialSignature& signature);

}  // namespace parindex
