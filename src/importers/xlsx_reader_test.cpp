#include "importers/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "importers/temporary_path_test_support.hpp"

namespace parindex {

namespace {

struct Row {
    int number = 0;
    std::vector<std::string> cells;

    friend bool operator==(const Row&, const Row&) = default;
};

Result<std::vector<Row>> read_all(const std::string& path) {
    std::vector<Row> rows;
    PARINDEX_TRY(read_xlsx_rows(path, [&rows](int number, const std::vector<std::string>& cells) {
        rows.push_back(Row{number, cells});
        return Result<void>{};
    }));
    return rows;
}

// "Hòa" with the tone mark as a combining character (NFD), as some exports write it.
const std::string k_nfd_hoa =
    "Ho\xCC\x80"
    "a";

// The fixture: what an export of the one-stop system looks like, written by libxlsxwriter.
void write_fixture(const std::string& path) {
    lxw_workbook* workbook = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Hồ sơ");
    lxw_worksheet* other = workbook_add_worksheet(workbook, "Khác");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* date_time = workbook_add_format(workbook);
    format_set_num_format(date_time, "dd/mm/yyyy hh:mm");
    lxw_format* builtin_date = workbook_add_format(workbook);
    format_set_num_format_index(builtin_date, 14);
    lxw_format* colour_number = workbook_add_format(workbook);
    format_set_num_format(colour_number, "[Red]#,##0.00;\"đ\"0");

    worksheet_write_string(sheet, 0, 0, "Mã hồ sơ", nullptr);
    worksheet_write_string(sheet, 0, 1, "Ngày tiếp nhận", nullptr);
    worksheet_write_string(sheet, 0, 3, "Hạn xử lý", nullptr);  // column C left empty
    worksheet_write_string(sheet, 1, 0, "H12.345-250314-0001", nullptr);
    worksheet_write_number(sheet, 1, 1, 45730, date);                    // 14/03/2025
    worksheet_write_number(sheet, 1, 3, 45730.354166666664, date_time);  // 08:30
    worksheet_write_number(sheet, 1, 4, 1.001193, nullptr);
    worksheet_write_number(sheet, 1, 5, 2, nullptr);
    worksheet_write_string(sheet, 2, 0, "Phường An Khánh, Thủ Đức", nullptr);
    worksheet_write_string(sheet, 2, 1, k_nfd_hoa.c_str(), nullptr);
    worksheet_write_number(sheet, 2, 2, 59, builtin_date);       // 28/02/1900
    worksheet_write_number(sheet, 2, 3, 61, builtin_date);       // 01/03/1900
    worksheet_write_number(sheet, 2, 4, 1234.5, colour_number);  // not a date
    worksheet_write_boolean(sheet, 2, 5, 1, nullptr);
    worksheet_write_blank(sheet, 3, 2, date);  // a formatted but empty row
    worksheet_write_formula_str(sheet, 5, 0, "=\"a\"&\"b\"", nullptr, "ab");
    worksheet_write_number(sheet, 5, 1, 0.30000000000000004, nullptr);
    worksheet_write_number(sheet, 5, 2, -1250000, nullptr);
    worksheet_write_string(other, 0, 0, "not the first sheet", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
}

TEST(ReadXlsxRows, ReadsTheFirstSheetAsTheTextAPersonSees) {
    const TemporaryPath file("fixture.xlsx");
    write_fixture(file.path());
    const Result<std::vector<Row>> rows = read_all(file.path());
    ASSERT_TRUE(rows.has_value()) << describe(rows.error());
    const std::vector<Row> expected = {
        {1, {"Mã hồ sơ", "Ngày tiếp nhận", "", "Hạn xử lý"}},
        {2, {"H12.345-250314-0001", "2025-03-14", "", "2025-03-14T08:30:00", "1.001193", "2"}},
        {3, {"Phường An Khánh, Thủ Đức", k_nfd_hoa, "1900-02-28", "1900-03-01", "1234.5", "1"}},
        {6, {"ab", "0.3", "-1250000"}},
    };
    EXPECT_EQ(*rows, expected);
}

TEST(ReadXlsxRows, RoundTripsWhatItReadsIntoTheSameValues) {
    const TemporaryPath file("large.xlsx");
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    constexpr int k_rows = 3000;  // shared strings and the sheet span several 64 KiB chunks
    for (int row = 0; row < k_rows; ++row) {
        const std::string text = "Hồ sơ số " + std::to_string(row) + " của phường An Khánh";
        worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, text.c_str(), nullptr);
        worksheet_write_number(sheet, static_cast<lxw_row_t>(row), 1, row * 0.25, nullptr);
    }
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    int seen = 0;
    const Result<void> read = read_xlsx_rows(
        file.path(), [&seen](int number, const std::vector<std::string>& cells) -> Result<void> {
            const int row = number - 1;
            EXPECT_EQ(row, seen);
            EXPECT_EQ(cells.at(0), "Hồ sơ số " + std::to_string(row) + " của phường An Khánh");
            char expected[32];
            std::snprintf(expected, sizeof expected, "%g", row * 0.25);
            EXPECT_EQ(cells.at(1), expected);
            ++seen;
            return {};
        });
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    EXPECT_EQ(seen, k_rows);
}

TEST(ReadXlsxRows, StopsAtTheFirstFailureOfTheVisitor) {
    const TemporaryPath file("stop.xlsx");
    write_fixture(file.path());
    int visited = 0;
    const Result<void> read =
        read_xlsx_rows(file.path(), [&visited](int number, const std::vector<std::string>&) {
            ++visited;
            return number == 2
                       ? Result<void>(fail(ErrorCode::conflict, Label::error_internal, {"row 2"}))
                       : Result<void>{};
        });
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::conflict);
    EXPECT_EQ(visited, 2);
}

TEST(ReadXlsxRows, RefusesAFileThatIsNotAWorkbook) {
    const TemporaryPath text("not-a-workbook.xlsx");
    std::ofstream(text.path()) << "Mã hồ sơ\tNgày tiếp nhận\n";
    const Result<std::vector<Row>> rows = read_all(text.path());
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(rows.error().detail.message, Label::error_not_xlsx);
    EXPECT_NE(describe(rows.error()).find(text.path()), std::string::npos);

    // A zip, but not of a workbook.
    const TemporaryPath archive_path("other.zip");
    int error = 0;
    zip_t* archive = zip_open(archive_path.path().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr);
    const std::string content = "<a/>";
    zip_file_add(archive, "word/document.xml",
                 zip_source_buffer(archive, content.data(), content.size(), 0), 0);
    ASSERT_EQ(zip_close(archive), 0);
    const Result<std::vector<Row>> other = read_all(archive_path.path());
    ASSERT_FALSE(other.has_value());
    EXPECT_EQ(other.error().detail.message, Label::error_not_xlsx);

    const Result<std::vector<Row>> missing = read_all(text.path() + ".missing");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::io);
}

// A workbook written by hand: the parts a producer other than Excel may write.
void write_parts(const std::string& path,
                 const std::vector<std::pair<std::string, std::string>>& parts) {
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr);
    for (const auto& [name, content] : parts) {
        zip_file_add(archive, name.c_str(),
                     zip_source_buffer(archive, content.data(), content.size(), 0), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

const std::pair<std::string, std::string> k_workbook = {
    "xl/workbook.xml",
    R"(<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <x:sheets><x:sheet name="A" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>)"};
const std::pair<std::string, std::string> k_relationships = {
    "xl/_rels/workbook.xml.rels",
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/sheets/data.xml"/>
        <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
        </Relationships>)"};

TEST(ReadXlsxRows, FollowsRelationshipsAndReadsPrefixedRichAndInlineText) {
    const TemporaryPath file("hand.xlsx");
    write_parts(
        file.path(),
        {k_workbook,
         k_relationships,
         {"xl/strings.xml",
          R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                     <si><r><t>Trung tâm </t></r><r><rPr><b/></rPr><t>Phục vụ</t></r>
                     <rPh><t>ふりがな</t></rPh></si><si><t xml:space="preserve"> a&amp;b </t></si></sst>)"},
         {"xl/sheets/data.xml",
          R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                     <x:sheetData>
                     <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>
                     <x:row><x:c r="B2" t="inlineStr"><x:is><x:t>nội dòng</x:t></x:is></x:c>
                       <x:c t="n"><x:v>1E-3</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>
                     <x:row r="9"><x:c r="A9"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
                     <x:row r="10"/>
                     </x:sheetData></x:worksheet>)"}});
    const Result<std::vector<Row>> rows = read_all(file.path());
    ASSERT_TRUE(rows.has_value()) << describe(rows.error());
    const std::vector<Row> expected = {
        {1, {"Trung tâm Phục vụ", " a&b "}},
        {2, {"", "nội dòng", "0.001", "#N/A"}},
        {9, {"2"}},
    };
    EXPECT_EQ(*rows, expected);
}

TEST(ReadXlsxRows, NamesTheFileAndTheLineOfBrokenXml) {
    const TemporaryPath file("broken.xlsx");
    write_parts(file.path(), {k_workbook,
                              k_relationships,
                              {"xl/sheets/data.xml",
                               "<worksheet>\n<sheetData>\n<row><c><v>1</v></row>\n</sheetData>"}});
    const Result<std::vector<Row>> rows = read_all(file.path());
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(rows.error().detail.message, Label::error_xlsx_xml);
    ASSERT_EQ(rows.error().detail.args.size(), 4u);
    EXPECT_EQ(rows.error().detail.args[0], file.path());
    EXPECT_EQ(rows.error().detail.args[1], "xl/sheets/data.xml");
    EXPECT_EQ(rows.error().detail.args[2], "3");
}

TEST(ReadXlsxRows, RefusesAWorkbookWithoutSheetsOrWithABadSharedString) {
    const TemporaryPath empty("empty.xlsx");
    write_parts(empty.path(),
                {{"xl/workbook.xml", "<workbook><sheets/></workbook>"}, k_relationships});
    const Result<std::vector<Row>> none = read_all(empty.path());
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().detail.message, Label::error_xlsx_no_sheet);

    const TemporaryPath bad("bad-string.xlsx");
    write_parts(bad.path(), {k_workbook,
                             k_relationships,
                             {"xl/sheets/data.xml",
                              R"(<worksheet><sheetData><row><c t="s"><v>5</v></c></row>
                                 </sheetData></worksheet>)"}});
    const Result<std::vector<Row>> rows = read_all(bad.path());
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().detail.message, Label::error_xlsx_bad_string);
}

TEST(ReadXlsxRows, RefusesADocumentTypeDeclaration) {
    const TemporaryPath file("doctype.xlsx");
    write_parts(file.path(),
                {k_workbook,
                 k_relationships,
                 {"xl/sheets/data.xml", R"(<!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet/>)"}});
    const Result<std::vector<Row>> rows = read_all(file.path());
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().detail.message, Label::error_xlsx_xml);
}

}  // namespace

}  // namespace parindex
