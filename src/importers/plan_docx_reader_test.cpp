#include "importers/plan_docx_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "importers/office_file_test_support.hpp"
#include "importers/plan_reading_test_support.hpp"

namespace parindex {
namespace {

using test::Merge;
using test::paragraph;
using test::row;
using test::table;
using test::WordCell;

constexpr std::string_view k_source = "ke-hoach.docx";
constexpr std::string_view k_table_source = "ke-hoach.docx, bảng phụ lục";

// "Hoá" with its tone mark as a combining character, as some editors save it.
const std::string k_nfd_hoa =
    "ho\xCC\x81"
    "a";

// The body of a plan as Word lays it out: the heading and the signature in borderless tables.
std::string preamble() {
    return table({row({{"ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC KẠN\n\nSố: 15/KH-UBND"},
                       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                        "Bắc Kạn, ngày 15 tháng 9 năm 2025"}})}) +
           paragraph("KẾ HOẠCH") +
           paragraph("Về việc nâng cao Chỉ số cải cách hành chính phường Bắc Kạn năm 2025") +
           paragraph(
               "\tCăn cứ Kế hoạch số 12/KH-UBND, Chủ tịch UBND phường Bắc Kạn ban hành "
               "Kế hoạch.") +
           paragraph("") + paragraph("I. MỤC ĐÍCH, YÊU CẦU") +
           table({row({{"Nơi nhận:\n- Như trên;\n- Lưu: VT."},
                       {"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn A"}})}) +
           paragraph("PHỤ LỤC") + paragraph("PHÂN CÔNG THỰC HIỆN KẾ HOẠCH NĂM 2025");
}

// The appendix, split by Word into two tables at a page break, each with the header rows.
//   table 1: rows 1-2 header, 3 I, 4 1.1, 5 1.1.1, 6 1.1.2, 7 (1.1.2 continued), 8 1.1.3,
//            9-10 the header typed again, 11 II, 12 2.1
//   table 2: row 13 a title marked as header, 14-15 header, 16 2.2
std::string appendix() {
    std::vector<std::string> first = test::header_rows();
    const std::vector<std::string> body = {
        row({{"I"}, {"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 5}}),
        row({{"1.1"}, {"Theo dõi, kiểm tra"}, {""}, {""}, {""}, {""}}),
        row({{"1.1.1"},
             {"Kiểm tra công tác cải cách hành chính"},
             {"Đạt 100% kế hoạch"},
             {"Trong năm 2025"},
             {"Phòng Văn " + k_nfd_hoa + " - Xã hội", 1, Merge::restart},
             {""}}),
        row({{"1.1.2"},
             {"Báo cáo"},
             {"- Báo cáo quý đúng hạn\n\n- Báo cáo năm đúng hạn"},
             {"Trước ngày 31/12/2025"},
             {"", 1, Merge::below},
             {"Văn phòng HĐND và UBND"}}),
        row({{""}, {""}, {"(gửi qua hệ thống)"}, {""}, {"", 1, Merge::below}, {""}}),
        row({{"1.1.3"},
             {"Tổng hợp"},
             {"Tổng hợp kết quả"},
             {"Thường xuyên"},
             {"", 1, Merge::below},
             {"Các cơ quan, đơn vị thuộc UBND\nTrung tâm Phục vụ hành chính công"}}),
    };
    first.insert(first.end(), body.begin(), body.end());
    const std::vector<std::string> typed_header = test::header_rows(false);
    first.insert(first.end(), typed_header.begin(), typed_header.end());
    const std::string nested = table({row({{"bảng lồng"}, {"không đọc"}})});
    first.push_back(row({{"II"}, {"CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5}}));
    first.push_back(row({{"2.1"},
                         {"Rà soát thủ tục"},
                         {"Rà soát 100% thủ tục", 1, Merge::none, nested},
                         {"Quý 3/2025"},
                         {"Trung tâm Phục vụ hành chính công"},
                         {""}}));

    std::vector<std::string> second = {row({{"PHỤ LỤC (tiếp theo)", 6}}, true)};
    const std::vector<std::string> repeated = test::header_rows();
    second.insert(second.end(), repeated.begin(), repeated.end());
    second.push_back(row({{"2.2"},
                          {"Công khai thủ tục"},
                          {"Công khai 100% thủ tục"},
                          {"Trong tháng 6/2025"},
                          {"Trung tâm Phục vụ hành chính công"},
                          {"Phòng Văn hóa - Xã hội"}}));
    // A page break between the two parts, then the parts, then something that is not the plan.
    return table(first) + paragraph("") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" +
           table(second) + paragraph("Ghi chú: bảng dưới không thuộc phụ lục") +
           table({row({{"x"}, {"y"}})});
}

using test::find_row;
using test::warning_rows;

TEST(PlanDocxReader, ReadsTheAppendixAcrossBothTablesWithMergedCells) {
    auto reading = read_plan_docx(test::docx(preamble() + appendix()), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    std::vector<std::string> codes;
    for (const DraftRow& r : reading->draft.rows) {
        codes.push_back(r.code);
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"I", "1.1", "1.1.1", "1.1.2", "1.1.3", "II", "2.1",
                                               "2.2"}));
    EXPECT_EQ(find_row(*reading, "I").title, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    EXPECT_EQ(find_row(*reading, "1.1").kind, NodeKind::group);
    // The lead unit merged down over three tasks leads each of them.
    for (const char* code : {"1.1.1", "1.1.2", "1.1.3"}) {
        EXPECT_EQ(find_row(*reading, code).lead_text, "Phòng Văn hóa - Xã hội") << code;
    }
    EXPECT_EQ(find_row(*reading, "1.1.3").coordinating_text,
              "Các cơ quan, đơn vị thuộc UBND\nTrung tâm Phục vụ hành chính công");
    // Two paragraphs are two lines; the row continued after the page break joins the last one.
    EXPECT_EQ(find_row(*reading, "1.1.2").requirement,
              "- Báo cáo quý đúng hạn\n- Báo cáo năm đúng hạn (gửi qua hệ thống)");
    EXPECT_EQ(find_row(*reading, "1.1.2").line, 6);
    EXPECT_EQ(find_row(*reading, "2.1").requirement, "Rà soát 100% thủ tục");
    EXPECT_EQ(find_row(*reading, "2.1").deadline->kind, DeadlineKind::within_quarter);
    EXPECT_EQ(find_row(*reading, "2.2").line, 16);
    EXPECT_EQ(find_row(*reading, "2.2").coordinating_text, "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(reading->draft.info.year, 2025);
    EXPECT_EQ(reading->draft.source_name, k_table_source);
}

TEST(PlanDocxReader, WarnsOfEachRepairAtItsTableRow) {
    auto reading = read_plan_docx(test::docx(preamble() + appendix()), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    // The header typed again in table 1 and repeated in table 2; not the marked header rows
    // Word repeats by itself, nor the header's second row with its cells merged from above.
    EXPECT_EQ(warning_rows(*reading, Label::warning_page_header), (std::vector<int>{9, 14}));
    EXPECT_EQ(warning_rows(*reading, Label::warning_row_continued), (std::vector<int>{7}));
    EXPECT_EQ(warning_rows(*reading, Label::warning_input_nfd), (std::vector<int>{0}));
    for (const Diagnostic& warning : reading->warnings) {
        EXPECT_EQ(warning.where.file, k_table_source);
    }
}

TEST(PlanDocxReader, ReadsThePlanDetailsFromParagraphsAndLayoutTables) {
    auto reading = read_plan_docx(test::docx(preamble() + appendix()), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    const PlanInfo& info = reading->draft.info;
    EXPECT_EQ(info.number, "15/KH-UBND");
    EXPECT_EQ(info.place_and_date, "Bắc Kạn, ngày 15 tháng 9 năm 2025");
    EXPECT_EQ(info.title, "Về việc nâng cao Chỉ số cải cách hành chính phường Bắc Kạn năm 2025");
    EXPECT_EQ(info.issuing_body, "UBND phường Bắc Kạn");
    EXPECT_EQ(info.body,
              "Căn cứ Kế hoạch số 12/KH-UBND, Chủ tịch UBND phường Bắc Kạn ban hành Kế hoạch.\n"
              "I. MỤC ĐÍCH, YÊU CẦU");
    EXPECT_EQ(info.recipients, (std::vector<std::string>{"- Như trên;", "- Lưu: VT."}));
    EXPECT_EQ(info.signer_title, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    EXPECT_EQ(info.signer_name, "Nguyễn Văn A");
}

TEST(PlanDocxReader, ReadsTextInTabsPrefixedAndStrayMarkup) {
    // A Word table may sit in a content control, and text boxes and their fallback copies add
    // nothing to a cell.
    const std::string text_box =
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>hộp chữ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:p><w:r><w:t>bản cũ</w:t></w:r></w:p></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>";
    const std::string body =
        table(test::header_rows()) + "<w:sdt><w:sdtContent>" +
        table({row({{"I"}, {"LĨNH VỰC", 5}}),
               "<w:tr><w:tc><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc>"
               "<w:tc><w:p><w:r><w:t>Việc</w:t></w:r>" +
                   text_box +
                   "</w:p></w:tc>"
                   "<w:tc><w:p><w:r><w:t>Làm</w:t><w:tab/><w:t>ngay</w:t></w:r></w:p></w:tc>"
                   "<w:tc><w:p><w:r><w:t>Thường</w:t></w:r><w:r><w:t xml:space=\"preserve\"> "
                   "xuyên</w:t></w:r></w:p></w:tc>"
                   "<w:tc><w:p><w:r><w:t>Phòng Tư pháp</w:t><w:noBreakHyphen/>"
                   "<w:t>Hộ tịch</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"}) +
        "</w:sdtContent></w:sdt>";
    auto reading = read_plan_docx(test::docx(body), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    ASSERT_EQ(reading->draft.rows.size(), 2U);
    const DraftRow& task = reading->draft.rows[1];
    EXPECT_EQ(task.title, "Việc");
    EXPECT_EQ(task.requirement, "Làm ngay");
    EXPECT_EQ(task.deadline_text, "Thường xuyên");
    EXPECT_EQ(task.lead_text, "Phòng Tư pháp-Hộ tịch");
}

TEST(PlanDocxReader, NamesTheFileTheTableRowAndTheColumnOfAnError) {
    std::vector<std::string> rows = test::header_rows();
    rows.push_back(row({{"I"}, {"LĨNH VỰC", 5}}));
    rows.push_back(row({{"1.1"}, {"Việc"}, {"Làm"}, {"Thường xuyên"}, {"Phòng A"}, {""}}));
    // A row that lost its last two columns: no lead unit.
    rows.push_back(row({{"1.2"}, {"Việc khác"}, {"Làm"}, {"Thường xuyên"}}));
    auto missing = read_plan_docx(test::docx(table(rows)), k_source);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().detail.message, Label::error_task_field_missing);
    EXPECT_EQ(missing.error().detail.where,
              (Location{std::string(k_table_source), 5, "Cơ quan chủ trì"}));
    EXPECT_NE(describe(missing.error()).find("ke-hoach.docx, bảng phụ lục, dòng 5"),
              std::string::npos)
        << describe(missing.error());

    rows.back() = row({{"1.2"}, {"Việc khác"}, {"Làm"}, {"Sớm nhất"}, {"Phòng A"}, {""}});
    auto deadline = read_plan_docx(test::docx(table(rows)), k_source);
    ASSERT_FALSE(deadline);
    EXPECT_EQ(deadline.error().detail.message, Label::error_bad_deadline);
    EXPECT_EQ(deadline.error().detail.where,
              (Location{std::string(k_table_source), 5, "Thời gian hoàn thành"}));
}

TEST(PlanDocxReader, RefusesADocumentWithoutTheAppendix) {
    auto reading =
        read_plan_docx(test::docx(paragraph("KẾ HOẠCH") + table({row({{"a"}, {"b"}})})), k_source);
    ASSERT_FALSE(reading);
    EXPECT_EQ(reading.error().detail.message, Label::error_no_appendix_in_document);
    EXPECT_EQ(reading.error().detail.where.file, k_source);
}

TEST(PlanDocxReader, RefusesWhatIsNotAWordDocument) {
    auto text = read_plan_docx("STT\tLĩnh vực", k_source);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().detail.message, Label::error_not_docx);
    EXPECT_EQ(text.error().detail.args, (std::vector<std::string>{std::string(k_source)}));

    auto workbook = read_plan_docx(test::zip_parts({{"xl/workbook.xml", "<workbook/>"}}), k_source);
    ASSERT_FALSE(workbook);
    EXPECT_EQ(workbook.error().detail.message, Label::error_not_docx);

    auto broken = read_plan_docx(
        test::zip_parts({{"word/document.xml", "<w:document>\n<w:body>\n<w:p></w:body>"}}),
        k_source);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().detail.message, Label::error_docx_xml);
    ASSERT_EQ(broken.error().detail.args.size(), 4U);
    EXPECT_EQ(broken.error().detail.args[0], k_source);
    EXPECT_EQ(broken.error().detail.args[1], "word/document.xml");

    auto doctype = read_plan_docx(
        test::zip_parts({{"word/document.xml", R"(<!DOCTYPE w [<!ENTITY a "a">]><w/>)"}}),
        k_source);
    ASSERT_FALSE(doctype);
    EXPECT_EQ(doctype.error().detail.message, Label::error_docx_xml);
}

}  // namespace
}  // namespace parindex
