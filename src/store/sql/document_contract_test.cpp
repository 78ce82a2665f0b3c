// The document store contract: the ward's document settings and each period's report notes,
// whatever the engine, and the plan's body and recipients kept with the plan.
#include <gtest/gtest.h>

#include "store/store_test_engines.hpp"

namespace parindex {
namespace {

StoredDocumentSettings settings() {
    StoredDocumentSettings stored;
    DocumentSettings& made = stored.settings;
    made.ward_name = "phường Bắc Kạn";
    made.superior_body = "UBND tỉnh Thái Nguyên";
    made.issuer = "Ủy ban nhân dân phường Bắc Kạn";
    made.place = "Bắc Kạn";
    made.report_symbol = "BC-UBND";
    made.report_number = "215";
    made.signer_authority = "TM. ỦY BAN NHÂN DÂN";
    made.signer_title = "CHỦ TỊCH";
    made.signer_name = "Đình Huy Hoàng";
    made.recipients = {"Sở Nội vụ tỉnh Thái Nguyên (b/c);", "CT, PCT UBND phường;",
                       "Lưu: VT, VHXH."};
    stored.updated_at = "2025-10-02T03:00:00Z";
    stored.updated_by = "dieuphoi";
    return stored;
}

class DocumentContract : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override {
        if (const std::string why = GetParam().unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_store = GetParam().open(m_folder.path());
        ASSERT_NE(m_store, nullptr);
    }

    ScratchFolder m_folder{"parindex-document"};
    std::unique_ptr<WorkflowStore> m_store;
};

TEST_P(DocumentContract, NoSettingsUntilSavedThenTheLastSaved) {
    auto none = in_transaction(*m_store, [&] { return m_store->documents().find_settings(); });
    ASSERT_TRUE(none) << describe(none.error());
    EXPECT_FALSE(none->has_value());

    StoredDocumentSettings first = settings();
    ASSERT_TRUE(
        in_transaction(*m_store, [&] { return m_store->documents().save_settings(first); }));
    StoredDocumentSettings second = settings();
    second.settings.report_number.clear();
    second.settings.recipients = {"Lưu: VT."};
    second.updated_by = "quantri";
    ASSERT_TRUE(
        in_transaction(*m_store, [&] { return m_store->documents().save_settings(second); }));

    auto found = in_transaction(*m_store, [&] { return m_store->documents().find_settings(); });
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->settings, second.settings);
    EXPECT_EQ((*found)->updated_at, second.updated_at);
    EXPECT_EQ((*found)->updated_by, "quantri");
}

TEST_P(DocumentContract, EveryFieldRoundTrips) {
    const StoredDocumentSettings stored = settings();
    ASSERT_TRUE(
        in_transaction(*m_store, [&] { return m_store->documents().save_settings(stored); }));
    auto found = in_transaction(*m_store, [&] { return m_store->documents().find_settings(); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->settings, stored.settings);
}

TEST_P(DocumentContract, NotesArePerYearAndPeriod) {
    const ReportNotes q3{"Thiếu cán bộ công nghệ thông tin\nMáy scan hỏng", "Bổ sung kinh phí",
                         "2025-10-03T01:00:00Z", "dieuphoi"};
    const ReportNotes h1{"", "Tập huấn dịch vụ công trực tuyến", "2025-07-03T01:00:00Z",
                         "dieuphoi"};
    ASSERT_TRUE(in_transaction(
        *m_store, [&] { return m_store->documents().save_notes(2025, "2025-Q3", q3); }));
    ASSERT_TRUE(in_transaction(
        *m_store, [&] { return m_store->documents().save_notes(2025, "2025-H1", h1); }));

    auto found =
        in_transaction(*m_store, [&] { return m_store->documents().find_notes(2025, "2025-Q3"); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ(**found, q3);
    auto other_year =
        in_transaction(*m_store, [&] { return m_store->documents().find_notes(2026, "2025-Q3"); });
    ASSERT_TRUE(other_year);
    EXPECT_FALSE(other_year->has_value());

    ReportNotes edited = q3;
    edited.proposals = "Đề nghị tỉnh hỗ trợ thiết bị số hóa";
    ASSERT_TRUE(in_transaction(
        *m_store, [&] { return m_store->documents().save_notes(2025, "2025-Q3", edited); }));
    found =
        in_transaction(*m_store, [&] { return m_store->documents().find_notes(2025, "2025-Q3"); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ(**found, edited);
}

TEST_P(DocumentContract, APlansBodyAndRecipientsAreKept) {
    Plan plan;
    plan.info.year = 2025;
    plan.info.title = "Về việc duy trì, cải thiện và nâng cao Chỉ số CCHC năm 2025";
    plan.info.body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tiếp tục duy trì và nâng cao kết quả.";
    plan.info.recipients = {"Gửi bản điện tử:", "- TT Đảng ủy phường;", "- Lưu: VT, VHXH."};
    PlanNode area;
    area.code = "I";
    area.kind = NodeKind::area;
    area.title = "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH";
    plan.nodes.push_back(area);
    ASSERT_TRUE(in_transaction(*m_store, [&] { return m_store->plans().save_plan(plan); }));
    auto found = in_transaction(*m_store, [&] { return m_store->plans().find_plan(2025); });
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->info.body, plan.info.body);
    EXPECT_EQ((*found)->info.recipients, plan.info.recipients);
}

INSTANTIATE_TEST_SUITE_P(Engines, DocumentContract, testing::ValuesIn(engines()),
                         [](const auto& test) { return std::string(test.param.name); });

}  // namespace
}  // namespace parindex
