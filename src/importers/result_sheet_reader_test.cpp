#include "importers/result_sheet_reader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "importers/methodology_reader.hpp"
#include "importers/temporary_path_test_support.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_header =
    "Mã tiêu chí,Tên tiêu chí,Điểm tối đa,Điểm tự đánh giá,Giải trình tự đánh giá,"
    "Điểm thẩm định,Ý kiến thẩm định,Giải trình sau thẩm định,Điểm cuối cùng\n";

std::string sheet(std::string_view rows) {
    return std::string(k_header) + std::string(rows);
}

Error read_error(std::string_view bytes) {
    auto read = read_result_sheet(bytes, "ket-qua.csv");
    EXPECT_FALSE(read.has_value());
    return read ? Error{} : read.error();
}

void expect_error(std::string_view bytes, Label message, int line, std::string_view field) {
    const Error error = read_error(bytes);
    EXPECT_EQ(error.code, ErrorCode::invalid_input);
    EXPECT_EQ(error.detail.message, message) << describe(error);
    EXPECT_EQ(error.detail.where, (Location{"ket-qua.csv", line, std::string(field)}))
        << describe(error);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// --- CSV ---

TEST(ResultSheetReader, ReadsEveryColumnWithCommaOrPointDecimals) {
    const std::string text = sheet(
        "3.2.1,Tỷ lệ hồ sơ đúng hạn,3,\"2,7\",Đạt 90%,2.59,\"Theo Cổng DVC, 86,4%\","
        "Thống nhất,\"2,59\"\n"
        ",,,,,,,,\n"
        "1.1,Sáng kiến,2,2,,,,,\n");
    const auto read = read_result_sheet(text, "ket-qua.csv");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    ASSERT_EQ(read->size(), 2U);

    const ResultSheetRow& first = (*read)[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.result.code, "3.2.1");
    EXPECT_EQ(first.result.max_points, 3.0);
    EXPECT_EQ(first.result.self_points, 2.7);
    EXPECT_EQ(first.result.self_explanation, "Đạt 90%");
    EXPECT_EQ(first.result.appraised_points, 2.59);
    EXPECT_EQ(first.result.appraisal_comment, "Theo Cổng DVC, 86,4%");
    EXPECT_EQ(first.result.ward_explanation, "Thống nhất");
    EXPECT_EQ(first.result.final_points, 2.59);

    const ResultSheetRow& second = (*read)[1];
    EXPECT_EQ(second.line, 4);  // the empty row is skipped
    EXPECT_EQ(second.result.code, "1.1");
    EXPECT_EQ(second.result.self_points, 2.0);
    EXPECT_EQ(second.result.appraised_points, std::nullopt);  // empty: not known
    EXPECT_EQ(second.result.final_points, std::nullopt);
    EXPECT_EQ(second.result.appraisal_comment, "");
}

TEST(ResultSheetReader, MatchesColumnsInAnyOrderCaseAndNormalisation) {
    // "Điểm cuối cùng" decomposed (NFD), as some exports write it, and in capitals.
    const std::string text =
        "STT,ĐIỂM CUỐI CÙNG,mã tiêu chí,Ghi chú\n"
        "1,\"7,5\",2.1.\n";
    const auto read = read_result_sheet(text, "ket-qua.csv");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    ASSERT_EQ(read->size(), 1U);
    EXPECT_EQ((*read)[0].result.code, "2.1");  // as the plan writes it
    EXPECT_EQ((*read)[0].result.final_points, 7.5);
    EXPECT_EQ((*read)[0].result.max_points, std::nullopt);

    const std::string nfd =
        "Ma\xCC\x83 ti\xC3\xAA\xCC\x81u chi\xCC\x81,\xC4\x90i\xC3\xAA\xCC\x89m th\xC3\xA2\xCC\x89m "
        "\xC4\x91i\xCC\xA3nh\n"
        "1.1,1\n";
    const auto decomposed = read_result_sheet(nfd, "ket-qua.csv");
    ASSERT_TRUE(decomposed.has_value()) << describe(decomposed.error());
    EXPECT_EQ((*decomposed)[0].result.appraised_points, 1.0);
}

TEST(ResultSheetReader, NeedsTheCodeColumnAndAPointsColumn) {
    expect_error("Tên tiêu chí,Điểm cuối cùng\nA,1\n", Label::error_missing_column, 1, "");
    expect_error("Mã tiêu chí,Điểm tối đa,Ghi chú\n1.1,2,\n",
                 Label::error_baseline_no_points_column, 1, "");
    expect_error("", Label::error_no_header, 1, "");
    expect_error(k_header, Label::error_baseline_empty, 0, "");
}

TEST(ResultSheetReader, ABadNumberNamesItsLineAndColumn) {
    const Error error = read_error(sheet("1.1,,2,2,,2,,,2\n1.2,,2,2,,hai,,,2\n"));
    EXPECT_EQ(error.detail.message, Label::error_baseline_number);
    EXPECT_EQ(error.detail.where, (Location{"ket-qua.csv", 3, "Điểm thẩm định"}));
    EXPECT_EQ(error.detail.args, (std::vector<std::string>{"Điểm thẩm định", "hai"}));

    expect_error(sheet("1.1,,2,\"1,2,3\",,,,,\n"), Label::error_baseline_number, 2,
                 "Điểm tự đánh giá");
    expect_error(sheet("1.1,,2,\"1.000,5\",,,,,\n"), Label::error_baseline_number, 2,
                 "Điểm tự đánh giá");
    expect_error(sheet("1.1,,hai,2,,,,,\n"), Label::error_baseline_number, 2, "Điểm tối đa");
    expect_error(sheet("1.1,,2,,,,,,nan\n"), Label::error_baseline_number, 2, "Điểm cuối cùng");
}

TEST(ResultSheetReader, RefusesNegativePointsAndPointsAboveTheMaximum) {
    expect_error(sheet("1.1,,2,-1,,,,,\n"), Label::error_baseline_negative, 2, "Điểm tự đánh giá");
    expect_error(sheet("1.1,,-2,,,,,,1\n"), Label::error_baseline_negative, 2, "Điểm tối đa");
    const Error above = read_error(sheet("1.1,,2,2,,2,,,\"2,5\"\n"));
    EXPECT_EQ(above.detail.message, Label::error_baseline_above_max);
    EXPECT_EQ(above.detail.where, (Location{"ket-qua.csv", 2, "Điểm cuối cùng"}));
    EXPECT_EQ(above.detail.args, (std::vector<std::string>{"Điểm cuối cùng", "2,5", "2"}));
    // Without a maximum nothing is above it; the methodology's maximum is the app's to check.
    EXPECT_TRUE(read_result_sheet(sheet("1.1,,,12,,,,,\n"), "ket-qua.csv").has_value());
}

TEST(ResultSheetReader, ARowWithoutCodeIsSkippedOnlyWhenEmpty) {
    expect_error(sheet("1.1,,2,2,,,,,\n,Tên không mã,,,,,,,\n"), Label::error_baseline_code_missing,
                 3, "Mã tiêu chí");
    expect_error(sheet(",,2,2,,,,,\n"), Label::error_baseline_code_missing, 2, "Mã tiêu chí");
    const auto read = read_result_sheet(sheet("1.1,,2,2,,,,,\n , ,,,,,,,\n\n"), "ket-qua.csv");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    EXPECT_EQ(read->size(), 1U);
}

TEST(ResultSheetReader, ACodeTwiceNamesBothLines) {
    const Error error = read_error(sheet("1.1,,2,2,,,,,\n1.2,,2,2,,,,,\n1.1.,,2,1,,,,,\n"));
    EXPECT_EQ(error.detail.message, Label::error_baseline_duplicate_code);
    EXPECT_EQ(error.detail.where, (Location{"ket-qua.csv", 4, "Mã tiêu chí"}));
    EXPECT_EQ(error.detail.args, (std::vector<std::string>{"1.1", "2"}));
}

TEST(ResultSheetReader, RefusesTextThatIsNotUtf8) {
    expect_error("M\xe3 ti\xeau ch\xed,\xd0i\xeam cu\xf3i c\xf9ng\n1.1,1\n",
                 Label::error_baseline_not_text, 0, "");
}

TEST(ResultSheetReader, ReportsAnUnterminatedQuoteWithTheFile) {
    const Error error = read_error(sheet("1.1,\"Tên,2,2,,,,,\n"));
    EXPECT_EQ(error.detail.where.file, "ket-qua.csv");
    EXPECT_EQ(error.detail.where.line, 2);
}

// --- XLSX ---

TEST(ResultSheetReader, ReadsAnXlsxWorkbookFromItsBytes) {
    const TemporaryPath file("ket-qua.xlsx");
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, "Kết quả");
    worksheet_write_string(worksheet, 0, 0, "Mã tiêu chí", nullptr);
    worksheet_write_string(worksheet, 0, 1, "Tên tiêu chí", nullptr);
    worksheet_write_string(worksheet, 0, 2, "Điểm tối đa", nullptr);
    worksheet_write_string(worksheet, 0, 3, "Điểm thẩm định", nullptr);
    worksheet_write_string(worksheet, 0, 4, "Ý kiến thẩm định", nullptr);
    worksheet_write_string(worksheet, 0, 5, "Điểm cuối cùng", nullptr);
    worksheet_write_string(worksheet, 1, 0, "7.3.3", nullptr);
    worksheet_write_string(worksheet, 1, 1, "Tỷ lệ hồ sơ trực tuyến toàn trình", nullptr);
    worksheet_write_number(worksheet, 1, 2, 2.5, nullptr);
    worksheet_write_number(worksheet, 1, 3, 1.6, nullptr);
    worksheet_write_string(worksheet, 1, 4, "Tỷ lệ hồ sơ trực tuyến 32%", nullptr);
    worksheet_write_string(worksheet, 1, 5, "1,6", nullptr);  // typed as text
    worksheet_write_string(worksheet, 3, 0, "5.2", nullptr);  // row 3 left empty
    worksheet_write_number(worksheet, 3, 2, 2, nullptr);
    worksheet_write_number(worksheet, 3, 5, 1, nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    const auto read = read_result_sheet(read_file(file.path()), "ket-qua.xlsx");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    ASSERT_EQ(read->size(), 2U);
    EXPECT_EQ((*read)[0].line, 2);
    EXPECT_EQ((*read)[0].result.code, "7.3.3");
    EXPECT_EQ((*read)[0].result.max_points, 2.5);
    EXPECT_EQ((*read)[0].result.appraised_points, 1.6);
    EXPECT_EQ((*read)[0].result.appraisal_comment, "Tỷ lệ hồ sơ trực tuyến 32%");
    EXPECT_EQ((*read)[0].result.final_points, 1.6);
    EXPECT_EQ((*read)[1].line, 4);
    EXPECT_EQ((*read)[1].result.code, "5.2");
    EXPECT_EQ((*read)[1].result.final_points, 1.0);
}

TEST(ResultSheetReader, NamesTheXlsxRowAndTheSheetNotATemporaryCopy) {
    const TemporaryPath file("loi.xlsx");
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_write_string(worksheet, 0, 0, "Mã tiêu chí", nullptr);
    worksheet_write_string(worksheet, 0, 1, "Điểm tự đánh giá", nullptr);
    worksheet_write_string(worksheet, 1, 0, "1.1", nullptr);
    worksheet_write_number(worksheet, 1, 1, 2, nullptr);
    worksheet_write_string(worksheet, 2, 0, "1.2", nullptr);
    worksheet_write_string(worksheet, 2, 1, "hai điểm", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    const Error error = read_error(read_file(file.path()));
    EXPECT_EQ(error.detail.message, Label::error_baseline_number);
    EXPECT_EQ(error.detail.where, (Location{"ket-qua.csv", 3, "Điểm tự đánh giá"}));

    // Zip bytes that are not a workbook: the error names the sheet as it was sent.
    const Error broken = read_error(std::string("PK\x03\x04", 4) + "not a zip archive");
    EXPECT_NE(broken.code, ErrorCode::internal);
    const std::string message = describe(broken);
    EXPECT_NE(message.find("ket-qua.csv"), std::string::npos) << message;
    EXPECT_EQ(message.find("parindex-result-sheet"), std::string::npos) << message;
}

// --- The demo baseline ---

TEST(ResultSheetReader, ReadsTheDemoBaselineForEveryShippedLeaf) {
    const auto read = read_result_sheet(read_file(PARINDEX_DEMO_RESULTS), "ket-qua-2024.csv");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    const auto shipped = shipped_methodology();
    ASSERT_TRUE(shipped.has_value()) << describe(shipped.error());
    std::vector<std::string> leaves;
    for (const MethodologyNode& node : shipped->nodes) {
        if (node.is_leaf()) {
            leaves.push_back(node.code);
        }
    }
    std::vector<std::string> codes;
    double lost = 0;
    for (const ResultSheetRow& row : *read) {
        codes.push_back(row.result.code);
        const MethodologyNode* node = shipped->find(row.result.code);
        ASSERT_NE(node, nullptr) << row.result.code;
        EXPECT_EQ(row.result.max_points, node->max_points) << row.result.code;
        ASSERT_TRUE(row.result.final_points.has_value()) << row.result.code;
        lost += node->max_points - *row.result.final_points;
    }
    EXPECT_EQ(codes, leaves);
    EXPECT_GT(lost, 5);
    EXPECT_LT(lost, 15);
}

}  // namespace

}  // namespace parindex
