#include "report/periodic_report_xlsx.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "report/office_test_support.hpp"
#include "report/periodic_report_test_support.hpp"
#include "report/xlsx_test_support.hpp"

namespace parindex {

namespace {

using office_test::cell_value;
using office_test::Cells;
using office_test::expect_number;
using office_test::zip_entry;

class RenderPeriodicReportXlsx : public office_test::RenderedWorkbook {
  protected:
    void SetUp() override {
        const Result<std::string> bytes = render_periodic_report_xlsx(sample_periodic_report());
        ASSERT_TRUE(bytes.has_value()) << describe(bytes.error());
        m_bytes = *bytes;
    }
};

TEST_F(RenderPeriodicReportXlsx, WritesTheFiveSheetsInOrder) {
    const std::string workbook = zip_entry(m_bytes, "xl/workbook.xml").value_or("");
    std::size_t previous = 0;
    for (const char* name : {"Tổng hợp", "Kế hoạch", "Tiến độ", "Chỉ số hồ sơ", "Điểm"}) {
        const std::size_t at = workbook.find(std::string("name=\"") + name + "\"");
        ASSERT_NE(at, std::string::npos) << name;
        EXPECT_GT(at, previous) << name;
        previous = at;
    }
    for (int number = 1; number <= 5; ++number) {
        const std::string xml = sheet_xml(number);
        EXPECT_EQ(office_test::xml_error(xml), std::nullopt) << number;
        EXPECT_NE(xml.find("state=\"frozen\""), std::string::npos) << number;
        EXPECT_NE(xml.find("<autoFilter ref=\""), std::string::npos) << number;
    }
}

TEST_F(RenderPeriodicReportXlsx, SummarisesTheFiguresAsNumbers) {
    const Cells cells = sheet(1);
    EXPECT_EQ(cell_value(cells, "A1"),
              "Kết quả thực hiện Kế hoạch duy trì, cải thiện và nâng cao Chỉ số CCHC năm 2025: "
              "Quý III/2025");
    EXPECT_EQ(cell_value(cells, "A2"),
              "Kế hoạch số 15/KH-UBND ngày 12/9/2025 của UBND phường Bắc Kạn");
    EXPECT_EQ(cell_value(cells, "A3"), "Số liệu tính đến ngày 30/09/2025");
    EXPECT_EQ(cell_value(cells, "A5"), "Nội dung");
    EXPECT_EQ(cell_value(cells, "B5"), "Số liệu");
    const std::vector<std::pair<std::string, double>> figures = {
        {"Tổng số nhiệm vụ", 4},
        {"Hoàn thành đúng hạn", 1},
        {"Hoàn thành quá hạn", 1},
        {"Chưa hoàn thành, còn trong hạn", 1},
        {"Chưa hoàn thành, quá hạn", 1},
        {"Tổng số chỉ tiêu", 3},
        {"Chỉ tiêu đạt", 1},
        {"Chỉ tiêu chưa đạt", 1},
        {"Chỉ số hiện tại", 78.5},
        {"Chỉ số dự báo 31/12", 85.25},
        {"Chỉ số CCHC năm trước", 80.1}};
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const std::string row = std::to_string(6 + i);
        EXPECT_EQ(cell_value(cells, "A" + row), figures[i].first);
        expect_number(cells, "B" + row, figures[i].second);
    }
    EXPECT_EQ(cell_value(cells, "A17"), "Phương pháp chấm điểm");
    EXPECT_EQ(cell_value(cells, "B17"), "Bản MẪU, chưa phải bộ tiêu chí chính thức của tỉnh");
    const std::string xml = sheet_xml(1);
    EXPECT_NE(xml.find("topLeftCell=\"A6\""), std::string::npos);
    EXPECT_NE(xml.find("<autoFilter ref=\"A5:B17\"/>"), std::string::npos);
}

TEST_F(RenderPeriodicReportXlsx, ListsEveryTaskOfThePlan) {
    const Cells cells = sheet(2);
    const std::vector<std::string> headers = {
        "Lĩnh vực",        "STT", "Nhiệm vụ", "Yêu cầu", "Thời gian hoàn thành", "Cơ quan chủ trì",
        "Cơ quan phối hợp"};
    for (std::size_t column = 0; column < headers.size(); ++column) {
        EXPECT_EQ(cell_value(cells, office_test::cell_reference(column, 0)), headers[column]);
    }
    EXPECT_EQ(cell_value(cells, "A2"), "I. Công tác chỉ đạo, điều hành cải cách hành chính");
    EXPECT_EQ(cell_value(cells, "B2"), "1.1");
    EXPECT_EQ(cell_value(cells, "C2"), "Ban hành kế hoạch cải cách hành chính năm 2025");
    EXPECT_EQ(cell_value(cells, "D2"), "Ban hành đúng thời hạn");
    EXPECT_EQ(cell_value(cells, "E2"), "Tháng 01/2025");
    EXPECT_EQ(cell_value(cells, "F2"), "Văn phòng HĐND và UBND");
    EXPECT_EQ(cell_value(cells, "G3"), "Văn phòng HĐND và UBND; Công an phường");
    EXPECT_EQ(cell_value(cells, "A5"), "II. Cải cách thủ tục hành chính");
    EXPECT_EQ(cell_value(cells, "B5"), "2.2");
    EXPECT_EQ(cell_value(cells, "A6"), "");
    EXPECT_NE(sheet_xml(2).find("<autoFilter ref=\"A1:G5\"/>"), std::string::npos);
}

TEST_F(RenderPeriodicReportXlsx, WritesOneProgressRowPerTarget) {
    const Cells cells = sheet(3);
    EXPECT_EQ(cell_value(cells, "D1"), "Kết quả đạt được");
    EXPECT_EQ(cell_value(cells, "E1"), "Đánh giá");
    EXPECT_EQ(cell_value(cells, "H1"), "Nguyên nhân");
    // 1.1 has no target: its row, the target cells blank.
    EXPECT_EQ(cell_value(cells, "A2"), "1.1");
    EXPECT_EQ(cell_value(cells, "C2"), "");
    EXPECT_EQ(cell_value(cells, "F2"), "Hoàn thành đúng hạn");
    // 1.2: met.
    EXPECT_EQ(cell_value(cells, "C3"), "≥ 30%");
    expect_number(cells, "D3", 35);
    EXPECT_EQ(cell_value(cells, "E3"), "Đạt");
    EXPECT_EQ(cell_value(cells, "F3"), "Hoàn thành quá hạn");
    EXPECT_EQ(cell_value(cells, "G3"), "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(cell_value(cells, "H3"), "Hoàn thành sau thời hạn 10 ngày.");
    // 2.1: measured, not met, two reasons one per line.
    EXPECT_EQ(cell_value(cells, "A4"), "2.1");
    expect_number(cells, "D4", 86.4);
    EXPECT_EQ(cell_value(cells, "E4"), "Chưa đạt");
    EXPECT_EQ(cell_value(cells, "F4"), "Chưa hoàn thành, quá hạn");
    EXPECT_EQ(cell_value(cells, "H4"),
              "Tỷ lệ hồ sơ đúng hạn 86,4% thấp hơn chỉ tiêu 90%.\nThiếu công chức địa chính "
              "trong quý.");
    // 2.2: nothing measured yet.
    EXPECT_EQ(cell_value(cells, "C5"), "100%");
    EXPECT_EQ(cell_value(cells, "D5"), "");
    EXPECT_EQ(cell_value(cells, "E5"), "—");
    EXPECT_EQ(cell_value(cells, "F5"), "Chưa hoàn thành, còn trong hạn");
    EXPECT_EQ(cell_value(cells, "A6"), "");
}

TEST_F(RenderPeriodicReportXlsx, WritesIndicatorRatesAsPercentages) {
    const Cells cells = sheet(4);
    EXPECT_EQ(cell_value(cells, "A1"), "Chỉ số");
    EXPECT_EQ(cell_value(cells, "B1"), "Tỷ lệ");
    EXPECT_EQ(cell_value(cells, "A2"), "Tỷ lệ hồ sơ giải quyết đúng hạn");
    expect_number(cells, "B2", 0.864);
    expect_number(cells, "C2", 1080);
    expect_number(cells, "D2", 1250);
    EXPECT_EQ(cell_value(cells, "E2"), "01/01/2025 - 30/09/2025");
    expect_number(cells, "B3", 0.42);
    EXPECT_EQ(cell_value(cells, "B4"), "N/A");
    expect_number(cells, "D4", 0);
    const std::string styles = zip_entry(m_bytes, "xl/styles.xml").value_or("");
    EXPECT_NE(styles.find("formatCode=\"0.0%\""), std::string::npos);
}

TEST_F(RenderPeriodicReportXlsx, WritesTheScoreTreeIndentedByDepth) {
    const Cells cells = sheet(5);
    const std::vector<std::string> headers = {"Mã",     "Lĩnh vực, tiêu chí", "Tối đa", "Hiện tại",
                                              "Dự báo", "Năm trước"};
    for (std::size_t column = 0; column < headers.size(); ++column) {
        EXPECT_EQ(cell_value(cells, office_test::cell_reference(column, 0)), headers[column]);
    }
    EXPECT_EQ(cell_value(cells, "A2"), "");
    EXPECT_EQ(cell_value(cells, "B2"), "Chỉ số cải cách hành chính");
    expect_number(cells, "C2", 100);
    expect_number(cells, "D2", 78.5);
    expect_number(cells, "E2", 85.25);
    expect_number(cells, "F2", 80.1);
    EXPECT_EQ(cell_value(cells, "A4"), "1.1");
    expect_number(cells, "D4", 2);
    EXPECT_EQ(cell_value(cells, "A5"), "II");
    expect_number(cells, "D5", 14.25);
    EXPECT_EQ(cell_value(cells, "F5"), "");
    const std::string styles = zip_entry(m_bytes, "xl/styles.xml").value_or("");
    EXPECT_NE(styles.find("indent=\"1\""), std::string::npos);
    EXPECT_NE(styles.find("formatCode=\"0.00\""), std::string::npos);
}

}  // namespace

}  // namespace parindex
