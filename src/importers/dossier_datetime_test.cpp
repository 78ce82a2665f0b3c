#include "importers/dossier_datetime.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    const auto made = CivilDate::create(year, month, day);
    EXPECT_TRUE(made.has_value());
    return made.value_or(CivilDate::last_day_of_month(1970, 1));
}

TEST(DossierDatetime, ReadsThePortalsWireForm) {
    EXPECT_EQ(parse_dossier_datetime("20250314083000"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("20250314235959"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("20250314"), date(2025, 3, 14));
}

TEST(DossierDatetime, ReadsIso8601WithOrWithoutSeconds) {
    EXPECT_EQ(parse_dossier_datetime("2025-03-14T08:30:00"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("2025-03-14T08:30"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("2025-03-14 08:30:00"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("2025-03-14 08:30"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("2025-03-14"), date(2025, 3, 14));
}

TEST(DossierDatetime, ReadsVietnameseSpreadsheetForms) {
    EXPECT_EQ(parse_dossier_datetime("14/03/2025 08:30"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("14/03/2025 08:30:00"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("14/03/2025"), date(2025, 3, 14));
    EXPECT_EQ(parse_dossier_datetime("1/7/2025"), date(2025, 7, 1));
}

TEST(DossierDatetime, RejectsImpossibleDates) {
    EXPECT_EQ(parse_dossier_datetime("2025-13-01"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("2025-02-29"), std::nullopt);  // 2025 is not a leap year
    EXPECT_EQ(parse_dossier_datetime("32/01/2025"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("20251301"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("20250230083000"), std::nullopt);
}

TEST(DossierDatetime, RejectsImpossibleTimes) {
    EXPECT_EQ(parse_dossier_datetime("2025-03-14T25:00"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("2025-03-14 08:60"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("14/03/2025 25:00"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("20250314250000"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("20250314086100"), std::nullopt);
}

TEST(DossierDatetime, RejectsOtherLengthsAndText) {
    EXPECT_EQ(parse_dossier_datetime("2025031408"), std::nullopt);  // 10 digits: no such form
    EXPECT_EQ(parse_dossier_datetime("202503140830"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime(""), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("hôm nay"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("14-03-2025"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("2025-03-14X08:30"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("14/03/2025 sáng"), std::nullopt);
    EXPECT_EQ(parse_dossier_datetime("14/03/25"), std::nullopt);
}

}  // namespace
}  // namespace parindex
