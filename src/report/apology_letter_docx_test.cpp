#include "report/apology_letter_docx.hpp"

#include <gtest/gtest.h>

#include <string>

#include "report/office_test_support.hpp"

namespace parindex {

namespace {

using office_test::count_of;
using office_test::document_of;
using office_test::xml_error;
using office_test::zip_entry;

CivilDate date(int year, int month, int day) {
    return CivilDate::create(year, month, day).value();
}

LetterIssuer issuer() {
    return LetterIssuer{"UBND PHƯỜNG AN KHÁNH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "An Khánh",
                        "GIÁM ĐỐC", "Nguyễn Văn A"};
}

ApologyLetter letter(std::string code, std::string applicant) {
    return ApologyLetter{std::move(code),          "Đăng ký khai sinh",
                         "Phòng Văn hóa - Xã hội", std::move(applicant),
                         date(2025, 3, 4),         date(2025, 3, 7),
                         date(2025, 3, 12),        "cần xác minh thêm thông tin với cơ quan khác",
                         date(2025, 3, 8)};
}

TEST(RenderApologyLetters, WritesAWellFormedLetterWithTheDossierAndItsDates) {
    const std::string xml =
        document_of(render_apology_letters(issuer(), {letter("H12.34<5>&A", "Trần Thị B")}));
    ASSERT_FALSE(xml.empty());
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("H12.34&lt;5&gt;&amp;A"), std::string::npos);
    EXPECT_EQ(xml.find("H12.34<5>"), std::string::npos);
    EXPECT_NE(xml.find("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), std::string::npos);
    EXPECT_NE(xml.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), std::string::npos);
    EXPECT_NE(xml.find("Độc lập - Tự do - Hạnh phúc"), std::string::npos);
    EXPECT_NE(xml.find("An Khánh, ngày 08 tháng 03 năm 2025"), std::string::npos);
    EXPECT_NE(xml.find("Kính gửi: Ông/Bà Trần Thị B"), std::string::npos);
    for (const char* day : {"04/03/2025", "07/03/2025", "12/03/2025"}) {
        EXPECT_NE(xml.find(day), std::string::npos) << day;
    }
    EXPECT_NE(xml.find("“Đăng ký khai sinh”"), std::string::npos);
    EXPECT_NE(xml.find("Phòng Văn hóa - Xã hội"), std::string::npos);
    EXPECT_NE(xml.find("cần xác minh thêm thông tin với cơ quan khác."), std::string::npos);
    EXPECT_NE(xml.find("GIÁM ĐỐC"), std::string::npos);
    EXPECT_NE(xml.find("Nguyễn Văn A"), std::string::npos);
    EXPECT_NE(xml.find("Nơi nhận:"), std::string::npos);
    EXPECT_NE(xml.find("- Lưu: VT."), std::string::npos);
    EXPECT_EQ(count_of(xml, "<w:br w:type=\"page\"/>"), 0u);
}

TEST(RenderApologyLetters, NamesTheOfficeInSentenceCaseInsideTheBody) {
    LetterIssuer with_abbreviation = issuer();
    with_abbreviation.office = "BỘ PHẬN MỘT CỬA UBND PHƯỜNG";
    const std::string xml =
        document_of(render_apology_letters(with_abbreviation, {letter("A1", "B")}));
    EXPECT_NE(xml.find("BỘ PHẬN MỘT CỬA UBND PHƯỜNG"), std::string::npos);  // the header
    EXPECT_NE(xml.find(", Bộ phận một cửa UBND phường đã tiếp nhận"), std::string::npos);
    EXPECT_NE(xml.find("Bộ phận một cửa UBND phường thành thật xin lỗi"), std::string::npos);

    // Written in mixed case: upper case in the header, as written in the body.
    LetterIssuer mixed = issuer();
    mixed.authority = "Ủy ban nhân dân phường An Khánh";
    mixed.office = "Trung tâm Phục vụ hành chính công";
    mixed.signer_title = "Giám đốc";
    const std::string kept = document_of(render_apology_letters(mixed, {letter("A1", "B")}));
    EXPECT_NE(kept.find(">ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH<"), std::string::npos);
    EXPECT_NE(kept.find(">TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG<"), std::string::npos);
    EXPECT_NE(kept.find(">GIÁM ĐỐC<"), std::string::npos);
    EXPECT_NE(kept.find(", Trung tâm Phục vụ hành chính công đã tiếp nhận"), std::string::npos);

    const std::string upper = document_of(render_apology_letters(issuer(), {letter("A1", "B")}));
    EXPECT_NE(upper.find(", Trung tâm phục vụ hành chính công đã tiếp nhận"), std::string::npos);
}

TEST(RenderApologyLetters, PutsEachLetterOnItsOwnPage) {
    const std::string xml = document_of(render_apology_letters(
        issuer(), {letter("H1", "Lê Văn C"), letter("H2", ""), letter("H3", "Phạm D")}));
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_EQ(count_of(xml, "<w:br w:type=\"page\"/>"), 2u);
    EXPECT_EQ(count_of(xml, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), 3u);
    const std::size_t first = xml.find("H1");
    const std::size_t second = xml.find("H2");
    const std::size_t page_break = xml.find("<w:br w:type=\"page\"/>");
    EXPECT_LT(first, page_break);
    EXPECT_LT(page_break, second);
    // No applicant's name: a dotted line to write it by hand.
    EXPECT_NE(xml.find("Kính gửi: Ông/Bà ……"), std::string::npos);
}

TEST(RenderApologyLetters, LeavesTheSignerNameOutWhenEmpty) {
    LetterIssuer unsigned_issuer = issuer();
    unsigned_issuer.signer_name.clear();
    const std::string xml = document_of(render_apology_letters(unsigned_issuer, {letter("A", "")}));
    EXPECT_EQ(xml.find("Nguyễn Văn A"), std::string::npos);
    EXPECT_NE(xml.find("(Ký, ghi rõ họ tên)"), std::string::npos);
}

TEST(RenderApologyLetters, RefusesAnEmptySelection) {
    const Result<std::string> bytes = render_apology_letters(issuer(), {});
    ASSERT_FALSE(bytes.has_value());
    EXPECT_EQ(bytes.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(bytes.error().detail.message, Label::error_no_letters);
}

}  // namespace

}  // namespace parindex
