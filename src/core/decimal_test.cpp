#include "core/decimal.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace parindex {

namespace {

struct DecimalCase {
    double value;
    std::string_view expected;
};

void expect_formats(const std::vector<DecimalCase>& cases) {
    for (const DecimalCase& c : cases) {
        EXPECT_EQ(format_decimal(c.value), c.expected) << "value: " << c.value;
    }
}

TEST(FormatDecimal, WritesADecimalCommaWithoutTrailingZeros) {
    expect_formats({
        {90.5, "90,5"},
        {86.4, "86,4"},
        {0.5, "0,5"},
        {0.125, "0,125"},
        {99.99, "99,99"},
        {12.345678, "12,345678"},
        {1.1, "1,1"},
    });
}

TEST(FormatDecimal, WritesWholeNumbersWithoutAComma) {
    expect_formats({
        {100.0, "100"},
        {90.0, "90"},
        {10.0, "10"},  // zeros before the point stay
        {1000.0, "1000"},
        {1.0, "1"},
        {0.0, "0"},
    });
}

TEST(FormatDecimal, HidesBinaryNoise) {
    expect_formats({
        {0.3, "0,3"},
        {0.1 + 0.2, "0,3"},
        {1.1 * 1.1, "1,21"},
        {100.0 * 0.905, "90,5"},
        {2.0000004, "2"},  // beyond six decimals
        {2.0000006, "2,000001"},
    });
}

TEST(FormatDecimal, WritesNegativeNumbersAndNeverMinusZero) {
    expect_formats({
        {-2.5, "-2,5"},
        {-3.0, "-3"},
        {-0.0, "0"},
        {-0.0000001, "0"},  // rounds to zero at six decimals
        {-0.000001, "-0,000001"},
    });
}

TEST(FormatDecimal, WritesLargeNumbersInFull) {
    expect_formats({
        {1234567.25, "1234567,25"},
        {123456789.125, "123456789,125"},
        {1e15, "1000000000000000"},
        {9007199254740992.0, "9007199254740992"},  // 2^53
        {1e20, "100000000000000000000"},
    });
}

TEST(FormatDecimal, WritesVeryLargeNumbersInsteadOfAQuestionMark) {
    // The double nearest 1e60, written exactly.
    EXPECT_EQ(format_decimal(1e60), "999999999999999949387135297074018866963645011013410073083904");
}

TEST(FormatCount, GroupsThousandsWithDots) {
    EXPECT_EQ(format_count(0), "0");
    EXPECT_EQ(format_count(999), "999");
    EXPECT_EQ(format_count(3031), "3.031");
    EXPECT_EQ(format_count(1234567), "1.234.567");
    EXPECT_EQ(format_count(-45000), "-45.000");
}

}  // namespace

}  // namespace parindex
