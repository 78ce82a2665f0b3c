#include "report/province_xlsx.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "report/office_test_support.hpp"
#include "report/xlsx_test_support.hpp"

namespace parindex {

namespace {

using office_test::cell_reference;
using office_test::cell_value;
using office_test::Cells;
using office_test::expect_number;
using office_test::zip_entry;

// Every indicator with `numerator` of `denominator` (none: not applicable).
std::vector<IndicatorValue> indicators(std::int64_t numerator, std::int64_t denominator) {
    std::vector<IndicatorValue> values;
    for (const Indicator indicator : all_indicators()) {
        values.push_back(IndicatorValue{indicator, std::string(indicator_id(indicator)),
                                        std::string(label_text(indicator_label(indicator))),
                                        Rate{numerator, denominator}});
    }
    return values;
}

// A scored ward, one without a plan, one whose data failed to load: a ranking's three kinds.
std::vector<WardSummary> sample_ranking() {
    WardSummary scored;
    scored.code = "bac-kan";
    scored.name = "Phường Bắc Kạn";
    scored.reports_to = "UBND tỉnh Thái Nguyên";
    scored.plan_year = 2025;
    scored.index_now = 78.5;
    scored.index_projected = 85.25;
    scored.index_max = 100;
    scored.last_year = 80.1;
    scored.tasks.total = 40;
    scored.tasks.done = 12;
    scored.tasks.on_track = 20;
    scored.tasks.at_risk = 5;
    scored.tasks.overdue = 3;
    scored.indicators = indicators(864, 1000);
    scored.dossiers = 1000;
    scored.data_as_of = CivilDate::create(2025, 11, 18);
    scored.rank = 1;

    WardSummary unplanned;
    unplanned.code = "duc-xuan";
    unplanned.name = "Phường Đức Xuân";
    unplanned.indicators = indicators(0, 0);

    WardSummary failed;
    failed.code = "song-cau";
    failed.name = "Phường Sông Cầu";
    failed.error = "Lỗi cơ sở dữ liệu";
    return {scored, unplanned, failed};
}

class RenderProvinceXlsx : public office_test::RenderedWorkbook {
  protected:
    void SetUp() override {
        const Result<std::string> bytes = render_province_xlsx(
            sample_ranking(), *CivilDate::create(2025, 11, 20), "UBND tỉnh Thái Nguyên");
        ASSERT_TRUE(bytes.has_value()) << describe(bytes.error());
        m_bytes = *bytes;
    }
};

TEST_F(RenderProvinceXlsx, WritesTheRankingAndTheIndicatorSheets) {
    const std::string workbook = zip_entry(m_bytes, "xl/workbook.xml").value_or("");
    const std::size_t ranking = workbook.find("name=\"Xếp hạng\"");
    const std::size_t indicators = workbook.find("name=\"Chỉ số hồ sơ\"");
    ASSERT_NE(ranking, std::string::npos);
    ASSERT_NE(indicators, std::string::npos);
    EXPECT_LT(ranking, indicators);
    for (int number = 1; number <= 2; ++number) {
        const std::string xml = sheet_xml(number);
        EXPECT_EQ(office_test::xml_error(xml), std::nullopt) << number;
        EXPECT_NE(xml.find("state=\"frozen\""), std::string::npos) << number;
        EXPECT_NE(xml.find("orientation=\"landscape\""), std::string::npos) << number;
        EXPECT_NE(xml.find("paperSize=\"9\""), std::string::npos) << number;
        const Cells cells = sheet(number);
        EXPECT_EQ(cell_value(cells, "A1"),
                  "BÁO CÁO TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC XÃ, PHƯỜNG");
        EXPECT_EQ(cell_value(cells, "A2"), "UBND tỉnh Thái Nguyên");
        EXPECT_EQ(cell_value(cells, "A3"), "Số liệu đến ngày 20/11/2025");
    }
}

TEST_F(RenderProvinceXlsx, RanksTheWardsUnderTwoHeaderRows) {
    const Cells cells = sheet(1);
    EXPECT_EQ(cell_value(cells, "A5"), "STT");
    EXPECT_EQ(cell_value(cells, "B5"), "Xếp hạng");
    EXPECT_EQ(cell_value(cells, "D5"), "Tên xã, phường");
    EXPECT_EQ(cell_value(cells, "E5"), "Chỉ số CCHC");
    EXPECT_EQ(cell_value(cells, "H5"), "Nhiệm vụ");
    EXPECT_EQ(cell_value(cells, "M5"), "Số hồ sơ");
    EXPECT_EQ(cell_value(cells, "N5"), "Chỉ số hồ sơ (%)");
    EXPECT_EQ(cell_value(cells, "Y5"), "Dữ liệu hồ sơ đến ngày");
    EXPECT_EQ(cell_value(cells, "Z5"), "Ghi chú");
    EXPECT_EQ(cell_value(cells, "E6"), "Hiện tại");
    EXPECT_EQ(cell_value(cells, "F6"), "Dự báo");
    EXPECT_EQ(cell_value(cells, "I6"), "Hoàn thành");
    EXPECT_EQ(cell_value(cells, "L6"), "Quá hạn");
    EXPECT_EQ(cell_value(cells, "N6"), "Tỷ lệ hồ sơ giải quyết đúng hạn");
    const std::string xml = sheet_xml(1);
    EXPECT_NE(xml.find("topLeftCell=\"A7\""), std::string::npos);
    EXPECT_NE(xml.find("<autoFilter ref=\"A6:Z9\"/>"), std::string::npos);

    // The scored ward: every figure a number cell, each rate a fraction under a percent format.
    expect_number(cells, "A7", 1);
    expect_number(cells, "B7", 1);
    EXPECT_EQ(cell_value(cells, "C7"), "bac-kan");
    EXPECT_EQ(cell_value(cells, "D7"), "Phường Bắc Kạn");
    expect_number(cells, "E7", 78.5);
    expect_number(cells, "F7", 85.25);
    expect_number(cells, "G7", 80.1);
    const std::vector<std::pair<std::string, double>> tasks = {
        {"H7", 40}, {"I7", 12}, {"J7", 20}, {"K7", 5}, {"L7", 3}, {"M7", 1000}};
    for (const auto& [reference, value] : tasks) {
        expect_number(cells, reference, value);
    }
    for (std::size_t column = 13; column < 13 + k_indicator_count; ++column) {
        expect_number(cells, cell_reference(column, 6), 0.864);
    }
    EXPECT_EQ(cell_value(cells, "Y7"), "18/11/2025");
    EXPECT_EQ(cell_value(cells, "Z7"), "");

    // Without a plan: no rank, no index or tasks; the rates not applicable.
    expect_number(cells, "A8", 2);
    EXPECT_EQ(cell_value(cells, "B8"), "");
    EXPECT_EQ(cell_value(cells, "F8"), "");
    EXPECT_EQ(cell_value(cells, "H8"), "");
    expect_number(cells, "M8", 0);
    EXPECT_EQ(cell_value(cells, "N8"), "N/A");
    EXPECT_EQ(cell_value(cells, "Z8"), "Chưa có kế hoạch");

    // Failed: the reason, and no figure at all.
    EXPECT_EQ(cell_value(cells, "C9"), "song-cau");
    EXPECT_EQ(cell_value(cells, "M9"), "");
    EXPECT_EQ(cell_value(cells, "N9"), "");
    EXPECT_EQ(cell_value(cells, "Z9"), "Không tải được số liệu: Lỗi cơ sở dữ liệu");
}

TEST_F(RenderProvinceXlsx, ListsEachWardsIndicatorsWithTheirCounts) {
    const Cells cells = sheet(2);
    const std::vector<std::string> headers = {"Mã",    "Tên xã, phường", "Chỉ số",
                                              "Tỷ lệ", "Tử số",          "Mẫu số"};
    for (std::size_t column = 0; column < headers.size(); ++column) {
        EXPECT_EQ(cell_value(cells, cell_reference(column, 4)), headers[column]);
    }
    EXPECT_EQ(cell_value(cells, "A6"), "bac-kan");
    EXPECT_EQ(cell_value(cells, "B6"), "Phường Bắc Kạn");
    EXPECT_EQ(cell_value(cells, "C6"), "Tỷ lệ hồ sơ giải quyết đúng hạn");
    expect_number(cells, "D6", 0.864);
    expect_number(cells, "E6", 864);
    expect_number(cells, "F6", 1000);
    // The ward without a plan still has its dossier rows; the failed one has none.
    const std::size_t unplanned_first = 6 + k_indicator_count;
    EXPECT_EQ(cell_value(cells, "A" + std::to_string(unplanned_first)), "duc-xuan");
    EXPECT_EQ(cell_value(cells, "D" + std::to_string(unplanned_first)), "N/A");
    expect_number(cells, "F" + std::to_string(unplanned_first), 0);
    EXPECT_EQ(cell_value(cells, "A" + std::to_string(unplanned_first + k_indicator_count)), "");
}

TEST(ProvinceReportFileName, IsAsciiWithTheDay) {
    EXPECT_EQ(province_report_file_name(*CivilDate::create(2025, 11, 20)),
              "tong-hop-cchc-xa-phuong-2025-11-20.xlsx");
}

}  // namespace

}  // namespace parindex
