#include "importers/plan_text_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/text.hpp"
#include "importers/plan_reading_test_support.hpp"

namespace parindex {
namespace {

constexpr std::string_view k_header =
    "STT\tLĩnh vực, tiêu chí\tYêu cầu năm 2025\tThời gian hoàn thành\tPhân công nhiệm vụ\t\n"
    "\t\t\t\tCơ quan chủ trì\tCơ quan phối hợp\n";

std::string read_seed() {
    std::ifstream in(PARINDEX_SEED_PLAN, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A plan appendix: the header, then the given rows (cells separated by tabs).
std::string appendix(std::initializer_list<std::string_view> rows) {
    std::string text(k_header);
    for (const std::string_view row : rows) {
        text += row;
        text += '\n';
    }
    return text;
}

// A small valid plan with one area, one group and two tasks; lines 3 to 6.
std::string small_plan() {
    return appendix({
        "I.\tCÔNG TÁC CHỈ ĐẠO\t\t\t\t",
        "1.1\tTheo dõi\t\t\t\t",
        "1.1.1\tKiểm tra\tĐạt trên 90%\tTrong năm 2025\tPhòng Văn hóa - Xã hội\t",
        "1.2\tBáo cáo\tBáo cáo đúng hạn\tTrước ngày 31/12/2025\tVăn phòng HĐND và UBND\t"
        "Phòng Văn hóa - Xã hội",
    });
}

using test::find_row;

int count_warnings(const PlanReading& reading, Label label) {
    return static_cast<int>(std::count_if(reading.warnings.begin(), reading.warnings.end(),
                                          [&](const Diagnostic& d) { return d.message == label; }));
}

bool has_warning(const PlanReading& reading, Label label, int line) {
    return std::any_of(reading.warnings.begin(), reading.warnings.end(), [&](const Diagnostic& d) {
        return d.message == label && d.where.line == line;
    });
}

Error read_error(std::string_view text) {
    auto reading = read_plan_text(text, "ke-hoach.txt");
    EXPECT_FALSE(reading.has_value());
    return reading ? Error{} : reading.error();
}

TEST(PlanTextReaderSeed, ReadsNineAreasSixteenGroupsFiftyTasks) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading) << describe(reading.error());
    const auto& rows = reading->draft.rows;
    EXPECT_EQ(rows.size(), 75U);
    auto count_kind = [&](NodeKind kind) {
        return std::count_if(rows.begin(), rows.end(),
                             [&](const DraftRow& r) { return r.kind == kind; });
    };
    EXPECT_EQ(count_kind(NodeKind::area), 9);
    EXPECT_EQ(count_kind(NodeKind::group), 16);
    EXPECT_EQ(count_kind(NodeKind::task), 50);
    EXPECT_EQ(rows.front().code, "I");
    EXPECT_EQ(rows.back().code, "9.3.3");
}

TEST(PlanTextReaderSeed, ReadsThePlanDetailsFromTheBody) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    const PlanInfo& info = reading->draft.info;
    EXPECT_EQ(info.year, 2025);
    EXPECT_EQ(info.issuing_body, "UBND phường Bắc Kạn");
    EXPECT_EQ(info.number, "");  // "Số: /KH-UBND": not numbered yet
    EXPECT_EQ(info.place_and_date, "Bắc Kạn, ngày tháng 9 năm 2025");
    EXPECT_FALSE(info.issued_on.has_value());
    EXPECT_EQ(info.signer_title, "CHỦ TỊCH");
    EXPECT_EQ(info.signer_name, "Đình Huy Hoàng");
    EXPECT_TRUE(info.title.starts_with("Về việc duy trì, cải thiện và nâng cao"));
}

TEST(PlanTextReaderSeed, JoinsRowsContinuedAfterAPageBreak) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    EXPECT_TRUE(find_row(*reading, "2.1.2")
                    .requirement.ends_with("kết quả theo đổi thi hành pháp luật theo thẩm quyền"));
    EXPECT_EQ(find_row(*reading, "6.2").title, "Công tác quản lý, sử dụng tài sản công");
    const DraftRow& task = find_row(*reading, "4.2.2");
    EXPECT_EQ(
        task.requirement,
        "100% vấn đề qua kiểm tra thực hiện phân cấp được khắc phục và thể hiện rõ trong báo cáo "
        "kết quả");
    EXPECT_EQ(task.lead_text, "Các cơ quan, tổ chức, đơn vị thuộc UBND phường");
    EXPECT_EQ(count_warnings(*reading, Label::warning_row_continued), 4);
    EXPECT_TRUE(has_warning(*reading, Label::warning_row_continued, 111));
}

TEST(PlanTextReaderSeed, SkipsEveryRepeatedPageHeaderWithAWarning) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    EXPECT_EQ(count_warnings(*reading, Label::warning_page_header), 9);
    EXPECT_TRUE(has_warning(*reading, Label::warning_page_header, 109));
}

TEST(PlanTextReaderSeed, TurnsHtmlParagraphsIntoLines) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    const std::string& requirement = find_row(*reading, "7.3.1").requirement;
    EXPECT_EQ(requirement.find('<'), std::string::npos);
    EXPECT_EQ(std::count(requirement.begin(), requirement.end(), '\n'), 1);
    EXPECT_TRUE(requirement.starts_with("- Tỷ lệ số hóa hồ sơ"));
    EXPECT_TRUE(
        requirement.ends_with("(không tính thủ tục chứng thực và kết hôn có yếu tố nước ngoài)"));
    EXPECT_EQ(count_warnings(*reading, Label::warning_html_removed), 1);
}

TEST(PlanTextReaderSeed, DropsTheDraftSentenceWrittenTwice) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    EXPECT_TRUE(
        find_row(*reading, "4.2.1")
            .requirement.starts_with("Thực hiện các nhiệm vụ về phân cấp quản lý nhà nước theo "
                                     "đúng quy định tại Nghị quyết số 04/NQ-CP ngày 10/01/2022"));
    EXPECT_EQ(count_warnings(*reading, Label::warning_duplicate_sentence), 1);
}

TEST(PlanTextReaderSeed, ReadsEveryDeadline) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    EXPECT_EQ(find_row(*reading, "1.1").deadline->kind, DeadlineKind::before_date);
    EXPECT_EQ(find_row(*reading, "1.1").deadline->due.to_iso(), "2025-12-31");
    EXPECT_EQ(find_row(*reading, "2.1.1").deadline->kind, DeadlineKind::within_year);
    EXPECT_EQ(find_row(*reading, "3.1.1").deadline->kind, DeadlineKind::ongoing);
    EXPECT_EQ(find_row(*reading, "3.1.1").deadline_text, "Thường xuyên");
}

TEST(PlanTextReaderSeed, NfdCrlfAndByteOrderMarkGiveTheSameRows) {
    const std::string seed = read_seed();
    auto plain = read_plan_text(seed, "seed.txt");
    ASSERT_TRUE(plain);

    std::string crlf = "\xEF\xBB\xBF";
    for (const char c : seed) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    auto windows = read_plan_text(crlf, "seed.txt");
    ASSERT_TRUE(windows) << describe(windows.error());

    // NFD: decompose through ICU by folding nothing but the form; "ồ" becomes o + ̂ + ̀.
    std::string nfd = seed;
    const std::string composed = "hoá";
    const std::string decomposed = "hoa\xCC\x81";
    for (std::size_t at = nfd.find(composed); at != std::string::npos;
         at = nfd.find(composed, at)) {
        nfd.replace(at, composed.size(), decomposed);
    }
    ASSERT_FALSE(is_nfc(nfd));
    auto decomposed_reading = read_plan_text(nfd, "seed.txt");
    ASSERT_TRUE(decomposed_reading);
    EXPECT_EQ(count_warnings(*decomposed_reading, Label::warning_input_nfd), 1);

    for (const auto* other : {&*windows, &*decomposed_reading}) {
        ASSERT_EQ(other->draft.rows.size(), plain->draft.rows.size());
        for (std::size_t i = 0; i < plain->draft.rows.size(); ++i) {
            EXPECT_EQ(other->draft.rows[i].requirement, plain->draft.rows[i].requirement);
            EXPECT_EQ(other->draft.rows[i].lead_text, plain->draft.rows[i].lead_text);
            EXPECT_EQ(other->draft.rows[i].title, plain->draft.rows[i].title);
        }
    }
}

TEST(PlanTextReader, ReadsAnAppendixWithoutABody) {
    auto reading = read_plan_text(small_plan(), "ke-hoach.txt");
    ASSERT_TRUE(reading) << describe(reading.error());
    EXPECT_EQ(reading->draft.info.year, 2025);
    ASSERT_EQ(reading->draft.rows.size(), 4U);
    EXPECT_EQ(reading->draft.rows[1].kind, NodeKind::group);
    EXPECT_EQ(reading->draft.rows[2].line, 5);
    EXPECT_EQ(reading->draft.rows[3].coordinating_text, "Phòng Văn hóa - Xã hội");
    EXPECT_TRUE(reading->warnings.empty());
}

TEST(PlanTextReader, AcceptsRowsWhoseTrailingTabsWereTrimmed) {
    auto reading = read_plan_text(
        appendix({"I\tLĩnh vực", "1.1\tViệc\tLàm\tThường xuyên\tPhòng A"}), "ke-hoach.txt");
    ASSERT_TRUE(reading) << describe(reading.error());
    EXPECT_EQ(reading->draft.rows[1].lead_text, "Phòng A");
}

struct BadInput {
    const char* name;
    std::string text;
    Label expected;
    int line;
};

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const BadInput& input, std::ostream* out) {
    *out << input.name;
}

class PlanTextReaderRejects : public testing::TestWithParam<BadInput> {};

TEST_P(PlanTextReaderRejects, NamesTheLineAndWhatWasExpected) {
    const BadInput& input = GetParam();
    const Error error = read_error(input.text);
    EXPECT_EQ(error.code, ErrorCode::invalid_input);
    EXPECT_EQ(error.detail.message, input.expected) << describe(error);
    EXPECT_EQ(error.detail.where.line, input.line) << describe(error);
    EXPECT_EQ(error.detail.where.file, "ke-hoach.txt");
}

const BadInput k_bad_inputs[] = {
    {"Empty", "", Label::error_file_empty, 0},
    {"OnlySpaces", " \n\t\n", Label::error_file_empty, 0},
    {"Binary", std::string("STT\tx\n\x89PNG\0\0", 12), Label::error_not_text, 2},
    {"InvalidUtf8", "dòng một\nd\xC3\x28ng hai\n", Label::error_not_text, 2},
    {"AnotherTable", "MaHoSo,DonViXuLy,MaTTHC\nH1,VP,1.001\n", Label::error_no_appendix_table, 0},
    {"UnknownArea",
     appendix({"I\tLĩnh vực một\t\t\t\t", "1.1\tViệc\tLàm\tThường xuyên\tPhòng A\t",
               "10.1\tViệc khác\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_unknown_area, 5},
    {"BadNumber", appendix({"I\tLĩnh vực\t\t\t\t", "1.a\tViệc\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_bad_number, 4},
    {"BadDeadline", appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tSớm nhất có thể\tPhòng A\t"}),
     Label::error_bad_deadline, 4},
    {"ImpossibleDate",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tTrước ngày 31/02/2025\tPhòng A\t"}),
     Label::error_bad_deadline, 4},
    {"MissingLead", appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tThường xuyên\t\tPhòng B"}),
     Label::error_task_field_missing, 4},
    {"MissingRequirement",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\t\tThường xuyên\tPhòng A\t"}),
     Label::error_task_field_missing, 4},
    {"DuplicateNumber",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tThường xuyên\tPhòng A\t",
               "1.1\tViệc\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_duplicate_number, 5},
    {"MissingParent",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.2.1\tViệc\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_missing_parent, 4},
    {"TaskWithChildren",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tThường xuyên\tPhòng A\t",
               "1.1.1\tViệc con\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_task_with_children, 5},
    {"EmptyGroup",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tNhóm rỗng\t\t\t\t",
               "1.2\tViệc\tLàm\tThường xuyên\tPhòng A\t"}),
     Label::error_empty_group, 4},
    {"AreaWithoutTitle", appendix({"I\t\t\t\t\t"}), Label::error_area_without_title, 3},
    {"TooManyColumns",
     appendix({"I\tLĩnh vực\t\t\t\t", "1.1\tViệc\tLàm\tThường xuyên\tPhòng A\tPhòng B\tthừa"}),
     Label::error_wrong_column_count, 4},
    {"LineWithoutCells", appendix({"I\tLĩnh vực\t\t\t\t", "một dòng lạc"}),
     Label::error_wrong_column_count, 4},
    {"OrphanContinuation", appendix({"\tchữ lạc\t\t\t\t"}), Label::error_orphan_continuation, 3},
    {"NoTasks", appendix({"I\tLĩnh vực\t\t\t\t"}), Label::error_no_tasks, 1},
    {"NoYear", "STT\tLĩnh vực, tiêu chí\tYêu cầu\tThời gian\tPhân công\t\nI\tA\t\t\t\t\n",
     Label::error_no_year, 1},
};

INSTANTIATE_TEST_SUITE_P(BadInputs, PlanTextReaderRejects, testing::ValuesIn(k_bad_inputs),
                         [](const testing::TestParamInfo<BadInput>& input) {
                             return input.param.name;
                         });

TEST(PlanTextReader, RejectsTheSeedWithOneBrokenRowAtItsLine) {
    std::string seed = read_seed();
    const std::string good =
        "Trong năm 2025\tPhòng Kinh tế, Hạ tầng và Đô thị\tCác cơ quan, đơn vị thuộc UBND";
    const std::size_t at = seed.find(good);  // 8.2, the first row with that deadline and lead
    ASSERT_NE(at, std::string::npos);
    seed.replace(at, std::string_view("Trong năm 2025").size(), "Cuối năm nay");
    const Error error = read_error(seed);
    EXPECT_EQ(error.detail.message, Label::error_bad_deadline);
    EXPECT_EQ(error.detail.where.line, 194);
    EXPECT_NE(describe(error).find("dòng 194"), std::string::npos) << describe(error);
}

}  // namespace
}  // namespace parindex
