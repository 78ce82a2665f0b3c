#include "core/text_lines.hpp"

#include <gtest/gtest.h>

namespace parindex {
namespace {

using Lines = std::vector<std::string>;

TEST(TextLines, SplitsAtNewLinesAndDropsCarriageReturns) {
    EXPECT_EQ(split_lines("- Như trên;\r\n- Lưu: VT."), (Lines{"- Như trên;", "- Lưu: VT."}));
    EXPECT_EQ(split_lines("a\n\nb\n"), (Lines{"a", "", "b"}));
    EXPECT_EQ(split_lines(""), Lines{});
}

TEST(TextLines, JoinIsTheInverseOfSplit) {
    const Lines lines{"Sở Nội vụ (b/c);", "", "Lưu: VT, VHXH."};
    EXPECT_EQ(join_lines(lines), "Sở Nội vụ (b/c);\n\nLưu: VT, VHXH.");
    EXPECT_EQ(split_lines(join_lines(lines)), lines);
    EXPECT_EQ(join_lines({}), "");
    EXPECT_EQ(join_lines({"", "x"}), "\nx");
}

TEST(TextLines, NonBlankLinesCollapseSpaces) {
    EXPECT_EQ(non_blank_lines("  Kiến nghị   một \n \t\nhai"), (Lines{"Kiến nghị một", "hai"}));
}

}  // namespace
}  // namespace parindex
