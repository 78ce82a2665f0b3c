#include "importers/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace parindex {
namespace {

using Fields = std::vector<std::string>;

struct Record {
    int line = 0;
    Fields fields;
    std::string raw;

    friend bool operator==(const Record&, const Record&) = default;
};

// Every record of `bytes`, copied out of the reader's views; fails the test on an error.
std::vector<Record> read_all(std::string_view bytes) {
    CsvReader reader(bytes);
    std::vector<std::string_view> views;
    std::vector<Record> records;
    while (true) {
        const auto more = reader.next(views);
        EXPECT_TRUE(more.has_value()) << (more ? "" : describe(more.error()));
        if (!more || !*more) {
            break;
        }
        records.push_back(
            Record{reader.line(), Fields(views.begin(), views.end()), std::string(reader.raw())});
    }
    return records;
}

TEST(CsvReader, SplitsRecordsAndFields) {
    const auto records = read_all("a,b,c\n1,2,3\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0], (Record{1, {"a", "b", "c"}, "a,b,c"}));
    EXPECT_EQ(records[1], (Record{2, {"1", "2", "3"}, "1,2,3"}));
}

TEST(CsvReader, SkipsALeadingBom) {
    const auto records = read_all("\xEF\xBB\xBFMaHoSo,DonViXuLy\nH1,U1\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0].fields, (Fields{"MaHoSo", "DonViXuLy"}));
    EXPECT_EQ(records[0].line, 1);
}

TEST(CsvReader, EndsRecordsAtCrlf) {
    const auto records = read_all("a,b\r\n1,2\r\n3,4\r\n");
    ASSERT_EQ(records.size(), 3U);
    EXPECT_EQ(records[0], (Record{1, {"a", "b"}, "a,b"}));
    EXPECT_EQ(records[1], (Record{2, {"1", "2"}, "1,2"}));
    EXPECT_EQ(records[2], (Record{3, {"3", "4"}, "3,4"}));
}

TEST(CsvReader, KeepsCommasInsideQuotes) {
    const auto records = read_all("\"Chứng thực bản sao, bản chính\",2\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields, (Fields{"Chứng thực bản sao, bản chính", "2"}));
}

TEST(CsvReader, UnescapesDoubledQuotes) {
    const auto records = read_all("\"a \"\"quoted\"\" word\",\"\"\"\",\"x\"\"\"\n");
    ASSERT_EQ(records.size(), 1U);
    EXPECT_EQ(records[0].fields, (Fields{"a \"quoted\" word", "\"", "x\""}));
    // The raw text is the record as written.
    EXPECT_EQ(records[0].raw, "\"a \"\"quoted\"\" word\",\"\"\"\",\"x\"\"\"");
}

TEST(CsvReader, KeepsNewlinesInsideQuotesAndCountsTheirLines) {
    // Record 2 spans lines 2 and 3 (LF) and record 3 lines 4 to 6 (CRLF, two breaks inside).
    const auto records = read_all(
        "code,name\n"
        "H1,\"first\nsecond\"\n"
        "H2,\"x\r\ny\r\nz\"\r\n"
        "H3,last\n");
    ASSERT_EQ(records.size(), 4U);
    EXPECT_EQ(records[1], (Record{2, {"H1", "first\nsecond"}, "H1,\"first\nsecond\""}));
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields, (Fields{"H2", "x\r\ny\r\nz"}));
    EXPECT_EQ(records[3], (Record{7, {"H3", "last"}, "H3,last"}));
}

TEST(CsvReader, ReadsEmptyFields) {
    const auto records = read_all(",a,,\n\"\",,b\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0].fields, (Fields{"", "a", "", ""}));
    EXPECT_EQ(records[1].fields, (Fields{"", "", "b"}));
}

TEST(CsvReader, ReadsTheLastFieldWithoutALineEnd) {
    const auto records = read_all("a,b\n1,2");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[1], (Record{2, {"1", "2"}, "1,2"}));
    // A quoted last field and an empty one after a final comma.
    const auto quoted = read_all("1,\"two\"");
    ASSERT_EQ(quoted.size(), 1U);
    EXPECT_EQ(quoted[0].fields, (Fields{"1", "two"}));
    const auto trailing_comma = read_all("1,2,");
    ASSERT_EQ(trailing_comma.size(), 1U);
    EXPECT_EQ(trailing_comma[0].fields, (Fields{"1", "2", ""}));
}

TEST(CsvReader, ReadsNothingFromEmptyInput) {
    EXPECT_TRUE(read_all("").empty());
    EXPECT_TRUE(read_all("\xEF\xBB\xBF").empty());
}

TEST(CsvReader, ReportsAnUnterminatedQuoteWithItsLine) {
    CsvReader reader("a,b\n1,2\n3,\"never closed\n4,5\n");
    std::vector<std::string_view> fields;
    ASSERT_TRUE(reader.next(fields).value_or(false));
    ASSERT_TRUE(reader.next(fields).value_or(false));
    const auto third = reader.next(fields);
    ASSERT_FALSE(third.has_value());
    EXPECT_EQ(third.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(third.error().detail.message, Label::error_csv_unterminated_quote);
    // The record starts on line 3.
    EXPECT_EQ(third.error().detail.where.line, 3);
}

TEST(CsvReader, ReportsProgressInBytes) {
    const std::string_view bytes = "a,b\n1,2\n";
    CsvReader reader(bytes);
    std::vector<std::string_view> fields;
    EXPECT_EQ(reader.position(), 0U);
    ASSERT_TRUE(reader.next(fields).value_or(false));
    EXPECT_EQ(reader.position(), 4U);
    ASSERT_TRUE(reader.next(fields).value_or(false));
    EXPECT_EQ(reader.position(), bytes.size());
    EXPECT_FALSE(reader.next(fields).value_or(true));
}

}  // namespace
}  // namespace parindex
