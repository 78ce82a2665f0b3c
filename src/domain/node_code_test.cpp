#include "domain/node_code.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the parts.
// Internal linkage: other test files of this binary may print codes their own way.
static void PrintTo(const NodeCode& code, std::ostream* out) {
    *out << "{";
    for (std::size_t i = 0; i < code.parts.size(); ++i) {
        *out << (i == 0 ? "" : ", ") << code.parts[i];
    }
    *out << "}";
}

namespace {

// --- parse_node_code -------------------------------------------------------------------------

struct ParseCase {
    std::string_view text;
    std::vector<int> parts;
    std::string_view normalised;  // to_string of the result
};

TEST(ParseNodeCode, ReadsRomanAreasAndDottedCriteria) {
    const std::vector<ParseCase> cases = {
        {"I", {1}, "I"},
        {"II", {2}, "II"},
        {"III", {3}, "III"},
        {"IV", {4}, "IV"},
        {"V", {5}, "V"},
        {"VI", {6}, "VI"},
        {"VII", {7}, "VII"},
        {"VIII", {8}, "VIII"},
        {"IX", {9}, "IX"},
        {"I.", {1}, "I"},  // the seed writes "I." for the first area
        {"II.", {2}, "II"},
        {"IX.", {9}, "IX"},
        {"1.1", {1, 1}, "1.1"},
        {"2.1", {2, 1}, "2.1"},
        {"2.1.1", {2, 1, 1}, "2.1.1"},
        {"2.1.", {2, 1}, "2.1"},
        {"9.3.2", {9, 3, 2}, "9.3.2"},
        {"10.12", {10, 12}, "10.12"},
        {"3.2.1.4", {3, 2, 1, 4}, "3.2.1.4"},
    };
    for (const ParseCase& c : cases) {
        const auto code = parse_node_code(c.text);
        ASSERT_TRUE(code.has_value()) << "text: '" << c.text << "'";
        EXPECT_EQ(code->parts, c.parts) << "text: '" << c.text << "'";
        EXPECT_EQ(code->to_string(), c.normalised) << "text: '" << c.text << "'";
        EXPECT_EQ(code->is_area(), c.parts.size() == 1) << "text: '" << c.text << "'";
        EXPECT_EQ(code->area(), c.parts.front()) << "text: '" << c.text << "'";
    }
}

TEST(ParseNodeCode, RejectsAnythingElse) {
    const std::vector<std::string_view> cases = {
        "1",         // an Arabic area number
        "",          // empty
        ".",         // a dot alone
        "X1",        // Roman and Arabic mixed
        "2..1",      // empty part
        "0.1",       // zero
        "2.0",       // zero
        "IIII",      // not the canonical numeral
        "IC",        // not a numeral
        "VV",        // not a numeral
        "ii",        // lower case
        "I.1",       // Roman inside a dotted code
        ".2.1",      // leading dot
        "2.1..",     // two trailing dots
        "2.-1",      // negative
        "2.a",       // a letter
        "2 .1",      // space inside
        "STT",       // the table's header
        "Lĩnh vực",  // words
    };
    for (const std::string_view text : cases) {
        EXPECT_EQ(parse_node_code(text), std::nullopt) << "text: '" << text << "'";
    }
}

// --- NodeCode --------------------------------------------------------------------------------

NodeCode make_code(std::vector<int> parts) {
    return NodeCode{std::move(parts)};
}

TEST(NodeCodeToString, WritesAreasInRomanAndCriteriaDotted) {
    EXPECT_EQ(make_code({2}).to_string(), "II");
    EXPECT_EQ(make_code({9}).to_string(), "IX");
    EXPECT_EQ(make_code({2, 1}).to_string(), "2.1");
    EXPECT_EQ(make_code({2, 1, 1}).to_string(), "2.1.1");
}

TEST(NodeCodeParent, DropsTheLastNumber) {
    EXPECT_EQ(make_code({2, 1, 1}).parent(), make_code({2, 1}));
    EXPECT_EQ(make_code({2, 1}).parent(), make_code({2}));
    EXPECT_EQ(make_code({2, 1}).parent().to_string(), "II");
    EXPECT_EQ(make_code({2}).parent(), make_code({2}));  // an area has no parent: itself
}

// --- parent_code -----------------------------------------------------------------------------

TEST(ParentCode, NamesTheNodeThatHoldsACode) {
    EXPECT_EQ(parent_code("2.1.1"), "2.1");
    EXPECT_EQ(parent_code("2.1"), "II");
    EXPECT_EQ(parent_code("1.1"), "I");
    EXPECT_EQ(parent_code("9.3.2"), "9.3");
    EXPECT_EQ(parent_code("2.1.1."), "2.1");
    EXPECT_EQ(parent_code("4.1"), "IV");
}

TEST(ParentCode, IsNothingForAreasAndBadCodes) {
    EXPECT_EQ(parent_code("IX"), std::nullopt);
    EXPECT_EQ(parent_code("I"), std::nullopt);
    EXPECT_EQ(parent_code("II."), std::nullopt);
    EXPECT_EQ(parent_code(""), std::nullopt);
    EXPECT_EQ(parent_code("1"), std::nullopt);
    EXPECT_EQ(parent_code("2..1"), std::nullopt);
}

// --- Roman numerals --------------------------------------------------------------------------

struct RomanCase {
    int number;
    std::string_view roman;
};

TEST(RomanNumerals, WritesTheCanonicalNumeral) {
    const std::vector<RomanCase> cases = {
        {1, "I"},   {2, "II"},    {3, "III"}, {4, "IV"},  {5, "V"},    {6, "VI"},
        {7, "VII"}, {8, "VIII"},  {9, "IX"},  {10, "X"},  {14, "XIV"}, {19, "XIX"},
        {40, "XL"}, {49, "XLIX"}, {50, "L"},  {90, "XC"}, {400, "CD"}, {1994, "MCMXCIV"},
    };
    for (const RomanCase& c : cases) {
        EXPECT_EQ(to_roman(c.number), c.roman) << c.number;
        EXPECT_EQ(from_roman(c.roman), c.number) << c.roman;
    }
}

TEST(RomanNumerals, RoundTripFromOneToFifty) {
    for (int number = 1; number <= 50; ++number) {
        const std::string roman = to_roman(number);
        EXPECT_FALSE(roman.empty()) << number;
        EXPECT_EQ(from_roman(roman), number) << number << " written " << roman;
    }
}

TEST(RomanNumerals, RejectsNonCanonicalAndForeignText) {
    const std::vector<std::string_view> cases = {
        "", "IIII", "IC", "VX", "IL", "XXXX", "VV", "iv", "I I", "1", "A", "IIX",
    };
    for (const std::string_view text : cases) {
        EXPECT_EQ(from_roman(text), std::nullopt) << "text: '" << text << "'";
    }
}

}  // namespace

}  // namespace parindex
