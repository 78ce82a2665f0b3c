#include "report/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "report/office_test_support.hpp"
#include "report/xlsx_test_support.hpp"

namespace parindex {

namespace {

using office_test::cell_value;
using office_test::count_of;
using office_test::xml_error;
using office_test::zip_entry;

OfficeSheet indicator_sheet() {
    OfficeSheet sheet;
    sheet.name = "Chỉ số [2025]: quý I/II";
    sheet.title = "Bảng chỉ số cải cách hành chính";
    sheet.headers = {"Mã", "Chỉ số", "Tỷ lệ"};
    sheet.rows = {
        {OfficeCell{"1.1", {}}, OfficeCell{"Tỷ lệ hồ sơ đúng hạn", {}}, OfficeCell{"", 97.5}},
        {OfficeCell{"1.2", {}}, OfficeCell{"Hồ sơ & kết quả <số hóa>", {}}, OfficeCell{"", 2}},
    };
    return sheet;
}

TEST(WriteXlsx, WritesHeadersAsSharedStringsAndNumbersAsNumbers) {
    const Result<std::string> bytes = write_xlsx({indicator_sheet()});
    ASSERT_TRUE(bytes.has_value()) << describe(bytes.error());
    EXPECT_TRUE(bytes->starts_with("PK"));

    const std::optional<std::string> strings = zip_entry(*bytes, "xl/sharedStrings.xml");
    ASSERT_TRUE(strings.has_value());
    EXPECT_EQ(xml_error(*strings), std::nullopt);
    for (const char* text : {"Bảng chỉ số cải cách hành chính", "<t>Mã</t>", "Chỉ số", "Tỷ lệ",
                             "Tỷ lệ hồ sơ đúng hạn", "Hồ sơ &amp; kết quả &lt;số hóa&gt;"}) {
        EXPECT_NE(strings->find(text), std::string::npos) << text;
    }

    const std::optional<std::string> sheet = zip_entry(*bytes, "xl/worksheets/sheet1.xml");
    ASSERT_TRUE(sheet.has_value());
    EXPECT_EQ(xml_error(*sheet), std::nullopt);
    EXPECT_NE(sheet->find("<c r=\"C3\" s=\""), std::string::npos);
    EXPECT_NE(sheet->find("><v>97.5</v></c>"), std::string::npos);
    EXPECT_NE(sheet->find("><v>2</v></c>"), std::string::npos);
    // Frozen below the header (row 2), filtered over the header and the data.
    EXPECT_NE(sheet->find("topLeftCell=\"A3\""), std::string::npos);
    EXPECT_NE(sheet->find("state=\"frozen\""), std::string::npos);
    EXPECT_NE(sheet->find("<autoFilter ref=\"A2:C4\"/>"), std::string::npos);
}

TEST(WriteXlsx, CleansTheSheetNameAndUsesTimesNewRoman) {
    const Result<std::string> bytes = write_xlsx({indicator_sheet()});
    ASSERT_TRUE(bytes.has_value());
    const std::string workbook = zip_entry(*bytes, "xl/workbook.xml").value_or("");
    EXPECT_NE(workbook.find("name=\"Chỉ số -2025-- quý I-II\""), std::string::npos);
    const std::string styles = zip_entry(*bytes, "xl/styles.xml").value_or("");
    EXPECT_NE(styles.find("<name val=\"Times New Roman\"/>"), std::string::npos);
    EXPECT_NE(styles.find("<sz val=\"12\"/>"), std::string::npos);
    EXPECT_NE(styles.find("<b/>"), std::string::npos);
    EXPECT_NE(styles.find("patternType=\"solid\""), std::string::npos);
    EXPECT_NE(styles.find("<left style=\"thin\">"), std::string::npos);
}

TEST(WriteXlsx, CutsLongNamesToThirtyOneCharactersAndKeepsThemDistinct) {
    OfficeSheet first;
    first.name = "Danh sách hồ sơ quá hạn của các đơn vị trong quý";  // 48 characters
    first.headers = {"A"};
    OfficeSheet second = first;
    const Result<std::string> bytes = write_xlsx({first, second});
    ASSERT_TRUE(bytes.has_value()) << describe(bytes.error());
    const std::string workbook = zip_entry(*bytes, "xl/workbook.xml").value_or("");
    EXPECT_NE(workbook.find("name=\"Danh sách hồ sơ quá hạn của các\""), std::string::npos);
    EXPECT_NE(workbook.find("name=\"Danh sách hồ sơ quá hạn của (2)\""), std::string::npos);
}

TEST(WriteXlsx, SizesColumnsFromTheirContentOrAsGiven) {
    OfficeSheet sheet;
    sheet.name = "Cột";
    sheet.headers = {"Tên", "Mô tả", "Số"};
    sheet.rows = {
        {OfficeCell{"Hồ sơ", {}}, OfficeCell{std::string(100, 'x'), {}}, OfficeCell{"", 12345.5}}};
    const Result<std::string> automatic = write_xlsx({sheet});
    ASSERT_TRUE(automatic.has_value());
    const std::string sized = zip_entry(*automatic, "xl/worksheets/sheet1.xml").value_or("");
    // "Hồ sơ" is 5 characters: the minimum of 8 applies; 100 characters are capped at 60;
    // "12345.5" is 7 + 2.
    EXPECT_NE(sized.find("<col min=\"1\" max=\"1\" width=\"8.7109375\""), std::string::npos);
    EXPECT_NE(sized.find("<col min=\"2\" max=\"2\" width=\"60.7109375\""), std::string::npos);
    EXPECT_NE(sized.find("<col min=\"3\" max=\"3\" width=\"9.7109375\""), std::string::npos);

    sheet.column_widths = {30};
    const Result<std::string> given = write_xlsx({sheet});
    ASSERT_TRUE(given.has_value());
    const std::string fixed = zip_entry(*given, "xl/worksheets/sheet1.xml").value_or("");
    EXPECT_NE(fixed.find("<col min=\"1\" max=\"1\" width=\"30.7109375\""), std::string::npos);
}

TEST(WriteXlsx, WritesNonFiniteNumbersAsTheirText) {
    OfficeSheet sheet;
    sheet.name = "N/A";
    sheet.headers = {"Tỷ lệ"};
    sheet.rows = {{OfficeCell{"N/A", std::numeric_limits<double>::quiet_NaN()}}};
    const Result<std::string> bytes = write_xlsx({sheet});
    ASSERT_TRUE(bytes.has_value());
    const std::string sheet_xml = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    EXPECT_EQ(sheet_xml.find("nan"), std::string::npos);
    EXPECT_EQ(count_of(sheet_xml, "t=\"s\""), 2u);  // header and "N/A"
}

TEST(WriteXlsx, WritesOneSheetPerTableAndAnEmptyWorkbookWhenThereIsNone) {
    OfficeSheet second = indicator_sheet();
    second.name = "Khác";
    const Result<std::string> two = write_xlsx({indicator_sheet(), second});
    ASSERT_TRUE(two.has_value());
    EXPECT_TRUE(zip_entry(*two, "xl/worksheets/sheet2.xml").has_value());

    const Result<std::string> none = write_xlsx({});
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(zip_entry(*none, "xl/workbook.xml").has_value());
}

TEST(WriteXlsx, RefusesATextLongerThanAnExcelCellHolds) {
    OfficeSheet sheet;
    sheet.headers = {"A"};
    sheet.rows = {{OfficeCell{std::string(40000, 'a'), {}}}};
    const Result<std::string> bytes = write_xlsx({sheet});
    ASSERT_FALSE(bytes.has_value());
    EXPECT_EQ(bytes.error().detail.message, Label::error_office_write);
}

// The seed plan's header: four cells merged down two rows, "Phân công nhiệm vụ" over two columns.
OfficeSheet assignment_sheet() {
    OfficeSheet sheet;
    sheet.name = "Phụ lục";
    sheet.title = "PHỤ LỤC";
    sheet.subtitles = {OfficeCell{"PHÂN CÔNG THỰC HIỆN KẾ HOẠCH", {}, OfficeFont::bold},
                       OfficeCell{"(Kèm theo Kế hoạch số 15/KH-UBND)", {}, OfficeFont::italic}};
    sheet.title_alignment = OfficeAlignment::center;
    sheet.header_rows = {{OfficeCell{"STT", {}, OfficeFont::regular, 1, 2},
                          OfficeCell{"Lĩnh vực, tiêu chí", {}, OfficeFont::regular, 1, 2},
                          OfficeCell{"Phân công nhiệm vụ", {}, OfficeFont::regular, 2}}};
    sheet.headers = {"Cơ quan chủ trì", "Cơ quan phối hợp"};
    sheet.rows = {
        {OfficeCell{"I", {}, OfficeFont::bold},
         OfficeCell{"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", {}, OfficeFont::bold, 3}},
        {OfficeCell{"1.1", {}}, OfficeCell{"Ban hành kế hoạch", {}},
         OfficeCell{"Văn phòng HĐND và UBND\nPhòng Văn hóa - Xã hội", {}}, OfficeCell{"", 0.864}},
    };
    sheet.number_formats = {"", "", "", "0.0%"};
    return sheet;
}

TEST(WriteXlsxLayout, MergesHeaderCellsAcrossColumnsAndDownRows) {
    const Result<std::string> bytes = write_xlsx({assignment_sheet()});
    ASSERT_TRUE(bytes.has_value()) << describe(bytes.error());
    const std::string sheet = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    EXPECT_EQ(xml_error(sheet), std::nullopt);
    // Three title rows, header rows 4 and 5; the title rows merged across the four columns.
    for (const char* merge : {"A1:D1", "A2:D2", "A3:D3", "A4:A5", "B4:B5", "C4:D4", "B6:D6"}) {
        EXPECT_NE(sheet.find(std::string("<mergeCell ref=\"") + merge + "\"/>"), std::string::npos)
            << merge;
    }
    EXPECT_NE(sheet.find("<mergeCells count=\"7\">"), std::string::npos);
    // "Cơ quan chủ trì" lands under "Phân công nhiệm vụ", not under the merged "STT".
    const auto cells = office_test::sheet_cells(*bytes, 1);
    ASSERT_TRUE(cells.has_value());
    EXPECT_EQ(cell_value(*cells, "A4"), "STT");
    EXPECT_EQ(cell_value(*cells, "C4"), "Phân công nhiệm vụ");
    EXPECT_EQ(cell_value(*cells, "C5"), "Cơ quan chủ trì");
    EXPECT_EQ(cell_value(*cells, "D5"), "Cơ quan phối hợp");
    EXPECT_EQ(cell_value(*cells, "A5"), "");
    EXPECT_EQ(cell_value(*cells, "C7"), "Văn phòng HĐND và UBND\nPhòng Văn hóa - Xã hội");
}

TEST(WriteXlsxLayout, FreezesEveryHeaderRowAndFiltersOnTheLastOne) {
    const Result<std::string> bytes = write_xlsx({assignment_sheet()});
    ASSERT_TRUE(bytes.has_value());
    const std::string sheet = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    EXPECT_NE(sheet.find("topLeftCell=\"A6\""), std::string::npos);
    EXPECT_NE(sheet.find("ySplit=\"5\""), std::string::npos);
    EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
    EXPECT_NE(sheet.find("<autoFilter ref=\"A5:D7\"/>"), std::string::npos);
}

TEST(WriteXlsxLayout, WritesNumbersWithTheColumnsFormatAndBoldRows) {
    const Result<std::string> bytes = write_xlsx({assignment_sheet()});
    ASSERT_TRUE(bytes.has_value());
    const std::string sheet = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    // A number cell: no type attribute, the value as written.
    const std::size_t number = sheet.find("<c r=\"D7\" s=\"");
    ASSERT_NE(number, std::string::npos);
    const std::string cell = sheet.substr(number, sheet.find("</c>", number) - number);
    EXPECT_EQ(cell.find(" t=\""), std::string::npos) << cell;
    EXPECT_NE(cell.find("<v>0.864</v>"), std::string::npos) << cell;
    const std::string styles = zip_entry(*bytes, "xl/styles.xml").value_or("");
    EXPECT_NE(styles.find("formatCode=\"0.0%\""), std::string::npos);
    EXPECT_NE(styles.find("<i/>"), std::string::npos);
    EXPECT_NE(styles.find("<alignment horizontal=\"center\"/>"), std::string::npos);
    // The area row's cells share a bold style that differs from the task row's.
    auto style_of = [&](const std::string& reference) {
        const std::size_t at = sheet.find("<c r=\"" + reference + "\" s=\"");
        if (at == std::string::npos) {
            return std::string();
        }
        const std::size_t start = sheet.find("s=\"", at) + 3;
        return sheet.substr(start, sheet.find('"', start) - start);
    };
    EXPECT_EQ(style_of("A6"), style_of("B6"));
    EXPECT_NE(style_of("A6"), style_of("A7"));
    EXPECT_FALSE(style_of("A7").empty());
}

TEST(WriteXlsxLayout, SizesColumnsWithoutTheMergedCells) {
    OfficeSheet sheet = assignment_sheet();
    sheet.rows.push_back({OfficeCell{"II", {}}, OfficeCell{std::string(200, 'x'), {}, {}, 3}});
    const Result<std::string> bytes = write_xlsx({sheet});
    ASSERT_TRUE(bytes.has_value());
    const std::string xml = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    // Column B holds "Lĩnh vực, tiêu chí" (18) and "Ban hành kế hoạch" (17): 20 wide, not 60.
    EXPECT_NE(xml.find("<col min=\"2\" max=\"2\" width=\"20.7109375\""), std::string::npos);
}

TEST(WriteXlsxLayout, MakesRowsTallEnoughForTheirWrappedText) {
    OfficeSheet sheet;
    sheet.headers = {"Đơn vị", "Yêu cầu"};
    sheet.column_widths = {30, 10};
    sheet.rows = {{OfficeCell{"Phòng Văn hóa - Xã hội\nVăn phòng HĐND và UBND\nCông an", {}},
                   OfficeCell{"ngắn", {}}},
                  {OfficeCell{"một dòng", {}}, OfficeCell{std::string(30, 'x'), {}}},
                  {OfficeCell{"", 123456789.0}}};
    const Result<std::string> bytes = write_xlsx({sheet});
    ASSERT_TRUE(bytes.has_value());
    const std::string xml = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    // Three lines; then 30 characters in a column of 10 (12 fit on a line): three lines again.
    EXPECT_NE(xml.find("<row r=\"2\" spans=\"1:2\" ht=\"47.25\" customHeight=\"1\">"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<row r=\"3\" spans=\"1:2\" ht=\"47.25\" customHeight=\"1\">"),
              std::string::npos);
    EXPECT_NE(xml.find("<row r=\"4\" spans=\"1:2\">"), std::string::npos);
    EXPECT_NE(xml.find("<row r=\"1\" spans=\"1:2\">"), std::string::npos);
}

TEST(WriteXlsxLayout, FillsTheGapsOfShortRowsWithBorderedBlanks) {
    OfficeSheet sheet = assignment_sheet();
    sheet.rows.push_back({OfficeCell{"1.2", {}}});
    const Result<std::string> bytes = write_xlsx({sheet});
    ASSERT_TRUE(bytes.has_value());
    const std::string xml = zip_entry(*bytes, "xl/worksheets/sheet1.xml").value_or("");
    for (const char* blank : {"<c r=\"B8\" s=\"", "<c r=\"C8\" s=\"", "<c r=\"D8\" s=\""}) {
        EXPECT_NE(xml.find(blank), std::string::npos) << blank;
    }
}

}  // namespace

}  // namespace parindex
