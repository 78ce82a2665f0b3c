#include "importers/cell_text.hpp"

#include <gtest/gtest.h>

namespace parindex {
namespace {

TEST(StripHtml, LeavesTextWithoutTagsAlone) {
    EXPECT_FALSE(strip_html("Đạt 100% số văn bản").has_value());
    EXPECT_FALSE(strip_html("a < b và c > d").has_value());
}

TEST(StripHtml, TurnsParagraphsIntoLinesAndDecodesEntities) {
    const auto text =
        strip_html("<p>- Tỷ lệ A là 100%.</p> <p>- Tỷ lệ B&nbsp;là 100% &amp; hơn</p>");
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, "- Tỷ lệ A là 100%.\n- Tỷ lệ B là 100% & hơn");
}

TEST(StripHtml, BreaksLinesAtBrAndDropsInlineTags) {
    const auto text = strip_html("Dòng <b>một</b><br/>dòng <span class=\"x\">hai</span>");
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, "Dòng một\ndòng hai");
}

TEST(RemoveDuplicatedOpening, DropsAShorterDraftOfTheSameStatement) {
    const auto removal = remove_duplicated_opening(
        "Thực hiện các nhiệm vụ về phân cấp quản lý theo Nghị quyết 04 Thực hiện các nhiệm vụ về "
        "phân "
        "cấp quản lý theo đúng quy định tại Nghị quyết 04 ngày 10/01/2022");
    ASSERT_TRUE(removal.has_value());
    EXPECT_EQ(removal->removed, "Thực hiện các nhiệm vụ về phân cấp quản lý theo Nghị quyết 04");
    EXPECT_EQ(
        removal->text,
        "Thực hiện các nhiệm vụ về phân cấp quản lý theo đúng quy định tại Nghị quyết 04 ngày "
        "10/01/2022");
}

TEST(RemoveDuplicatedOpening, DropsAnExactRepeat) {
    const auto removal = remove_duplicated_opening(
        "Công khai đầy đủ thủ tục hành chính đúng quy định Công khai đầy đủ thủ tục hành chính "
        "đúng quy "
        "định");
    ASSERT_TRUE(removal.has_value());
    EXPECT_EQ(removal->text, "Công khai đầy đủ thủ tục hành chính đúng quy định");
}

TEST(RemoveDuplicatedOpening, KeepsOrdinaryRepetition) {
    // The opening words come back, but what precedes them is not a draft of what follows.
    EXPECT_FALSE(
        remove_duplicated_opening(
            "Thực hiện các nhiệm vụ được giao đúng hạn, báo cáo kết quả; Thực hiện các nhiệm vụ "
            "được giao khác")
            .has_value());
    EXPECT_FALSE(
        remove_duplicated_opening("Báo cáo kết quả theo dõi thi hành pháp luật").has_value());
}

TEST(TidyLines, CollapsesSpacesAndDropsBlankLines) {
    EXPECT_EQ(tidy_lines("  a \t b \n\n  c\n"), "a b\nc");
    EXPECT_EQ(tidy_lines(""), "");
}

}  // namespace
}  // namespace parindex
