#include "report/periodic_report_docx.hpp"

#include <gtest/gtest.h>

#include <string>

#include "report/office_test_support.hpp"
#include "report/periodic_report_test_support.hpp"

namespace parindex {

namespace {

using office_test::between;
using office_test::count_of;
using office_test::has;
using office_test::xml_error;
using office_test::zip_entry;

std::string document_of(const PeriodicReport& report) {
    return office_test::document_of(render_periodic_report_docx(report));
}

TEST(RenderPeriodicReportDocx, WritesEveryPartOfAWellFormedWordFile) {
    const Result<std::string> bytes = render_periodic_report_docx(sample_periodic_report());
    ASSERT_TRUE(bytes.has_value());
    for (const char* name :
         {"[Content_Types].xml", "word/document.xml", "word/styles.xml", "docProps/core.xml"}) {
        const std::optional<std::string> part = zip_entry(*bytes, name);
        ASSERT_TRUE(part.has_value()) << name;
        EXPECT_EQ(xml_error(*part), std::nullopt) << name;
    }
    EXPECT_TRUE(has(*zip_entry(*bytes, "word/styles.xml"), "w:ascii=\"Times New Roman\""));
}

TEST(RenderPeriodicReportDocx, PrintsTheDecree30HeaderAndTitle) {
    const std::string xml = document_of(sample_periodic_report());
    EXPECT_TRUE(
        has(xml, ">ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">PHƯỜNG BẮC KẠN<"));
    EXPECT_TRUE(has(xml, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"));
    EXPECT_TRUE(has(xml, ">Độc lập - Tự do - Hạnh phúc<"));
    EXPECT_TRUE(has(xml, ">Số: 12/BC-UBND<"));
    EXPECT_TRUE(has(xml, ">Bắc Kạn, ngày 05 tháng 10 năm 2025<"));
    EXPECT_TRUE(has(xml, ">BÁO CÁO<"));
    EXPECT_TRUE(has(xml,
                    ">Kết quả thực hiện Kế hoạch duy trì, cải thiện và nâng cao Chỉ số cải "
                    "cách hành chính (PAR Index) phường Bắc Kạn quý III/2025<"));
    EXPECT_TRUE(has(xml,
                    ">Thực hiện Kế hoạch số 15/KH-UBND ngày 12/9/2025 của UBND phường Bắc "
                    "Kạn, Ủy ban nhân dân phường Bắc Kạn báo cáo kết quả thực hiện quý "
                    "III/2025 như sau:<"));
}

TEST(RenderPeriodicReportDocx, LeavesTheNumberBlankForTheClerk) {
    PeriodicReport report = sample_periodic_report();
    report.settings.report_number.clear();
    const std::string xml = document_of(report);
    EXPECT_TRUE(has(xml, ">Số:      /BC-UBND<"));
    EXPECT_TRUE(has(xml,
                    ">(Kèm theo Báo cáo số      /BC-UBND ngày 05/10/2025 của Ủy ban nhân "
                    "dân phường Bắc Kạn)<"));
}

TEST(RenderPeriodicReportDocx, SumsUpTasksTargetsAndTheIndex) {
    const std::string xml = document_of(sample_periodic_report());
    EXPECT_TRUE(has(xml, ">I. KẾT QUẢ CHUNG<"));
    EXPECT_TRUE(has(xml,
                    ">1. Về thực hiện nhiệm vụ: Kế hoạch có 4 nhiệm vụ; đã hoàn thành 2 "
                    "nhiệm vụ (1 nhiệm vụ đúng hạn, 1 nhiệm vụ quá hạn); đang thực hiện, còn "
                    "trong hạn 1 nhiệm vụ; chưa hoàn thành, quá hạn 1 nhiệm vụ.<"));
    EXPECT_TRUE(has(xml,
                    ">2. Về chỉ tiêu: có 3 chỉ tiêu; đã đạt 1 chỉ tiêu, chưa đạt 1 chỉ tiêu, "
                    "chưa có số liệu 1 chỉ tiêu.<"));
    EXPECT_TRUE(has(xml,
                    ">3. Về Chỉ số cải cách hành chính: tạm tính đến ngày 30/09/2025 đạt "
                    "78,5/100 điểm; dự báo đến ngày 31/12/2025 đạt 85,25 điểm; năm 2024 đạt "
                    "80,1 điểm (tạm tính theo phương pháp MẪU).<"));

    PeriodicReport without_index = sample_periodic_report();
    without_index.summary.index_now.reset();
    without_index.summary.index_projected.reset();
    without_index.summary.index_last_year.reset();
    without_index.summary.targets = 0;
    const std::string bare = document_of(without_index);
    EXPECT_FALSE(has(bare, "Về Chỉ số cải cách hành chính"));
    EXPECT_FALSE(has(bare, "Về chỉ tiêu"));
    EXPECT_FALSE(has(bare, "phương pháp MẪU"));
}

TEST(RenderPeriodicReportDocx, ReportsEachAreaWithItsTasksTargetsAndIndicators) {
    const std::string xml = document_of(sample_periodic_report());
    EXPECT_TRUE(has(xml, ">II. KẾT QUẢ THỰC HIỆN THEO TỪNG LĨNH VỰC<"));
    EXPECT_TRUE(has(xml, ">1. Công tác chỉ đạo, điều hành cải cách hành chính<"));
    EXPECT_TRUE(has(xml,
                    ">Hoàn thành 2/2 nhiệm vụ; điểm tạm tính 8,5/10 điểm; dự báo đến ngày "
                    "31/12 đạt 9,5 điểm.<"));
    EXPECT_TRUE(has(xml, ">2. Cải cách thủ tục hành chính<"));
    EXPECT_TRUE(has(xml, ">2.1. Giải quyết hồ sơ thủ tục hành chính đúng hạn<"));
    EXPECT_TRUE(has(xml,
                    ">: Chưa hoàn thành, quá hạn. Chỉ tiêu: ≥ 90%: đạt 86,4% (số liệu từ hệ "
                    "thống một cửa) (chưa đạt chỉ tiêu). Tiếp nhận 1.250 hồ sơ, giải quyết "
                    "đúng hạn 1.080 hồ sơ.<"));
    EXPECT_TRUE(has(xml,
                    ">: Hoàn thành quá hạn. Chỉ tiêu: ≥ 30%: đạt 35% (đạt chỉ tiêu). Đã "
                    "kiểm tra 7/20 tổ dân phố.<"));
    EXPECT_TRUE(has(xml, ">: Chưa hoàn thành, còn trong hạn. Chỉ tiêu: 100%: chưa có số liệu.<"));
    EXPECT_TRUE(has(xml,
                    ">3. Kết quả giải quyết hồ sơ thủ tục hành chính theo dữ liệu một cửa "
                    "(01/01/2025 - 30/09/2025)<"));
    EXPECT_TRUE(has(xml, ">- Tỷ lệ hồ sơ giải quyết đúng hạn: 86,4% (1.080/1.250 hồ sơ).<"));
    EXPECT_TRUE(has(xml, ">- Tỷ lệ hồ sơ được số hóa: chưa có hồ sơ.<"));
}

TEST(RenderPeriodicReportDocx, GivesTheReasonsOfUnmetTasksThenObstaclesAndProposals) {
    const std::string xml = document_of(sample_periodic_report());
    const std::string unmet =
        between(xml, "III. CÁC CHỈ TIÊU CHƯA ĐẠT VÀ NGUYÊN NHÂN", "IV. KHÓ KHĂN, VƯỚNG MẮC");
    ASSERT_FALSE(unmet.empty());
    EXPECT_TRUE(has(unmet, ">- 2.1. Giải quyết hồ sơ thủ tục hành chính đúng hạn<"));
    EXPECT_TRUE(has(unmet,
                    ">: Tỷ lệ hồ sơ đúng hạn 86,4% thấp hơn chỉ tiêu 90%. Thiếu công chức "
                    "địa chính trong quý.<"));
    EXPECT_FALSE(has(unmet, "1.2. Kiểm tra"));  // late but done, and its target met

    const std::string obstacles = between(xml, "IV. KHÓ KHĂN, VƯỚNG MẮC", "V. ĐỀ XUẤT, KIẾN NGHỊ");
    EXPECT_TRUE(has(obstacles, ">- Hạ tầng mạng tại Bộ phận Một cửa còn chậm.<"));
    EXPECT_TRUE(has(xml, ">- Đề nghị UBND tỉnh bổ sung 01 công chức địa chính cho phường.<"));
    EXPECT_TRUE(has(xml,
                    ">Trên đây là báo cáo kết quả thực hiện Kế hoạch duy trì, cải thiện và "
                    "nâng cao Chỉ số cải cách hành chính quý III/2025 của Ủy ban nhân dân "
                    "phường Bắc Kạn./.<"));

    PeriodicReport clean = sample_periodic_report();
    for (ReportArea& area : clean.areas) {
        for (ReportTask& task : area.tasks) {
            task.unmet = false;
        }
    }
    clean.obstacles.clear();
    clean.proposals = {"  "};
    const std::string none = document_of(clean);
    EXPECT_TRUE(has(none,
                    ">Đến ngày 30/09/2025, không có nhiệm vụ quá hạn hay chỉ tiêu chưa "
                    "đạt.<"));
    EXPECT_EQ(count_of(none, ">Không có.<"), 2u);
}

TEST(RenderPeriodicReportDocx, SignsWithTheSettingsAndSendsToTheSuperiorFirst) {
    const std::string xml = document_of(sample_periodic_report());
    EXPECT_TRUE(has(xml, ">Nơi nhận:<"));
    const std::string recipients = between(xml, ">Nơi nhận:<", "TM. ỦY BAN NHÂN DÂN");
    EXPECT_TRUE(has(recipients, ">- UBND tỉnh Thái Nguyên (b/c);<"));
    EXPECT_TRUE(has(recipients, ">- Sở Nội vụ tỉnh Thái Nguyên;<"));
    EXPECT_TRUE(has(recipients, ">- Thường trực Đảng ủy phường;<"));
    EXPECT_TRUE(has(recipients, ">- Lưu: VT, VHXH.<"));
    EXPECT_LT(recipients.find("UBND tỉnh Thái Nguyên"), recipients.find("Sở Nội vụ"));
    EXPECT_TRUE(has(xml, ">TM. ỦY BAN NHÂN DÂN<"));
    EXPECT_TRUE(has(xml, ">CHỦ TỊCH<"));
    EXPECT_TRUE(has(xml, ">Nguyễn Văn Hùng<"));

    PeriodicReport no_superior = sample_periodic_report();
    no_superior.settings.superior_body.clear();
    EXPECT_FALSE(has(document_of(no_superior), "(b/c)"));
}

TEST(RenderPeriodicReportDocx, PutsTheAppendixTableOnLandscapePages) {
    const std::string xml = document_of(sample_periodic_report());
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_EQ(count_of(xml, "<w:sectPr>"), 2u);
    const std::size_t portrait = xml.find(
        "<w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" "
        "w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\"");
    const std::size_t landscape =
        xml.find("<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>");
    const std::size_t appendix = xml.find(">PHỤ LỤC<");
    ASSERT_NE(portrait, std::string::npos);
    ASSERT_NE(landscape, std::string::npos);
    ASSERT_NE(appendix, std::string::npos);
    EXPECT_LT(xml.find("Nguyễn Văn Hùng"), portrait);
    EXPECT_LT(portrait, appendix);
    EXPECT_LT(appendix, landscape);
    EXPECT_TRUE(has(xml,
                    ">KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH DUY TRÌ, CẢI THIỆN VÀ NÂNG "
                    "CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH PHƯỜNG BẮC KẠN QUÝ III/2025<"));
    EXPECT_TRUE(has(xml,
                    "<w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">(Kèm theo Báo cáo số "
                    "12/BC-UBND ngày 05/10/2025 của Ủy ban nhân dân phường Bắc Kạn)<"));
}

TEST(RenderPeriodicReportDocx, RepeatsTheTableHeaderAndSpansEachAreaRow) {
    const std::string xml = document_of(sample_periodic_report());
    const std::string table = between(xml, "<w:tbl><w:tblPr><w:tblW w:w=\"14286\"", "</w:tbl>");
    ASSERT_FALSE(table.empty());
    EXPECT_EQ(count_of(table, "<w:tblHeader/>"), 1u);
    const std::string header = between(table, "<w:tr>", "</w:tr>");
    EXPECT_TRUE(has(header, "<w:tblHeader/>"));
    std::size_t previous = 0;
    for (const char* column : {">STT<", ">Lĩnh vực, nhiệm vụ<", ">Chỉ tiêu<", ">Kết quả<",
                               ">Tình trạng<", ">Cơ quan chủ trì<"}) {
        const std::size_t at = header.find(column);
        ASSERT_NE(at, std::string::npos) << column;
        EXPECT_LT(previous, at) << column;
        previous = at;
    }
    EXPECT_EQ(count_of(table, "<w:gridSpan w:val=\"5\"/>"), 2u);
    EXPECT_TRUE(has(table,
                    ">Công tác chỉ đạo, điều hành cải cách hành chính (hoàn thành 2/2 "
                    "nhiệm vụ; điểm tạm tính 8,5/10 điểm; dự báo đến ngày 31/12 đạt 9,5 "
                    "điểm)<"));
    // One row per task, after its area's row: header, 2 areas, 4 tasks.
    EXPECT_EQ(count_of(table, "<w:tr>"), 7u);
    EXPECT_TRUE(has(table,
                    "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t "
                    "xml:space=\"preserve\">Chưa hoàn thành, quá hạn<"));
    EXPECT_TRUE(has(table, ">≥ 90%: đạt 86,4% (số liệu từ hệ thống một cửa) (chưa đạt chỉ tiêu)<"));
    // Coordinating units are in the narrative, not here: the lead units one per line.
    EXPECT_TRUE(has(table, ">Bộ phận Một cửa<"));
    EXPECT_TRUE(has(table, ">Ban hành đúng thời hạn<"));  // no target: the requirement
}

}  // namespace

}  // namespace parindex
