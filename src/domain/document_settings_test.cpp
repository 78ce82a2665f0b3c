#include "domain/document_settings.hpp"

#include <gtest/gtest.h>

namespace parindex {
namespace {

PlanInfo seed_info() {
    PlanInfo info;
    info.year = 2025;
    info.issuing_body = "UBND phường Bắc Kạn";
    info.place_and_date = "Bắc Kạn, ngày   tháng 9 năm 2025";
    info.signer_title = "CHỦ TỊCH";
    info.signer_name = "Đình Huy Hoàng";
    info.recipients = {"Gửi bản điện tử:", "- TT Đảng ủy phường;", "- CT, PCT UBND;",
                       "- Lưu: VT, VHXH."};
    return info;
}

DocumentSettings valid() {
    return default_document_settings(seed_info());
}

TEST(DocumentSettings, DefaultsAreReadOffThePlan) {
    const DocumentSettings settings = valid();
    EXPECT_EQ(settings.ward_name, "phường Bắc Kạn");
    EXPECT_EQ(settings.issuer, "Ủy ban nhân dân phường Bắc Kạn");
    EXPECT_EQ(settings.place, "Bắc Kạn");
    EXPECT_EQ(settings.report_symbol, "BC-UBND");
    EXPECT_EQ(settings.report_number, "");
    EXPECT_EQ(settings.signer_authority, "TM. ỦY BAN NHÂN DÂN");
    EXPECT_EQ(settings.signer_title, "CHỦ TỊCH");
    EXPECT_EQ(settings.signer_name, "Đình Huy Hoàng");
    // The heading line goes, and so do the dashes and the list's punctuation.
    EXPECT_EQ(settings.recipients,
              (std::vector<std::string>{"TT Đảng ủy phường", "CT, PCT UBND", "Lưu: VT, VHXH"}));
    EXPECT_TRUE(check_document_settings(settings).empty());
}

TEST(DocumentSettings, AnIssuingBodyWrittenInFullIsKeptAsTheIssuer) {
    PlanInfo info = seed_info();
    info.issuing_body = "Ủy ban nhân dân xã Yên Phong";
    info.place_and_date.clear();
    const DocumentSettings settings = default_document_settings(info);
    EXPECT_EQ(settings.issuer, "Ủy ban nhân dân xã Yên Phong");
    EXPECT_EQ(settings.signer_authority, "");  // not the "UBND …" form: left to the person
    EXPECT_EQ(settings.place, "");
    const auto problems = check_document_settings(settings);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].where.field, "place");
    EXPECT_EQ(problems[0].message, Label::error_field_required);
}

TEST(DocumentSettings, EachProblemNamesItsField) {
    DocumentSettings settings = valid();
    settings.issuer = "  ";
    settings.signer_title.clear();
    settings.report_symbol = "bc ubnd";
    settings.signer_name = std::string(201, 'a');
    settings.recipients = {"Sở Nội vụ", ""};
    const auto problems = check_document_settings(settings);
    std::vector<std::string> fields;
    for (const Diagnostic& problem : problems) {
        fields.push_back(problem.where.field);
    }
    EXPECT_EQ(fields, (std::vector<std::string>{"issuer", "signer_title", "report_symbol",
                                                "signer_name", "recipients[1]"}));
    EXPECT_EQ(problems[2].message, Label::error_document_symbol);
    EXPECT_EQ(problems[3].message, Label::error_field_too_long);
}

TEST(DocumentSettings, SymbolsAreCapitalsJoinedByHyphens) {
    for (const char* good : {"BC-UBND", "BC-VHXH", "KH-UBND", "BC-ĐU"}) {
        DocumentSettings settings = valid();
        settings.report_symbol = good;
        EXPECT_TRUE(check_document_settings(settings).empty()) << good;
    }
    for (const char* bad : {"BC", "bc-ubnd", "BC--UBND", "BC-UBND-", "BC UBND"}) {
        DocumentSettings settings = valid();
        settings.report_symbol = bad;
        EXPECT_EQ(check_document_settings(settings).size(), 1U) << bad;
    }
}

TEST(DocumentSettings, EveryTextFieldIsListedOnce) {
    const auto& fields = document_settings_fields();
    ASSERT_EQ(fields.size(), 9U);
    DocumentSettings settings;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        settings.*fields[i].member = std::to_string(i);
    }
    EXPECT_EQ(settings.ward_name, "0");
    EXPECT_EQ(settings.signer_name, "8");
}

}  // namespace
}  // namespace parindex
