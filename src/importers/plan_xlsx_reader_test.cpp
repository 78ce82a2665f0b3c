#include "importers/plan_xlsx_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "importers/office_file_test_support.hpp"
#include "importers/plan_reading_test_support.hpp"

namespace parindex {
namespace {

using test::SheetRow;

constexpr std::string_view k_source = "ke-hoach.xlsx";
constexpr std::string_view k_sheet_source = "ke-hoach.xlsx, trang tính “Phụ lục”";

const std::string k_nfd_hoa =
    "ho\xCC\x81"
    "a";

// A notes sheet first; the appendix on the second, as a ward's spreadsheet has it: title rows,
// the two header rows with their merges, an area merged across, a lead unit merged down over
// two tasks and a row continued after a page break, the header typed again, a date cell.
std::string workbook() {
    const std::string notes = test::sheet({{1, {"Ghi chú", "Không phải kế hoạch"}}});
    const std::string appendix = test::sheet(
        {
            {1, {"PHỤ LỤC"}},
            {2, {"PHÂN CÔNG THỰC HIỆN KẾ HOẠCH NĂM 2025\n(Kèm theo Kế hoạch số 15/KH-UBND)"}},
            {4,
             {"STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025", "Thời gian hoàn thành",
              "Phân công nhiệm vụ"}},
            {5, {"", "", "", "", "Cơ quan chủ trì", "Cơ quan phối hợp"}},
            {6, {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "chữ sót trong ô đã gộp"}},
            {7, {"1.1", "Theo dõi, kiểm tra"}},
            {8,
             {"1.1.1", "Kiểm tra", "Đạt 100%", "#46022", "Phòng Văn " + k_nfd_hoa + " - Xã hội"}},
            {9,
             {"1.1.2", "Báo cáo", "Báo cáo đúng hạn", "Trong năm 2025", "",
              "Văn phòng HĐND và UBND"}},
            {10, {"", "", "(gửi qua hệ thống)"}},
            {11,
             {"STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025", "Thời gian hoàn thành",
              "Phân công nhiệm vụ"}},
            {12, {"", "", "", "", "Cơ quan chủ trì", "Cơ quan phối hợp"}},
            {13, {"1.1.3", "Tổng hợp", "Tổng hợp kết quả", "Thường xuyên", "Phòng Tư pháp"}},
        },
        {"A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "B6:F6", "E8:E10"});
    return test::xlsx({{"Ghi chú", notes}, {"Phụ lục", appendix}});
}

using test::find_row;
using test::warning_rows;

TEST(PlanXlsxReader, ReadsTheAppendixFromTheSheetThatHasItWithMergedCells) {
    auto reading = read_plan_xlsx(workbook(), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    std::vector<std::string> codes;
    for (const DraftRow& r : reading->draft.rows) {
        codes.push_back(r.code);
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"I", "1.1", "1.1.1", "1.1.2", "1.1.3"}));
    EXPECT_EQ(find_row(*reading, "I").title, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    EXPECT_EQ(find_row(*reading, "1.1").kind, NodeKind::group);
    // B6:F6 across: the text stays in B6; C6 reads empty, whatever the file kept there.
    EXPECT_EQ(find_row(*reading, "I").kind, NodeKind::area);
    const DraftRow& first = find_row(*reading, "1.1.1");
    EXPECT_EQ(first.lead_text, "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(first.coordinating_text, "");
    // A date cell reads as the plan writes dates.
    EXPECT_EQ(first.deadline_text, "31/12/2025");
    EXPECT_EQ(first.deadline->kind, DeadlineKind::on_date);
    EXPECT_EQ(first.line, 8);
    // E8:E10 down: 1.1.2 has the same lead; row 10, which continues 1.1.2, adds nothing to it.
    const DraftRow& second = find_row(*reading, "1.1.2");
    EXPECT_EQ(second.lead_text, "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(second.coordinating_text, "Văn phòng HĐND và UBND");
    EXPECT_EQ(second.requirement, "Báo cáo đúng hạn (gửi qua hệ thống)");
    EXPECT_EQ(find_row(*reading, "1.1.3").lead_text, "Phòng Tư pháp");
    EXPECT_EQ(reading->draft.source_name, k_sheet_source);
    EXPECT_EQ(reading->draft.info.year, 2025);

    EXPECT_EQ(warning_rows(*reading, Label::warning_page_header), (std::vector<int>{11}));
    EXPECT_EQ(warning_rows(*reading, Label::warning_row_continued), (std::vector<int>{10}));
    EXPECT_EQ(warning_rows(*reading, Label::warning_input_nfd), (std::vector<int>{0}));
}

TEST(PlanXlsxReader, CopiesALeadUnitMergedDownIntoEachTaskRow) {
    const std::string sheet = test::sheet(
        {
            {1,
             {"", "STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025", "Thời gian hoàn thành",
              "Phân công nhiệm vụ"}},
            {2, {"", "", "", "", "", "Cơ quan chủ trì", "Cơ quan phối hợp"}},
            {3, {"", "I", "LĨNH VỰC"}},
            {4, {"", "1.1", "Việc một", "Làm", "Thường xuyên", "Phòng A", "Phòng B"}},
            {5, {"", "1.2", "Việc hai", "Làm", "Thường xuyên"}},
            {6, {"", "1.3", "Việc ba", "Làm", "Thường xuyên"}},
        },
        {"B1:B2", "C1:C2", "F1:G1", "F4:F6", "G4:G5"});
    auto reading = read_plan_xlsx(test::xlsx({{"Phụ lục", sheet}}), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    ASSERT_EQ(reading->draft.rows.size(), 4U);
    for (std::size_t i = 1; i < 4; ++i) {
        EXPECT_EQ(reading->draft.rows[i].lead_text, "Phòng A") << i;
    }
    EXPECT_EQ(reading->draft.rows[2].coordinating_text, "Phòng B");
    EXPECT_EQ(reading->draft.rows[3].coordinating_text, "");
    EXPECT_TRUE(reading->warnings.empty());
}

TEST(PlanXlsxReader, ReadsTheTitleRowsAsThePreamble) {
    const std::string sheet = test::sheet({
        {1, {"ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}},
        {2, {"Số: 15/KH-UBND", "", "", "Bắc Kạn, ngày 15 tháng 9 năm 2025"}},
        {3, {"KẾ HOẠCH"}},
        {4, {"Về việc nâng cao Chỉ số cải cách hành chính năm 2025"}},
        {5, {"STT", "Lĩnh vực, tiêu chí", "Yêu cầu", "Thời gian hoàn thành", "Phân công"}},
        {6, {"I", "LĨNH VỰC"}},
        {7, {"1.1", "Việc", "Làm", "Thường xuyên", "Phòng A"}},
    });
    auto reading = read_plan_xlsx(test::xlsx({{"KH", sheet}}), k_source);
    ASSERT_TRUE(reading) << describe(reading.error());
    const PlanInfo& info = reading->draft.info;
    EXPECT_EQ(info.number, "15/KH-UBND");
    EXPECT_EQ(info.place_and_date, "Bắc Kạn, ngày 15 tháng 9 năm 2025");
    EXPECT_EQ(info.title, "Về việc nâng cao Chỉ số cải cách hành chính năm 2025");
    EXPECT_EQ(info.year, 2025);
}

TEST(PlanXlsxReader, NamesTheSheetTheRowAndTheColumnOfAnError) {
    const std::string sheet = test::sheet({
        {3, {"STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025", "Thời gian hoàn thành", "Chủ trì"}},
        {4, {"I", "LĨNH VỰC"}},
        {5, {"1.1", "Việc", "Làm", "Thường xuyên", "Phòng A"}},
        {7, {"1.2", "Việc khác", "Làm", "Thường xuyên"}},
    });
    auto reading = read_plan_xlsx(test::xlsx({{"Phụ lục", sheet}}), k_source);
    ASSERT_FALSE(reading);
    EXPECT_EQ(reading.error().detail.message, Label::error_task_field_missing);
    EXPECT_EQ(reading.error().detail.where,
              (Location{std::string(k_sheet_source), 7, "Cơ quan chủ trì"}));
    EXPECT_NE(describe(reading.error()).find("trang tính “Phụ lục”, dòng 7"), std::string::npos)
        << describe(reading.error());
}

TEST(PlanXlsxReader, RefusesAWorkbookWithoutTheAppendix) {
    auto none =
        read_plan_xlsx(test::xlsx({{"A", test::sheet({{1, {"STT", "Họ tên"}}})}}), k_source);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().detail.message, Label::error_no_appendix_in_document);
    EXPECT_EQ(none.error().detail.where.file, k_source);

    auto text = read_plan_xlsx("STT\tLĩnh vực", k_source);
    ASSERT_FALSE(text);
    EXPECT_EQ(text.error().detail.message, Label::error_not_xlsx);
    EXPECT_EQ(text.error().detail.args, (std::vector<std::string>{std::string(k_source)}));
}

}  // namespace
}  // namespace parindex
