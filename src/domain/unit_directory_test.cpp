#include "domain/unit_directory.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "domain/unit.hpp"

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the unit's fields.
// Internal linkage: other test files of this binary may print units their own way.
static void PrintTo(const Unit& unit, std::ostream* out) {
    *out << "{" << unit_kind_code(unit.kind) << " key='" << unit.key << "' name='" << unit.name
         << "'" << (unit.is_coordinator ? " coordinator" : "") << "}";
}

namespace {

using ::testing::ElementsAre;

// The keys of the units every ward has: fold_for_matching of the canonical names.
constexpr std::string_view k_office = "van phong hdnd va ubnd";
constexpr std::string_view k_economy = "phong kinh te ha tang va do thi";
constexpr std::string_view k_culture = "phong van hoa xa hoi";  // the coordinator
constexpr std::string_view k_centre = "trung tam phuc vu hanh chinh cong";
constexpr std::string_view k_all_units = "cac co quan to chuc don vi thuoc ubnd phuong";
constexpr std::string_view k_assigned_units =
    "cac co quan don vi duoc giao nhiem vu tai ke hoach cai cach hanh chinh";

constexpr std::string_view k_new_unit = "Ban Chỉ huy Quân sự phường";
constexpr std::string_view k_new_unit_key = "ban chi huy quan su phuong";

// One cell, resolved to exactly one unit.
UnitMatch resolve_single(UnitDirectory& directory, std::string_view cell) {
    const std::vector<UnitMatch> matches = directory.resolve(cell);
    EXPECT_EQ(matches.size(), 1U) << "cell: '" << cell << "'";
    return matches.empty() ? UnitMatch{} : matches.front();
}

std::vector<std::string> keys_of(const std::vector<UnitMatch>& matches) {
    std::vector<std::string> keys;
    for (const UnitMatch& match : matches) {
        keys.push_back(match.key);
    }
    return keys;
}

const Unit* find_unit(const UnitDirectory& directory, std::string_view key) {
    const auto& units = directory.units();
    const auto found =
        std::find_if(units.begin(), units.end(), [&](const Unit& unit) { return unit.key == key; });
    return found == units.end() ? nullptr : &*found;
}

// --- The seed plan's spellings ---------------------------------------------------------------

struct SeedSpelling {
    std::string_view cell;  // as the seed's lead or coordinating column writes it
    std::string_view key;
    bool is_variant;
};

// Every distinct unit cell of the seed's appendix (a page break splits one lead cell of 4.2.2 in
// two; the importer joins it back into "Các cơ quan, tổ chức, đơn vị thuộc UBND phường").
std::vector<SeedSpelling> seed_spellings() {
    return {
        {"Phòng Văn hoá – Xã hội", k_culture, true},
        {"Các cơ quan, tổ chức, đơn vị thuộc UBND phường", k_all_units, false},
        {"Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch cải cách hành chính năm 2025",
         k_assigned_units, true},
        {"Phòng Văn hoá - Xã hội", k_culture, true},
        {"Văn phòng HĐND và UBND", k_office, false},
        {"Văn phòng HĐND&UBND", k_office, true},
        {"Trung tâm Phục vụ hành chính công", k_centre, false},
        {"Phòng Kinh tế, Hạ tầng và Đô thị", k_economy, false},
        {"Các cơ quan, tổ chức, đơn vị thuộc UBND", k_all_units, true},
        {"Các cơ quan, tổ chức đơn vị thuộc UBND", k_all_units, true},
        {"Các cơ quan, đơn vị thuộc UBND", k_all_units, true},
        {"Phòng Văn hóa - Xã hội", k_culture, false},
    };
}

TEST(UnitDirectoryResolve, MapsEverySeedSpellingToItsCanonicalUnit) {
    UnitDirectory directory({});
    for (const SeedSpelling& spelling : seed_spellings()) {
        const UnitMatch match = resolve_single(directory, spelling.cell);
        EXPECT_EQ(match.key, spelling.key) << "cell: " << spelling.cell;
        EXPECT_EQ(match.written_as, spelling.cell);
        EXPECT_FALSE(match.is_new) << "cell: " << spelling.cell;
        EXPECT_EQ(match.is_variant, spelling.is_variant) << "cell: " << spelling.cell;
    }
}

TEST(UnitDirectoryResolve, SeedSpellingsMakeFourUnitsAndTwoGroups) {
    UnitDirectory directory({});
    for (const SeedSpelling& spelling : seed_spellings()) {
        (void)directory.resolve(spelling.cell);
    }
    // In the order first seen, with the canonical names of unit_directory.cpp's table.
    const std::vector<Unit> expected = {
        {std::string(k_culture), "Phòng Văn hóa - Xã hội", UnitKind::unit, true},
        {std::string(k_all_units), "Các cơ quan, tổ chức, đơn vị thuộc UBND phường",
         UnitKind::group, false},
        {std::string(k_assigned_units),
         "Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch cải cách hành chính", UnitKind::group,
         false},
        {std::string(k_office), "Văn phòng HĐND và UBND", UnitKind::unit, false},
        {std::string(k_centre), "Trung tâm Phục vụ hành chính công", UnitKind::unit, false},
        {std::string(k_economy), "Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind::unit, false},
    };
    EXPECT_EQ(directory.units(), expected);
    const auto plain = std::count_if(directory.units().begin(), directory.units().end(),
                                     [](const Unit& unit) { return unit.kind == UnitKind::unit; });
    EXPECT_EQ(plain, 4);
}

TEST(UnitDirectoryResolve, NfdCellsResolveLikeNfc) {
    struct NfdCase {
        std::string_view nfd;
        std::string_view nfc;
        std::string_view key;
        bool is_variant;
    };
    const std::vector<NfdCase> cases = {
        {"Pho\u0300ng Va\u0306n hoa\u0301 \u2013 Xa\u0303 ho\u0323\u0302i",
         "Phòng Văn hoá – Xã hội", k_culture, true},
        {"Pho\u0300ng Va\u0306n ho\u0301a - Xa\u0303 ho\u0323\u0302i", "Phòng Văn hóa - Xã hội",
         k_culture, false},
        {"Va\u0306n pho\u0300ng H\u0110ND&UBND", "Văn phòng HĐND&UBND", k_office, true},
        {"Ca\u0301c co\u031B quan, to\u0302\u0309 chu\u031B\u0301c, \u0111o\u031Bn vi\u0323 "
         "thuo\u0323\u0302c UBND phu\u031Bo\u031B\u0300ng",
         "Các cơ quan, tổ chức, đơn vị thuộc UBND phường", k_all_units, false},
        {"Trung ta\u0302m Phu\u0323c vu\u0323 ha\u0300nh chi\u0301nh co\u0302ng",
         "Trung tâm Phục vụ hành chính công", k_centre, false},
    };
    UnitDirectory directory({});
    for (const NfdCase& c : cases) {
        const UnitMatch match = resolve_single(directory, c.nfd);
        EXPECT_EQ(match.key, c.key) << "cell: " << c.nfc;
        EXPECT_EQ(match.written_as, c.nfc);  // stored in NFC
        EXPECT_FALSE(match.is_new) << "cell: " << c.nfc;
        EXPECT_EQ(match.is_variant, c.is_variant) << "cell: " << c.nfc;
    }
    EXPECT_EQ(directory.units().size(), 4U);
}

TEST(UnitDirectoryResolve, HdndAmpersandSpellingIsTheKnownOfficeNotANewUnit) {
    UnitDirectory directory({});
    const UnitMatch match = resolve_single(directory, "Văn phòng HĐND&UBND");
    EXPECT_EQ(match.key, k_office);
    EXPECT_FALSE(match.is_new);
    EXPECT_TRUE(match.is_variant);
    ASSERT_EQ(directory.units().size(), 1U);
    EXPECT_EQ(directory.units().front().name, "Văn phòng HĐND và UBND");
}

TEST(UnitDirectoryResolve, AcceptsTheTablesOtherFormsAndATrailingWardWord) {
    const std::vector<SeedSpelling> cases = {
        {"TTPVHCC", k_centre, true},
        {"Trung tâm Phục vụ HCC", k_centre, true},
        {"Trung tâm Phục vụ hành chính công phường", k_centre, true},
        {"Phòng VH-XH", k_culture, true},
        {"Phòng Văn hóa - Xã hội phường", k_culture, true},
        {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", k_office, true},
        {"Phòng Kinh tế - Hạ tầng - Đô thị", k_economy, true},
        {"Các cơ quan, đơn vị thuộc UBND phường", k_all_units, true},
        {"Các cơ quan, tổ chức, đơn vị", k_all_units, true},
        {"Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch CCHC", k_assigned_units, true},
        {"  Phòng   Văn hóa - Xã hội\t", k_culture, false},  // only spacing differs
    };
    for (const SeedSpelling& c : cases) {
        UnitDirectory directory({});
        const UnitMatch match = resolve_single(directory, c.cell);
        EXPECT_EQ(match.key, c.key) << "cell: '" << c.cell << "'";
        EXPECT_FALSE(match.is_new) << "cell: '" << c.cell << "'";
        EXPECT_EQ(match.is_variant, c.is_variant) << "cell: '" << c.cell << "'";
    }
}

TEST(UnitDirectoryResolve, WrittenAsIsTheCellWithWhitespaceCollapsed) {
    UnitDirectory directory({});
    const UnitMatch match = resolve_single(directory, "  Phòng   Văn hóa - Xã hội\t");
    EXPECT_EQ(match.written_as, "Phòng Văn hóa - Xã hội");
    const UnitMatch no_break = resolve_single(directory, "Phòng\u00A0Văn hóa -\u00A0Xã hội");
    EXPECT_EQ(no_break.written_as, "Phòng Văn hóa - Xã hội");
    EXPECT_FALSE(no_break.is_variant);
}

// --- Several units in one cell ---------------------------------------------------------------

TEST(UnitDirectoryResolve, SplitsACellOnSemicolonsPlusSignsAndNewLines) {
    const std::vector<std::string_view> cells = {
        "Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công",
        "Phòng Văn hóa - Xã hội\nTrung tâm Phục vụ hành chính công",
        "Phòng Văn hóa - Xã hội + Trung tâm Phục vụ hành chính công",
        "Phòng Văn hóa - Xã hội;\n Trung tâm Phục vụ hành chính công;",
    };
    for (const std::string_view cell : cells) {
        UnitDirectory directory({});
        const std::vector<UnitMatch> matches = directory.resolve(cell);
        EXPECT_THAT(keys_of(matches), ElementsAre(k_culture, k_centre)) << "cell: " << cell;
        for (const UnitMatch& match : matches) {
            EXPECT_FALSE(match.is_new) << match.written_as;
            EXPECT_FALSE(match.is_variant) << match.written_as;
        }
    }
}

TEST(UnitDirectoryResolve, SplitsOnCommasWhenEveryPartIsAKnownUnit) {
    UnitDirectory directory({});
    const std::vector<UnitMatch> matches =
        directory.resolve("Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công");
    EXPECT_THAT(keys_of(matches), ElementsAre(k_culture, k_centre));
    ASSERT_EQ(matches.size(), 2U);
    EXPECT_EQ(matches[0].written_as, "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(matches[1].written_as, "Trung tâm Phục vụ hành chính công");
}

TEST(UnitDirectoryResolve, KeepsAUnitWhoseNameHoldsACommaWhole) {
    const std::vector<std::string_view> cells = {
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các cơ quan, tổ chức, đơn vị thuộc UBND phường",
        "Các cơ quan, đơn vị thuộc UBND",
    };
    for (const std::string_view cell : cells) {
        UnitDirectory directory({});
        const std::vector<UnitMatch> matches = directory.resolve(cell);
        ASSERT_EQ(matches.size(), 1U) << "cell: " << cell;
        EXPECT_FALSE(matches.front().is_new) << "cell: " << cell;
        EXPECT_EQ(matches.front().written_as, cell);
    }
}

TEST(UnitDirectoryResolve, SplitsACommaListThatHoldsAUnitWithACommaInItsName) {
    UnitDirectory directory({});
    const std::vector<UnitMatch> matches =
        directory.resolve("Phòng Văn hóa - Xã hội, Phòng Kinh tế, Hạ tầng và Đô thị");
    EXPECT_THAT(keys_of(matches), ElementsAre(k_culture, k_economy));
    for (const UnitMatch& match : matches) {
        EXPECT_FALSE(match.is_new) << match.written_as;
    }
}

TEST(UnitDirectoryResolve, BlankCellNamesNoUnit) {
    for (const std::string_view cell : {"", "   ", "\n", " ; ", "\t+\n"}) {
        UnitDirectory directory({});
        EXPECT_TRUE(directory.resolve(cell).empty()) << "cell: '" << cell << "'";
        EXPECT_TRUE(directory.units().empty()) << "cell: '" << cell << "'";
    }
}

TEST(UnitDirectoryResolve, ACellOfOnlyDashesNamesNoUnit) {
    for (const std::string_view cell : {"-", "–", "...", "-; -"}) {
        UnitDirectory directory({});
        const std::vector<UnitMatch> matches = directory.resolve(cell);
        EXPECT_TRUE(matches.empty()) << "cell: '" << cell << "'";
        for (const UnitMatch& match : matches) {
            EXPECT_FALSE(match.key.empty()) << "cell: '" << cell << "'";
        }
        EXPECT_TRUE(directory.units().empty()) << "cell: '" << cell << "'";
    }
}

// --- Units the table does not know -----------------------------------------------------------

TEST(UnitDirectoryResolve, AddsAnUnknownNameAsANewUnitKeepingItsSpelling) {
    UnitDirectory directory({});
    const UnitMatch match = resolve_single(directory, k_new_unit);
    EXPECT_EQ(match.key, k_new_unit_key);
    EXPECT_EQ(match.written_as, k_new_unit);
    EXPECT_TRUE(match.is_new);
    EXPECT_FALSE(match.is_variant);
    const std::vector<Unit> expected = {
        {std::string(k_new_unit_key), std::string(k_new_unit), UnitKind::unit, false}};
    EXPECT_EQ(directory.units(), expected);
}

TEST(UnitDirectoryResolve, AnAddedUnitIsKnownTheNextTime) {
    UnitDirectory directory({});
    (void)directory.resolve(k_new_unit);

    const UnitMatch again = resolve_single(directory, k_new_unit);
    EXPECT_EQ(again.key, k_new_unit_key);
    EXPECT_FALSE(again.is_new);
    EXPECT_FALSE(again.is_variant);

    const UnitMatch shouted = resolve_single(directory, "BAN CHỈ HUY QUÂN SỰ PHƯỜNG");
    EXPECT_EQ(shouted.key, k_new_unit_key);
    EXPECT_FALSE(shouted.is_new);
    EXPECT_TRUE(shouted.is_variant);

    EXPECT_EQ(directory.units().size(), 1U);
}

TEST(UnitDirectoryResolve, FindsStoredUnitsByKey) {
    const Unit stored{std::string(k_new_unit_key), std::string(k_new_unit), UnitKind::unit, false};
    UnitDirectory directory({stored});
    EXPECT_EQ(directory.units(), std::vector<Unit>{stored});

    const UnitMatch match = resolve_single(directory, "Ban Chỉ huy  quân sự Phường");
    EXPECT_EQ(match.key, k_new_unit_key);
    EXPECT_FALSE(match.is_new);
    EXPECT_TRUE(match.is_variant);
    EXPECT_EQ(directory.units().size(), 1U);
}

TEST(UnitDirectoryResolve, DoesNotDuplicateAStoredStandardUnit) {
    const Unit stored{std::string(k_culture), "Phòng Văn hóa - Xã hội", UnitKind::unit, true};
    UnitDirectory directory({stored});
    const UnitMatch match = resolve_single(directory, "Phòng Văn hoá – Xã hội");
    EXPECT_EQ(match.key, k_culture);
    EXPECT_FALSE(match.is_new);
    EXPECT_TRUE(match.is_variant);
    EXPECT_EQ(directory.units(), std::vector<Unit>{stored});
}

TEST(UnitDirectoryResolve, SplitsACommaListOfStoredAndStandardUnits) {
    const Unit stored{std::string(k_new_unit_key), std::string(k_new_unit), UnitKind::unit, false};
    UnitDirectory directory({stored});
    const std::vector<UnitMatch> matches =
        directory.resolve("Ban Chỉ huy Quân sự phường, Trung tâm Phục vụ hành chính công");
    EXPECT_THAT(keys_of(matches), ElementsAre(k_new_unit_key, k_centre));
}

TEST(UnitDirectoryResolve, TheCoordinatorFlagComesFromTheTable) {
    UnitDirectory directory({});
    (void)directory.resolve("Phòng Văn hoá – Xã hội");
    (void)directory.resolve("Trung tâm Phục vụ hành chính công");
    const Unit* culture = find_unit(directory, k_culture);
    const Unit* centre = find_unit(directory, k_centre);
    ASSERT_NE(culture, nullptr);
    ASSERT_NE(centre, nullptr);
    EXPECT_TRUE(culture->is_coordinator);
    EXPECT_FALSE(centre->is_coordinator);
}

// --- expand_units ----------------------------------------------------------------------------

std::vector<Unit> ward_units() {
    return {
        {std::string(k_office), "Văn phòng HĐND và UBND", UnitKind::unit, false},
        {std::string(k_economy), "Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind::unit, false},
        {std::string(k_all_units), "Các cơ quan, tổ chức, đơn vị thuộc UBND phường",
         UnitKind::group, false},
        {std::string(k_culture), "Phòng Văn hóa - Xã hội", UnitKind::unit, true},
        {std::string(k_centre), "Trung tâm Phục vụ hành chính công", UnitKind::unit, false},
    };
}

std::vector<std::string> keys(std::initializer_list<std::string_view> list) {
    return {list.begin(), list.end()};
}

TEST(ExpandUnits, AGroupStandsForEveryPlainUnitInOrder) {
    EXPECT_THAT(expand_units(keys({k_all_units}), ward_units()),
                ElementsAre(k_office, k_economy, k_culture, k_centre));
}

TEST(ExpandUnits, NamedUnitsComeInTheDirectorysOrder) {
    EXPECT_THAT(expand_units(keys({k_centre, k_office}), ward_units()),
                ElementsAre(k_office, k_centre));
    EXPECT_THAT(expand_units(keys({k_culture}), ward_units()), ElementsAre(k_culture));
}

TEST(ExpandUnits, NothingAssignedGivesNothing) {
    EXPECT_TRUE(expand_units({}, ward_units()).empty());
    EXPECT_TRUE(expand_units(keys({"khong co don vi nay"}), ward_units()).empty());
}

TEST(ExpandUnits, ExceptDropsTheLeadsUnitsFromAGroup) {
    // Task 1.1: Phòng Văn hóa - Xã hội leads, every other unit coordinates.
    EXPECT_THAT(expand_units(keys({k_all_units}), ward_units(), keys({k_culture})),
                ElementsAre(k_office, k_economy, k_centre));
}

TEST(ExpandUnits, ExceptNeverDropsAnExplicitlyNamedUnit) {
    EXPECT_THAT(expand_units(keys({k_culture, k_all_units}), ward_units(), keys({k_culture})),
                ElementsAre(k_office, k_economy, k_culture, k_centre));
    EXPECT_THAT(expand_units(keys({k_culture}), ward_units(), keys({k_culture})),
                ElementsAre(k_culture));
}

// --- Kind codes ------------------------------------------------------------------------------

TEST(UnitKindCode, RoundTripsAndRejectsUnknownCodes) {
    EXPECT_EQ(unit_kind_code(UnitKind::unit), "unit");
    EXPECT_EQ(unit_kind_code(UnitKind::group), "group");
    EXPECT_EQ(unit_kind_from_code("unit"), UnitKind::unit);
    EXPECT_EQ(unit_kind_from_code("group"), UnitKind::group);
    EXPECT_EQ(unit_kind_from_code("groups"), std::nullopt);
    EXPECT_EQ(unit_kind_from_code(""), std::nullopt);
}

}  // namespace

}  // namespace parindex
