#include "core/labels.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace parindex {

namespace {

// The last entry of labels.inc: the loops below visit every label from the first to this one.
constexpr Label k_last_label = Label::http_method_not_allowed;

std::vector<Label> all_labels() {
    std::vector<Label> labels;
    for (std::size_t i = 0; i <= static_cast<std::size_t>(k_last_label); ++i) {
        labels.push_back(static_cast<Label>(i));
    }
    return labels;
}

// The numbers of the {n} placeholders a text holds.
std::set<int> placeholders(std::string_view text) {
    std::set<int> numbers;
    for (std::size_t open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            break;
        }
        const std::string_view digits = text.substr(open + 1, close - open - 1);
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
            continue;
        }
        numbers.insert(std::stoi(std::string(digits)));
    }
    return numbers;
}

// --- label_text ------------------------------------------------------------------------------

TEST(LabelText, ReturnsTheTableTextWithPlaceholdersUntouched) {
    EXPECT_EQ(label_text(Label::prefix_error), "Lỗi");
    EXPECT_EQ(label_text(Label::location_line), "dòng {1}");
    EXPECT_EQ(label_text(Label::deadline_within_quarter), "Trong quý {1} năm {2}");
    EXPECT_EQ(label_text(Label::word_requirement), "Yêu cầu");
    EXPECT_EQ(label_text(k_last_label), "Phương thức không được hỗ trợ cho địa chỉ này");
}

// --- format_label ----------------------------------------------------------------------------

struct FormatCase {
    Label label;
    std::vector<std::string> args;
    std::string_view expected;
};

TEST(FormatLabel, ReplacesEachPlaceholderWithItsArgument) {
    const std::vector<FormatCase> cases = {
        {Label::location_file, {"kehoach.txt"}, "tệp kehoach.txt"},
        {Label::deadline_within_quarter, {"III", "2025"}, "Trong quý III năm 2025"},
        {Label::deadline_within_month, {"6", "2025"}, "Trong tháng 6/2025"},  // {1}/{2} adjacent
        {Label::location_field, {"Yêu cầu"}, "trường “Yêu cầu”"},             // between quotes
        // {2} comes before {1} in the text
        {Label::warning_row_continued,
         {"2.1.2", "Yêu cầu"},
         "Nối phần tiếp theo sau ngắt trang vào cột “Yêu cầu” của mục 2.1.2"},
        // {2} used twice
        {Label::error_unknown_area,
         {"2.1", "II"},
         "Tiêu chí 2.1 thuộc lĩnh vực II, nhưng lĩnh vực II chưa được khai báo ở dòng trước"},
        {Label::import_created,
         {"2025", "9", "16", "56", "6"},
         "Đã nhập kế hoạch năm 2025: 9 lĩnh vực, 16 nhóm tiêu chí, 56 nhiệm vụ, 6 đơn vị và nhóm "
         "đơn vị"},
    };
    for (const FormatCase& c : cases) {
        EXPECT_EQ(format_label(c.label, c.args), c.expected) << label_text(c.label);
    }
}

TEST(FormatLabel, LeavesAPlaceholderWithoutArgumentVisible) {
    EXPECT_EQ(format_label(Label::location_file), "tệp {1}");
    EXPECT_EQ(format_label(Label::deadline_within_quarter, {"II"}), "Trong quý II năm {2}");
    EXPECT_EQ(format_label(Label::error_unknown_area, {"2.1"}),
              "Tiêu chí 2.1 thuộc lĩnh vực {2}, nhưng lĩnh vực {2} chưa được khai báo ở dòng "
              "trước");
}

TEST(FormatLabel, IgnoresArgumentsBeyondThePlaceholders) {
    EXPECT_EQ(format_label(Label::location_line, {"12", "13"}), "dòng 12");
    EXPECT_EQ(format_label(Label::prefix_warning, {"x"}), "Cảnh báo");
}

TEST(FormatLabel, InsertsAnEmptyArgumentAsNothing) {
    EXPECT_EQ(format_label(Label::location_field, {""}), "trường “”");
}

// No label's own text holds braces that are not placeholders, so the braces come from the
// arguments: they are copied as written and never read as placeholders a second time.
TEST(FormatLabel, KeepsBracesInArgumentsAsWritten) {
    EXPECT_EQ(format_label(Label::location_file, {"{2}", "X"}), "tệp {2}");
    EXPECT_EQ(format_label(Label::location_file, {"{a} {} }{ {"}), "tệp {a} {} }{ {");
    EXPECT_EQ(format_label(Label::deadline_within_month, {"{2}", "2025"}), "Trong tháng {2}/2025");
}

// --- Every label -----------------------------------------------------------------------------

TEST(LabelTable, EveryLabelIsNonEmptyValidUtf8InNfc) {
    for (const Label label : all_labels()) {
        const std::string_view text = label_text(label);
        const auto index = static_cast<int>(label);
        EXPECT_FALSE(text.empty()) << "label #" << index;
        EXPECT_TRUE(is_valid_utf8(text)) << "label #" << index << ": " << text;
        EXPECT_TRUE(is_nfc(text)) << "label #" << index << ": " << text;
        EXPECT_EQ(collapse_whitespace(text), text)
            << "label #" << index << " has stray spaces: '" << text << "'";
    }
}

TEST(LabelTable, EveryLabelNumbersItsPlaceholdersFromOneWithoutGaps) {
    for (const Label label : all_labels()) {
        const std::set<int> numbers = placeholders(label_text(label));
        int expected = 1;
        for (const int number : numbers) {
            EXPECT_EQ(number, expected)
                << "label #" << static_cast<int>(label) << ": " << label_text(label);
            ++expected;
        }
    }
}

TEST(LabelTable, FormattingEveryLabelWithEnoughArgumentsLeavesNoPlaceholder) {
    const std::vector<std::string> args = {"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"};
    for (const Label label : all_labels()) {
        const std::string formatted = format_label(label, args);
        EXPECT_TRUE(placeholders(formatted).empty())
            << "label #" << static_cast<int>(label) << ": " << formatted;
        EXPECT_TRUE(is_valid_utf8(formatted)) << formatted;
    }
}

}  // namespace

}  // namespace parindex
