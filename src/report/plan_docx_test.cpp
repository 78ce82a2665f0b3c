#include "report/plan_docx.hpp"

#include <gtest/gtest.h>

#include <string>

#include "report/office_test_support.hpp"

namespace parindex {

namespace {

using office_test::between;
using office_test::count_of;
using office_test::has;
using office_test::xml_error;
using office_test::zip_entry;

PlanNode node(std::string code, NodeKind kind, std::string title) {
    PlanNode result;
    result.code = std::move(code);
    result.kind = kind;
    result.title = std::move(title);
    return result;
}

Plan sample_plan() {
    Plan plan;
    plan.info.year = 2025;
    plan.info.title =
        "Về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par Index) phường "
        "Bắc Kạn năm 2025";
    plan.info.issuing_body = "UBND phường Bắc Kạn";
    plan.info.place_and_date = "Bắc Kạn, ngày    tháng 9 năm 2025";
    plan.info.signer_title = "CHỦ TỊCH";
    plan.info.signer_name = "Đình Huy Hoàng";
    plan.info.body =
        "Căn cứ Kế hoạch số 132/KH-UBND ngày 28 tháng 5 năm 2025 của UBND tỉnh Thái Nguyên.\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Mục đích\n"
        "\n"
        "- Tiếp tục thực hiện Chương trình tổng thể cải cách hành chính nhà nước.";
    plan.info.recipients = {"- TT Đảng ủy phường;", "- Lưu: VT, VHXX."};

    PlanNode direction = node("I", NodeKind::area, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    PlanNode review = node("1.1", NodeKind::task, "Bám sát tiến độ các nhiệm vụ");
    review.requirement = "Hoàn thành 100% Kế hoạch\nBáo cáo định kỳ hằng quý";
    review.deadline_text = "Trước ngày 31/12/2025";
    review.lead_units = {"vhxh", "vp"};
    review.coordinating_units = {"all"};
    PlanNode legal = node("II", NodeKind::area, "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL");
    PlanNode follow = node("2.1", NodeKind::group, "Theo dõi thi hành pháp luật");
    PlanNode check = node("2.1.1", NodeKind::task, "Kiểm tra tình hình thi hành pháp luật");
    check.requirement = "Thực hiện công tác kiểm tra";
    check.deadline_text = "Trong năm 2025";
    check.lead_units = {"vp"};
    check.coordinating_units = {"vhxh", "unknown-key"};
    plan.nodes = {direction, review, legal, follow, check};
    return plan;
}

PlanPrint print_of(const Plan& plan) {
    PlanPrint print;
    print.plan = &plan;
    print.settings.ward_name = "phường Bắc Kạn";
    print.settings.issuer = "Ủy ban nhân dân phường Bắc Kạn";
    print.settings.place = "Bắc Kạn";
    print.settings.signer_authority = "TM. ỦY BAN NHÂN DÂN";
    print.settings.signer_title = "CHỦ TỊCH";
    print.settings.recipients = {"Như trên;", "Lưu: VT."};
    print.unit_names = {{"vhxh", "Phòng Văn hoá – Xã hội"},
                        {"vp", "Văn phòng HĐND và UBND"},
                        {"all", "Các cơ quan, tổ chức, đơn vị thuộc UBND phường"}};
    return print;
}

std::string document_of(const PlanPrint& print) {
    return office_test::document_of(render_plan_docx(print));
}

// The appendix table: the one as wide as a landscape page's text.
std::string appendix_table(const std::string& xml) {
    return between(xml, "<w:tbl><w:tblPr><w:tblW w:w=\"14286\"", "</w:tbl>");
}

// The rows of a table, each from <w:tr> to </w:tr>.
std::vector<std::string> rows_of(const std::string& table) {
    std::vector<std::string> rows;
    for (std::size_t at = table.find("<w:tr>"); at != std::string::npos;
         at = table.find("<w:tr>", at + 1)) {
        rows.push_back(table.substr(at, table.find("</w:tr>", at) - at));
    }
    return rows;
}

TEST(RenderPlanDocx, WritesAWellFormedPlanInTheDecree30Frame) {
    const Plan plan = sample_plan();
    const Result<std::string> bytes = render_plan_docx(print_of(plan));
    ASSERT_TRUE(bytes.has_value());
    const std::string xml = zip_entry(*bytes, "word/document.xml").value_or("");
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_TRUE(has(*zip_entry(*bytes, "word/styles.xml"), "w:ascii=\"Times New Roman\""));
    EXPECT_TRUE(
        has(xml, ">ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">PHƯỜNG BẮC KẠN<"));
    EXPECT_TRUE(has(xml, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"));
    EXPECT_TRUE(has(xml, ">Độc lập - Tự do - Hạnh phúc<"));
    EXPECT_TRUE(has(xml, ">Số:      /KH-UBND<"));
    EXPECT_TRUE(has(xml, ">Bắc Kạn, ngày    tháng 9 năm 2025<"));
    EXPECT_TRUE(has(xml, ">KẾ HOẠCH<"));
    EXPECT_TRUE(has(xml, ">" + plan.info.title + "<"));
    EXPECT_TRUE(has(xml,
                    "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" "
                    "w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""));
}

TEST(RenderPlanDocx, WritesTheNumberAndDateOnceTheyAreGiven) {
    Plan plan = sample_plan();
    plan.info.number = "15/KH-UBND";
    plan.info.place_and_date.clear();
    plan.info.issued_on = CivilDate::create(2025, 9, 12);
    const std::string xml = document_of(print_of(plan));
    EXPECT_TRUE(has(xml, ">Số: 15/KH-UBND<"));
    EXPECT_TRUE(has(xml, ">Bắc Kạn, ngày 12 tháng 9 năm 2025<"));
    EXPECT_TRUE(has(xml,
                    ">(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/09/2025 của UBND phường Bắc "
                    "Kạn)<"));

    plan.info.issued_on.reset();
    EXPECT_TRUE(has(document_of(print_of(plan)), ">Bắc Kạn, ngày      tháng      năm 2025<"));
}

TEST(RenderPlanDocx, WritesTheBodyOneParagraphPerLineWithHeadingsInBold) {
    const std::string xml = document_of(print_of(sample_plan()));
    const std::string bold_run = "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">";
    const std::string plain_run = "<w:r><w:t xml:space=\"preserve\">";
    EXPECT_TRUE(has(xml, plain_run + "Căn cứ Kế hoạch số 132/KH-UBND ngày 28 tháng 5 năm 2025 "
                                     "của UBND tỉnh Thái Nguyên.<"));
    EXPECT_TRUE(has(xml, bold_run + "I. MỤC ĐÍCH, YÊU CẦU<"));
    EXPECT_TRUE(has(xml, bold_run + "1. Mục đích<"));
    EXPECT_TRUE(has(xml, plain_run + "- Tiếp tục thực hiện Chương trình tổng thể cải cách hành "
                                     "chính nhà nước.<"));
    EXPECT_EQ(count_of(xml, "<w:jc w:val=\"both\"/>"), 4u);
}

TEST(RenderPlanDocx, KeepsTheRecipientsAndSignerAsThePlanWroteThem) {
    const std::string xml = document_of(print_of(sample_plan()));
    const std::string recipients = between(xml, ">Nơi nhận:<", "</w:tc>");
    EXPECT_TRUE(has(recipients, ">- TT Đảng ủy phường;<"));
    EXPECT_TRUE(has(recipients, ">- Lưu: VT, VHXX.<"));
    EXPECT_TRUE(has(xml, ">CHỦ TỊCH<"));
    EXPECT_TRUE(has(xml, ">Đình Huy Hoàng<"));
    EXPECT_FALSE(has(xml, "TM. ỦY BAN NHÂN DÂN"));  // the plan's own signer wins

    Plan unsigned_plan = sample_plan();
    unsigned_plan.info.recipients.clear();
    unsigned_plan.info.signer_title.clear();
    unsigned_plan.info.signer_name.clear();
    const std::string fallback = document_of(print_of(unsigned_plan));
    EXPECT_TRUE(has(fallback, ">- Như trên;<"));
    EXPECT_TRUE(has(fallback, ">- Lưu: VT.<"));
    EXPECT_TRUE(has(fallback, ">TM. ỦY BAN NHÂN DÂN<"));
}

TEST(RenderPlanDocx, PutsTheAppendixOnLandscapePages) {
    const std::string xml = document_of(print_of(sample_plan()));
    EXPECT_EQ(count_of(xml, "<w:sectPr>"), 2u);
    const std::size_t portrait = xml.find("<w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
    const std::size_t appendix = xml.find(">PHỤ LỤC<");
    const std::size_t landscape =
        xml.find("<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>");
    ASSERT_NE(portrait, std::string::npos);
    ASSERT_NE(appendix, std::string::npos);
    ASSERT_NE(landscape, std::string::npos);
    EXPECT_LT(xml.find("Đình Huy Hoàng"), portrait);
    EXPECT_LT(portrait, appendix);
    EXPECT_LT(appendix, xml.find("<w:tblW w:w=\"14286\""));
    EXPECT_LT(xml.find("<w:tblW w:w=\"14286\""), landscape);
    EXPECT_TRUE(has(xml, ">PHÂN CÔNG THỰC HIỆN KẾ HOẠCH DUY TRÌ, CẢI THIỆN,<"));
    EXPECT_TRUE(has(xml, ">NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH PHƯỜNG BẮC KẠN NĂM 2025<"));
    EXPECT_TRUE(has(xml,
                    ">(Kèm theo Kế hoạch số      /KH-UBND ngày      /     /2025 của UBND "
                    "phường Bắc Kạn)<"));
}

TEST(RenderPlanDocx, WritesTheSeedsTwoHeaderRowsRepeatedOnEveryPage) {
    const std::string table = appendix_table(document_of(print_of(sample_plan())));
    ASSERT_FALSE(table.empty());
    EXPECT_TRUE(has(table,
                    "<w:gridCol w:w=\"850\"/><w:gridCol w:w=\"4000\"/><w:gridCol "
                    "w:w=\"3600\"/><w:gridCol w:w=\"1836\"/><w:gridCol w:w=\"2000\"/>"
                    "<w:gridCol w:w=\"2000\"/>"));
    const std::vector<std::string> rows = rows_of(table);
    ASSERT_EQ(rows.size(), 7u);  // 2 header rows, 2 areas, 1 group, 2 tasks
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(has(rows[i], "<w:tblHeader/>"), i < 2) << i;
    }
    const std::string& first = rows[0];
    std::size_t previous = 0;
    for (const char* column : {">STT<", ">Lĩnh vực, tiêu chí<", ">Yêu cầu năm 2025<",
                               ">Thời gian hoàn thành<", ">Phân công nhiệm vụ<"}) {
        const std::size_t at = first.find(column);
        ASSERT_NE(at, std::string::npos) << column;
        EXPECT_LT(previous, at) << column;
        previous = at;
    }
    EXPECT_EQ(count_of(first, "<w:vMerge w:val=\"restart\"/>"), 4u);
    EXPECT_EQ(count_of(first, "<w:gridSpan w:val=\"2\"/>"), 1u);
    EXPECT_LT(first.rfind("<w:vMerge w:val=\"restart\"/>"), first.find("<w:gridSpan"));
    const std::string& second = rows[1];
    EXPECT_EQ(count_of(second, "<w:vMerge/>"), 4u);
    EXPECT_EQ(count_of(second, "<w:tc>"), 6u);
    EXPECT_LT(second.find(">Cơ quan chủ trì<"), second.find(">Cơ quan phối hợp<"));
}

TEST(RenderPlanDocx, WritesOneRowPerNodeWithOneUnitPerLine) {
    const std::vector<std::string> rows =
        rows_of(appendix_table(document_of(print_of(sample_plan()))));
    ASSERT_EQ(rows.size(), 7u);

    const std::string& area = rows[2];
    EXPECT_EQ(count_of(area, "<w:tc>"), 2u);
    EXPECT_TRUE(has(area, "<w:gridSpan w:val=\"5\"/>"));
    EXPECT_TRUE(has(area,
                    "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t "
                    "xml:space=\"preserve\">I.<"));
    EXPECT_TRUE(has(area,
                    "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t "
                    "xml:space=\"preserve\">CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH<"));
    EXPECT_TRUE(has(rows[4], ">II.<"));

    const std::string& task = rows[3];
    EXPECT_EQ(count_of(task, "<w:tc>"), 6u);
    EXPECT_TRUE(has(task, ">1.1<"));
    EXPECT_TRUE(has(task, ">Bám sát tiến độ các nhiệm vụ<"));
    // Each requirement line and each unit is its own paragraph.
    EXPECT_TRUE(has(task, ">Hoàn thành 100% Kế hoạch</w:t></w:r></w:p><w:p>"));
    EXPECT_TRUE(has(task, ">Báo cáo định kỳ hằng quý<"));
    EXPECT_TRUE(has(task, ">Trước ngày 31/12/2025<"));
    EXPECT_TRUE(has(task, ">Phòng Văn hoá – Xã hội</w:t></w:r></w:p><w:p>"));
    EXPECT_TRUE(has(task, ">Văn phòng HĐND và UBND<"));
    EXPECT_TRUE(has(task, ">Các cơ quan, tổ chức, đơn vị thuộc UBND phường<"));
    EXPECT_FALSE(has(task, "vhxh"));

    const std::string& group = rows[5];
    EXPECT_EQ(count_of(group, "<w:tc>"), 6u);
    EXPECT_TRUE(has(group, ">2.1<"));
    EXPECT_TRUE(has(group, ">Theo dõi thi hành pháp luật<"));
    EXPECT_EQ(count_of(group, "<w:p/>"), 4u);

    // A unit missing from the directory prints as its key.
    EXPECT_TRUE(has(rows[6], ">unknown-key<"));
}

TEST(RenderPlanDocx, RefusesAPrintWithoutAPlan) {
    const Result<std::string> bytes = render_plan_docx(PlanPrint{});
    ASSERT_FALSE(bytes.has_value());
    EXPECT_EQ(bytes.error().code, ErrorCode::not_found);
}

}  // namespace

}  // namespace parindex
