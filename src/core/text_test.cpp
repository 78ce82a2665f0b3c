#include "core/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace parindex {

namespace {

// NFD spellings, written with the combining marks spelled out so the source cannot be
// re-normalised by an editor. Each equals, after NFC, the plain literal next to it.
constexpr std::string_view k_van_hoa_nfc = "Văn hoá";
constexpr std::string_view k_van_hoa_nfd = "Va\u0306n hoa\u0301";
constexpr std::string_view k_phong_vhxh_nfc = "Phòng Văn hóa - Xã hội";
constexpr std::string_view k_phong_vhxh_nfd =
    "Pho\u0300ng Va\u0306n ho\u0301a - Xa\u0303 ho\u0323\u0302i";
constexpr std::string_view k_thuong_xuyen_nfc = "Thường xuyên";
constexpr std::string_view k_thuong_xuyen_nfd = "Thu\u031Bo\u031B\u0300ng xuye\u0302n";

// --- Normalisation ---------------------------------------------------------------------------

TEST(CountCharacters, CountsLettersNotBytes) {
    EXPECT_EQ(count_characters(""), 0U);
    EXPECT_EQ(count_characters("abc"), 3U);
    EXPECT_EQ(count_characters("Ủy ban"), 6U);  // "Ủ" is three bytes
    EXPECT_EQ(count_characters("Nghị định"), 9U);
    EXPECT_EQ(count_characters("\xF0\x9F\x93\x84"), 1U);  // a four-byte character
}

TEST(ToNfc, ComposesNfdVietnamese) {
    EXPECT_EQ(to_nfc(k_van_hoa_nfd), k_van_hoa_nfc);
    EXPECT_EQ(to_nfc(k_phong_vhxh_nfd), k_phong_vhxh_nfc);
    EXPECT_EQ(to_nfc(k_thuong_xuyen_nfd), k_thuong_xuyen_nfc);
    // The byte counts differ: composed "ă" is two bytes, "a" + U+0306 three.
    EXPECT_EQ(to_nfc(k_van_hoa_nfd).size(), k_van_hoa_nfc.size());
    EXPECT_NE(k_van_hoa_nfd.size(), k_van_hoa_nfc.size());
}

TEST(ToNfc, LeavesNfcAndAsciiTextUnchanged) {
    EXPECT_EQ(to_nfc(k_van_hoa_nfc), k_van_hoa_nfc);
    EXPECT_EQ(to_nfc("Trước ngày 31/12/2025"), "Trước ngày 31/12/2025");
    EXPECT_EQ(to_nfc("ttpvhcc 2025"), "ttpvhcc 2025");
    EXPECT_EQ(to_nfc(""), "");
}

TEST(ToNfc, KeepsBothTonePlacementsAsTheyAre) {
    // "hoá" and "hóa" are both NFC: normalisation does not merge them (matching does).
    EXPECT_EQ(to_nfc("hoá"), "hoá");
    EXPECT_EQ(to_nfc("hóa"), "hóa");
    EXPECT_NE(to_nfc("hoá"), to_nfc("hóa"));
}

TEST(IsNfc, TellsComposedFromDecomposedText) {
    EXPECT_TRUE(is_nfc(k_van_hoa_nfc));
    EXPECT_TRUE(is_nfc(k_phong_vhxh_nfc));
    EXPECT_TRUE(is_nfc("hoá"));
    EXPECT_TRUE(is_nfc("hóa"));
    EXPECT_TRUE(is_nfc("ASCII only"));
    EXPECT_TRUE(is_nfc(""));
    EXPECT_FALSE(is_nfc(k_van_hoa_nfd));
    EXPECT_FALSE(is_nfc(k_phong_vhxh_nfd));
    EXPECT_FALSE(is_nfc(k_thuong_xuyen_nfd));
    EXPECT_TRUE(is_nfc(to_nfc(k_thuong_xuyen_nfd)));
}

// --- UTF-8 validity --------------------------------------------------------------------------

struct Utf8Case {
    std::string text;
    std::string_view why;
};

TEST(IsValidUtf8, AcceptsWellFormedText) {
    const std::vector<Utf8Case> cases = {
        {"", "empty"},
        {"STT\tLĩnh vực", "ASCII and two-byte letters"},
        {"\xE1\xBB\x87", "ệ, three bytes"},
        {"\xF0\x9F\x98\x80", "an emoji, four bytes"},
        {std::string(k_van_hoa_nfd), "combining marks"},
        {"\xEF\xBB\xBFSTT", "a byte-order mark"},
        {std::string("a\0b", 3), "an embedded NUL"},
        {"\xF4\x8F\xBF\xBF", "U+10FFFF, the last code point"},
    };
    for (const Utf8Case& c : cases) {
        EXPECT_TRUE(is_valid_utf8(c.text)) << c.why;
    }
}

TEST(IsValidUtf8, RejectsMalformedSequences) {
    const std::vector<Utf8Case> cases = {
        {"\xC3", "two-byte sequence cut at the end"},
        {"\xE1\xBB", "three-byte sequence cut at the end"},
        {"\xF0\x9F\x98", "four-byte sequence cut at the end"},
        {"\xE1\xBBz", "three-byte sequence cut by an ASCII letter"},
        {"\x80", "lone continuation byte"},
        {"z\xBFz", "continuation byte between letters"},
        {"\xC0\x80", "overlong NUL"},
        {"\xC1\xBF", "overlong two-byte sequence"},
        {"\xE0\x80\xAF", "overlong three-byte '/'"},
        {"\xF0\x80\x80\xAF", "overlong four-byte '/'"},
        {"\xED\xA0\x80", "UTF-16 surrogate"},
        {"\xF4\x90\x80\x80", "above U+10FFFF"},
        {"\xFE", "byte FE"},
        {"\xFF", "byte FF"},
        {"Vi\xEAt Nam", "Latin-1 bytes"},
    };
    for (const Utf8Case& c : cases) {
        EXPECT_FALSE(is_valid_utf8(c.text)) << c.why;
    }
}

// --- Folding for matching --------------------------------------------------------------------

struct FoldCase {
    std::string_view text;
    std::string_view key;
};

TEST(FoldForMatching, GivesTheKeyOfEachSpelling) {
    const std::vector<FoldCase> cases = {
        {"Phòng Văn hoá – Xã hội", "phong van hoa xa hoi"},  // hoá, en dash
        {"Phòng Văn hóa - Xã hội", "phong van hoa xa hoi"},  // hóa, hyphen
        {"Phòng Văn hoá - Xã hội", "phong van hoa xa hoi"},  // hoá, hyphen
        {"Văn phòng HĐND&UBND", "van phong hdnd va ubnd"},
        {"Văn phòng HĐND và UBND", "van phong hdnd va ubnd"},
        {"Văn phòng HĐND & UBND", "van phong hdnd va ubnd"},
        {"Đức", "duc"},
        {"đức", "duc"},
        {"ĐỨC", "duc"},
        {"Trước ngày 31/12/2025", "truoc ngay 31 12 2025"},
        {"Trong quý III năm 2025", "trong quy iii nam 2025"},
        {"Các cơ quan, tổ chức, đơn vị thuộc UBND phường",
         "cac co quan to chuc don vi thuoc ubnd phuong"},
        {"  Trung tâm  Phục vụ\thành chính công. ", "trung tam phuc vu hanh chinh cong"},
        {"Thủy, thuỷ; Hòa - hoà", "thuy thuy hoa hoa"},
        {"", ""},
        {" – ; . ", ""},
    };
    for (const FoldCase& c : cases) {
        EXPECT_EQ(fold_for_matching(c.text), c.key) << "text: '" << c.text << "'";
    }
}

TEST(FoldForMatching, SpellingVariantsOfOneUnitShareAKey) {
    EXPECT_EQ(fold_for_matching("Phòng Văn hoá – Xã hội"),
              fold_for_matching("Phòng Văn hóa - Xã hội"));
    EXPECT_EQ(fold_for_matching("Văn phòng HĐND&UBND"),
              fold_for_matching("Văn phòng HĐND và UBND"));
}

TEST(FoldForMatching, NfdInputGivesTheSameKeyAsNfc) {
    EXPECT_EQ(fold_for_matching(k_van_hoa_nfd), "van hoa");
    EXPECT_EQ(fold_for_matching(k_phong_vhxh_nfd), fold_for_matching(k_phong_vhxh_nfc));
    EXPECT_EQ(fold_for_matching(k_thuong_xuyen_nfd), "thuong xuyen");
    EXPECT_EQ(fold_for_matching("\u0110u\u031B\u0301c"), "duc");  // "Đức" in NFD
}

// --- Whitespace ------------------------------------------------------------------------------

TEST(CollapseWhitespace, TurnsEveryRunOfSpaceIntoOneSpaceAndTrims) {
    const std::vector<FoldCase> cases = {
        {"Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"},
        {"  Phòng\tVăn hóa  ", "Phòng Văn hóa"},
        {"Trung tâm\nPhục vụ\r\nhành chính công", "Trung tâm Phục vụ hành chính công"},
        {"Trước\u00A0ngày 31/12/2025", "Trước ngày 31/12/2025"},  // no-break space
        {"a \t\n\u00A0 b", "a b"},
        {"\n\t \u00A0", ""},
        {"", ""},
        {"x", "x"},
    };
    for (const FoldCase& c : cases) {
        EXPECT_EQ(collapse_whitespace(c.text), c.key) << "text: '" << c.text << "'";
    }
}

TEST(CollapseWhitespace, KeepsPunctuationAndDiacritics) {
    EXPECT_EQ(collapse_whitespace(" Phòng Văn hoá – Xã hội ;  "), "Phòng Văn hoá – Xã hội ;");
}

// --- Capitalisation --------------------------------------------------------------------------

TEST(CapitalizeFirst, UpperCasesOnlyTheFirstLetter) {
    const std::vector<FoldCase> cases = {
        {"tỷ lệ hồ sơ", "Tỷ lệ hồ sơ"},     {"đạt", "Đạt"}, {"ấp", "Ấp"}, {"ủy ban", "Ủy ban"},
        {"Đã hoàn thành", "Đã hoàn thành"}, {"x", "X"},     {"", ""},
    };
    for (const FoldCase& c : cases) {
        EXPECT_EQ(capitalize_first(c.text), c.key) << "text: '" << c.text << "'";
    }
}

TEST(ToUpperCase, UpperCasesEveryVietnameseLetter) {
    EXPECT_EQ(to_upper_case("Ủy ban nhân dân phường Bắc Kạn"), "ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN");
    EXPECT_EQ(to_upper_case("đường ơi ư ỹ ậ ữ"), "ĐƯỜNG ƠI Ư Ỹ Ậ Ữ");
    EXPECT_EQ(to_upper_case("Giám đốc, HĐND & UBND - 2025"), "GIÁM ĐỐC, HĐND & UBND - 2025");
    EXPECT_EQ(to_upper_case(k_phong_vhxh_nfd), "PHÒNG VĂN HÓA - XÃ HỘI");
    EXPECT_EQ(to_upper_case(""), "");
}

TEST(ToLowerCase, LowerCasesEveryVietnameseLetter) {
    EXPECT_EQ(to_lower_case("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
              "trung tâm phục vụ hành chính công");
    EXPECT_EQ(to_lower_case("ĐƯỜNG ƠI Ư Ỹ Ậ Ữ"), "đường ơi ư ỹ ậ ữ");
    EXPECT_EQ(to_lower_case("Phòng Văn hóa - Xã hội"), "phòng văn hóa - xã hội");
    EXPECT_EQ(to_lower_case(""), "");
}

}  // namespace

}  // namespace parindex
