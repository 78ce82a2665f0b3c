#include "report/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "report/office_test_support.hpp"

namespace parindex {

namespace {

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

}  // namespace

}  // namespace parindex
