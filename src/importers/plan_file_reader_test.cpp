#include "importers/plan_file_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "importers/office_file_test_support.hpp"
#include "importers/plan_text_reader.hpp"

namespace parindex {
namespace {

std::string read_seed() {
    std::ifstream in(PARINDEX_SEED_PLAN, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One area and one task, as each format writes it.
const std::vector<std::string> k_area = {"I", "LĨNH VỰC"};
const std::vector<std::string> k_task = {"1.1", "Việc", "Làm", "Thường xuyên", "Phòng A"};

std::string small_docx() {
    auto word_row = [](const std::vector<std::string>& cells) {
        return test::row(std::vector<test::WordCell>(cells.begin(), cells.end()));
    };
    std::vector<std::string> rows = test::header_rows();
    rows.push_back(word_row(k_area));
    rows.push_back(word_row(k_task));
    return test::docx(test::table(rows));
}

std::string small_xlsx() {
    return test::xlsx({{"Phụ lục", test::sheet({{1,
                                                 {"STT", "Lĩnh vực, tiêu chí", "Yêu cầu năm 2025",
                                                  "Thời gian hoàn thành", "Phân công nhiệm vụ"}},
                                                {2, k_area},
                                                {3, k_task}})}});
}

TEST(ReadPlanFile, PicksTheFormatByContentNotByName) {
    // Named .txt, but a Word document and a workbook: messages name the table and the sheet.
    for (const auto& [bytes, source] :
         {std::pair{small_docx(), std::string("ke-hoach.txt, bảng phụ lục")},
          std::pair{small_xlsx(), std::string("ke-hoach.txt, trang tính “Phụ lục”")}}) {
        auto reading = read_plan_file(bytes, "ke-hoach.txt");
        ASSERT_TRUE(reading) << describe(reading.error());
        EXPECT_EQ(reading->draft.source_name, source);
        ASSERT_EQ(reading->draft.rows.size(), 2U);
        EXPECT_EQ(reading->draft.rows[1].lead_text, "Phòng A");
        EXPECT_EQ(reading->draft.info.year, 2025);
    }
}

TEST(ReadPlanFile, ReadsTextAsTheTextReaderDoes) {
    const std::string seed = read_seed();
    auto file = read_plan_file(seed, "seed.txt");
    auto text = read_plan_text(seed, "seed.txt");
    ASSERT_TRUE(file) << describe(file.error());
    ASSERT_TRUE(text);
    EXPECT_EQ(file->draft.rows.size(), 75U);
    EXPECT_EQ(file->draft.info, text->draft.info);
    EXPECT_EQ(file->warnings, text->warnings);

    auto empty = read_plan_file("", "rong.txt");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().detail.message, Label::error_file_empty);
}

TEST(ReadPlanFile, TextNamedAsAWordOrExcelFileIsRefusedAsSuch) {
    for (const char* name : {"ke-hoach.docx", "ke-hoach.xlsx"}) {
        auto reading = read_plan_file("STT\tLĩnh vực, tiêu chí\n", name);
        ASSERT_FALSE(reading) << name;
        EXPECT_EQ(reading.error().detail.message, Label::error_plan_format) << name;
    }
}

struct Refused {
    const char* name;
    std::string bytes;
    Label expected;
};

// NOLINTNEXTLINE(readability-identifier-naming): the name GoogleTest looks for
void PrintTo(const Refused& refused, std::ostream* out) {
    *out << refused.name;
}

class ReadPlanFileRefuses : public testing::TestWithParam<Refused> {};

TEST_P(ReadPlanFileRefuses, AFormatItCannotReadNamingTheFile) {
    auto reading = read_plan_file(GetParam().bytes, "ke-hoach-2025.bin");
    ASSERT_FALSE(reading);
    EXPECT_EQ(reading.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(reading.error().detail.message, GetParam().expected);
    EXPECT_NE(describe(reading.error()).find("ke-hoach-2025.bin"), std::string::npos)
        << describe(reading.error());
}

const Refused k_refused[] = {
    {"OpenDocument",
     test::zip_parts({{"mimetype", "application/vnd.oasis.opendocument.text"},
                      {"content.xml", "<office:document-content/>"}}),
     Label::error_plan_format},
    {"DamagedZip", std::string("PK\x03\x04\x14\0\0\0", 8) + "rest of a cut download",
     Label::error_plan_format},
    {"WordNinetySeven", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12),
     Label::error_plan_legacy_office},
    {"Pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", Label::error_plan_format},
    {"Png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), Label::error_plan_format},
};

INSTANTIATE_TEST_SUITE_P(Formats, ReadPlanFileRefuses, testing::ValuesIn(k_refused),
                         [](const testing::TestParamInfo<Refused>& refused) {
                             return refused.param.name;
                         });

}  // namespace
}  // namespace parindex
