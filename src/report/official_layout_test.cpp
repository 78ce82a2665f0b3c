#include "report/official_layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report/office_test_support.hpp"

namespace parindex {

namespace {

using office_test::count_of;
using office_test::xml_error;

CivilDate date(int year, int month, int day) {
    return CivilDate::create(year, month, day).value();
}

TEST(OfficialUpperCase, WritesVietnameseInCapitals) {
    EXPECT_EQ(official_upper_case("Ủy ban nhân dân phường Bắc Kạn"),
              "ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN");
    EXPECT_EQ(official_upper_case("Giám đốc"), "GIÁM ĐỐC");
    EXPECT_EQ(official_upper_case("TM. Ủy ban nhân dân"), "TM. ỦY BAN NHÂN DÂN");
    // NFD in, NFC out.
    EXPECT_EQ(official_upper_case("Pho\u0300ng Va\u0306n ho\u0301a"), "PHÒNG VĂN HÓA");
}

TEST(OfficialSentenceCase, LowersAnOfficeWrittenInCapitalsButKeepsAbbreviations) {
    EXPECT_EQ(official_sentence_case("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
              "Trung tâm phục vụ hành chính công");
    EXPECT_EQ(official_sentence_case("BỘ PHẬN MỘT CỬA UBND PHƯỜNG"), "Bộ phận một cửa UBND phường");
    EXPECT_EQ(official_sentence_case("VĂN PHÒNG HĐND VÀ UBND"), "Văn phòng HĐND và UBND");
    EXPECT_EQ(official_sentence_case("PHÒNG VĂN HÓA - XÃ HỘI"), "Phòng văn hóa - xã hội");
    EXPECT_EQ(official_sentence_case("HĐND&UBND"), "HĐND&UBND");
    EXPECT_EQ(official_sentence_case("ĐẢNG ỦY"), "Đảng ủy");
    EXPECT_EQ(official_sentence_case(""), "");
}

TEST(OfficialSentenceCase, KeepsANameWrittenInMixedCase) {
    EXPECT_EQ(official_sentence_case("Trung tâm Phục vụ hành chính công"),
              "Trung tâm Phục vụ hành chính công");
    EXPECT_EQ(official_sentence_case("Ủy ban nhân dân phường Bắc Kạn"),
              "Ủy ban nhân dân phường Bắc Kạn");
}

TEST(OfficialIssuerLines, PutsAPeoplesCommitteeOverItsWard) {
    EXPECT_EQ(official_issuer_lines("Ủy ban nhân dân phường Bắc Kạn"),
              "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC KẠN");
    EXPECT_EQ(official_issuer_lines("UBND phường Bắc Kạn"), "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC KẠN");
    EXPECT_EQ(official_issuer_lines("  Ủy ban nhân dân   xã Tân Lập "),
              "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP");
    EXPECT_EQ(official_issuer_lines("Trung tâm Phục vụ hành chính công"),
              "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
    EXPECT_EQ(official_issuer_lines("Ủy ban nhân dân"), "ỦY BAN NHÂN DÂN");
    EXPECT_EQ(official_issuer_lines("Đảng ủy\nphường Bắc Kạn"), "ĐẢNG ỦY\nPHƯỜNG BẮC KẠN");
}

TEST(OfficialPlaceAndDate, PadsDaysBelowTenAndMonthsBelowThree) {
    EXPECT_EQ(official_place_and_date("Bắc Kạn", date(2025, 10, 5)),
              "Bắc Kạn, ngày 05 tháng 10 năm 2025");
    EXPECT_EQ(official_place_and_date("Bắc Kạn", date(2025, 2, 14)),
              "Bắc Kạn, ngày 14 tháng 02 năm 2025");
    EXPECT_EQ(official_place_and_date("Bắc Kạn", date(2025, 3, 1)),
              "Bắc Kạn, ngày 01 tháng 3 năm 2025");
}

TEST(OfficialRecipientLines, DashesEachItemAndEndsTheListWithAFullStop) {
    EXPECT_EQ(
        official_recipient_lines({"UBND tỉnh Thái Nguyên (b/c)", " Như trên; ", "- Lưu: VT."}),
        (std::vector<std::string>{"- UBND tỉnh Thái Nguyên (b/c);", "- Như trên;", "- Lưu: VT."}));
    EXPECT_EQ(official_recipient_lines({"Lưu: VT, VHXH", ""}),
              (std::vector<std::string>{"- Lưu: VT, VHXH."}));
    EXPECT_TRUE(official_recipient_lines({}).empty());
}

TEST(AddOfficialHeader, SetsTheIssuerBesideTheNationalTitleWithNumberAndDate) {
    DocxDocument document;
    add_official_header(document,
                        OfficialHeader{"", "Ủy ban nhân dân phường Bắc Kạn", "Số: 12/BC-UBND",
                                       "Bắc Kạn, ngày 05 tháng 10 năm 2025"});
    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:rPr><w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>"
                       "<w:t xml:space=\"preserve\">ỦY BAN NHÂN DÂN</w:t><w:br/>"
                       "<w:t xml:space=\"preserve\">PHƯỜNG BẮC KẠN</w:t>"),
              std::string::npos);
    EXPECT_NE(xml.find(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"), std::string::npos);
    EXPECT_NE(xml.find("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t "
                       "xml:space=\"preserve\">Độc lập - Tự do - Hạnh phúc<"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t "
                       "xml:space=\"preserve\">Số: 12/BC-UBND<"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:rPr><w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
                       "<w:t xml:space=\"preserve\">Bắc Kạn, ngày 05 tháng 10 năm 2025<"),
              std::string::npos);
    // A short rule under the issuer and one under the motto.
    EXPECT_EQ(count_of(xml, "<w:pBdr><w:top w:val=\"single\""), 2u);
    // Number and date share the second row of the layout table.
    EXPECT_EQ(count_of(xml, "<w:tr>"), 2u);
    const std::string second_row = xml.substr(xml.rfind("<w:tr>"));
    EXPECT_NE(second_row.find("Số: 12/BC-UBND"), std::string::npos);
    EXPECT_NE(second_row.find("Bắc Kạn, ngày 05"), std::string::npos);
}

TEST(AddOfficialHeader, LeavesOutTheSecondRowWithoutNumberOrDate) {
    DocxDocument document;
    add_official_header(document, OfficialHeader{"UBND phường An Khánh",
                                                 "Trung tâm Phục vụ hành chính công", "", ""});
    const std::string xml = document.document_xml();
    EXPECT_EQ(count_of(xml, "<w:tr>"), 1u);
    EXPECT_NE(xml.find(">UBND PHƯỜNG AN KHÁNH<"), std::string::npos);
    EXPECT_NE(xml.find(">TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG<"), std::string::npos);
}

TEST(AddOfficialTitle, WritesTheKindAndTheSummaryWithARuleUnder) {
    DocxDocument document;
    add_official_title(document, "Báo cáo", "Kết quả thực hiện Kế hoạch");
    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz "
                       "w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t "
                       "xml:space=\"preserve\">BÁO CÁO<"),
              std::string::npos);
    EXPECT_NE(xml.find(">Kết quả thực hiện Kế hoạch<"), std::string::npos);
    EXPECT_EQ(count_of(xml, "<w:pBdr><w:top w:val=\"single\""), 1u);
    EXPECT_LT(xml.find("BÁO CÁO"), xml.find("Kết quả thực hiện"));
    EXPECT_LT(xml.find("Kết quả thực hiện"), xml.find("<w:pBdr>"));

    DocxDocument bare;
    add_official_title(bare, "PHIẾU XIN LỖI", "");
    EXPECT_EQ(bare.document_xml().find("<w:pBdr>"), std::string::npos);
}

TEST(AddOfficialSignature, SetsTheRecipientsBesideTheSigner) {
    DocxDocument document;
    add_official_signature(
        document, {"- Như trên;", "- Lưu: VT."},
        OfficialSignature{"TM. Ủy ban nhân dân", "Chủ tịch", "", "Nguyễn Văn Hùng"});
    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs "
                       "w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">Nơi nhận:<"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t "
                       "xml:space=\"preserve\">- Như trên;<"),
              std::string::npos);
    EXPECT_NE(xml.find(">- Lưu: VT.<"), std::string::npos);
    EXPECT_NE(xml.find(">TM. ỦY BAN NHÂN DÂN<"), std::string::npos);
    EXPECT_NE(xml.find(">CHỦ TỊCH<"), std::string::npos);
    EXPECT_NE(xml.find(">Nguyễn Văn Hùng<"), std::string::npos);
    EXPECT_LT(xml.find("Nơi nhận:"), xml.find("TM. ỦY BAN NHÂN DÂN"));
    EXPECT_LT(xml.find("CHỦ TỊCH"), xml.find("Nguyễn Văn Hùng"));
    EXPECT_EQ(count_of(xml, "<w:tc>"), 2u);
}

TEST(OfficialBodyStyle, JustifiesWithAFirstLineIndentAndSixPointsAfter) {
    const DocxParagraphStyle style = official_body_style();
    EXPECT_EQ(style.alignment, DocxAlignment::both);
    EXPECT_EQ(style.first_line_indent, 567);
    EXPECT_EQ(style.space_after, 120);
    const DocxParagraph heading = official_heading("I. KẾT QUẢ CHUNG");
    ASSERT_EQ(heading.runs.size(), 1u);
    EXPECT_TRUE(heading.runs[0].bold);
}

}  // namespace

}  // namespace parindex
