#include "app/import_plan.hpp"

#include <gtest/gtest.h>

#include "app/load_plan.hpp"
#include "app/memory_store.hpp"

namespace parindex {
namespace {

DraftRow task(std::string code, std::string requirement, std::string lead, int line) {
    DraftRow row;
    row.code = std::move(code);
    row.kind = NodeKind::task;
    row.title = "Nhiệm vụ " + row.code;
    row.requirement = std::move(requirement);
    row.deadline_text = "Trong năm 2025";
    row.deadline = parse_deadline(row.deadline_text, 2025);
    row.lead_text = std::move(lead);
    row.coordinating_text = "Các cơ quan, tổ chức, đơn vị thuộc UBND phường";
    row.line = line;
    return row;
}

PlanDraft draft() {
    PlanDraft plan;
    plan.source_name = "ke-hoach.txt";
    plan.info.year = 2025;
    plan.info.issuing_body = "UBND phường Bắc Kạn";
    DraftRow area;
    area.code = "III";
    area.kind = NodeKind::area;
    area.title = "CẢI CÁCH THỦ TỤC HÀNH CHÍNH";
    area.line = 3;
    plan.rows.push_back(area);
    plan.rows.push_back(
        task("3.1", "Tỷ lệ hồ sơ đúng hạn đạt trên 90%", "Trung tâm Phục vụ hành chính công", 4));
    plan.rows.push_back(task("3.2", "Công khai đầy đủ TTHC", "Phòng Văn hoá – Xã hội", 5));
    return plan;
}

Plan stored_plan(MemoryStore& store) {
    auto view = load_plan(store, 2025);
    EXPECT_TRUE(view) << describe(view.error());
    return view ? view->plan : Plan{};
}

TEST(ImportPlan, CreatesThePlanAndItsUnits) {
    MemoryStore store;
    auto report = import_plan(store, draft(), {});
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->outcome, ImportOutcome::created);
    EXPECT_EQ(report->counts.areas, 1);
    EXPECT_EQ(report->counts.tasks, 2);
    EXPECT_EQ(report->unit_count, 3);  // the centre, the culture office and the all-units group
    const Plan plan = stored_plan(store);
    ASSERT_EQ(plan.nodes.size(), 3U);
    EXPECT_EQ(plan.nodes[1].targets.front().comparator, Comparator::greater);
    EXPECT_EQ(plan.nodes[2].lead_units, std::vector<std::string>{"phong van hoa xa hoi"});
}

TEST(ImportPlan, ReportsWarningsInLineOrderAfterTheReadersOnes) {
    MemoryStore store;
    std::vector<Diagnostic> reader{
        Diagnostic{Label::warning_page_header, {}, Location{"ke-hoach.txt", 9, {}}}};
    auto report = import_plan(store, draft(), reader);
    ASSERT_TRUE(report);
    ASSERT_EQ(report->warnings.size(), 2U);
    EXPECT_EQ(report->warnings[0].message, Label::warning_unit_spelling);  // line 5
    EXPECT_EQ(report->warnings[0].where.line, 5);
    EXPECT_EQ(report->warnings[1].message, Label::warning_page_header);  // line 9
}

TEST(ImportPlan, ReimportingTheSamePlanWritesNothing) {
    MemoryStore store;
    ASSERT_TRUE(import_plan(store, draft(), {}));
    auto again = import_plan(store, draft(), {});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->outcome, ImportOutcome::unchanged);
    EXPECT_TRUE(again->changes.is_empty());
    EXPECT_EQ(store.save_count(), 1);
}

TEST(ImportPlan, ReportsWhatAChangedPlanChanged) {
    MemoryStore store;
    ASSERT_TRUE(import_plan(store, draft(), {}));
    PlanDraft changed = draft();
    changed.rows[1].requirement = "Tỷ lệ hồ sơ đúng hạn đạt từ 95% trở lên";
    changed.rows.pop_back();
    changed.rows.push_back(
        task("3.3", "Xin lỗi 100% hồ sơ quá hạn", "Trung tâm Phục vụ hành chính công", 6));
    auto report = import_plan(store, changed, {});
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->outcome, ImportOutcome::updated);
    EXPECT_EQ(report->changes.added, std::vector<std::string>{"3.3"});
    EXPECT_EQ(report->changes.removed, std::vector<std::string>{"3.2"});
    ASSERT_EQ(report->changes.modified.size(), 1U);
    EXPECT_EQ(report->changes.modified[0].code, "3.1");
    EXPECT_EQ(report->changes.modified[0].fields,
              (std::vector<NodeField>{NodeField::requirement, NodeField::targets}));
    const Plan plan = stored_plan(store);
    EXPECT_EQ(plan.nodes.back().code, "3.3");
    EXPECT_EQ(plan.nodes[1].targets.front().value, 95.0);
}

TEST(ImportPlan, KeepsTargetsAPersonEditedWhileTheRequirementStays) {
    MemoryStore store;
    ASSERT_TRUE(import_plan(store, draft(), {}));
    Plan edited = stored_plan(store);
    edited.nodes[1].targets.front().value = 92.5;
    edited.nodes[1].targets.front().origin = TargetOrigin::edited;
    ASSERT_TRUE(store.transaction([&] { return store.plans().save_plan(edited); }));

    auto report = import_plan(store, draft(), {});
    ASSERT_TRUE(report);
    EXPECT_EQ(report->outcome, ImportOutcome::unchanged);
    EXPECT_EQ(stored_plan(store).nodes[1].targets.front().value, 92.5);
}

// Every storage call of an update fails in turn: the stored plan must stay as it was.
TEST(ImportPlan, AFailureAtAnyStepLeavesTheStoredPlanAsItWas) {
    PlanDraft changed = draft();
    changed.rows[1].requirement = "Tỷ lệ hồ sơ đúng hạn đạt từ 95% trở lên";
    changed.rows[2].lead_text = "Ban Chỉ huy Quân sự phường";
    for (int call = 1; call <= 4; ++call) {
        MemoryStore store;
        ASSERT_TRUE(import_plan(store, draft(), {}));
        const Plan before = stored_plan(store);
        store.fail_on_call(call);
        auto report = import_plan(store, changed, {});
        ASSERT_FALSE(report) << "call " << call;
        EXPECT_EQ(report.error().code, ErrorCode::storage);
        const Plan after = stored_plan(store);
        EXPECT_EQ(after.nodes, before.nodes) << "call " << call;
        auto units = store.transaction([&]() -> Result<void> {
            PARINDEX_TRY_ASSIGN(list, store.units().list_units());
            EXPECT_EQ(list.size(), 3U) << "call " << call;
            return {};
        });
        EXPECT_TRUE(units);
    }
}

TEST(ImportPlan, AnAppendixAloneKeepsTheStoredDetails) {
    MemoryStore store;
    PlanDraft whole = draft();
    whole.info.title = "Về việc duy trì, cải thiện và nâng cao Chỉ số CCHC năm 2025";
    whole.info.body = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích";
    whole.info.recipients = {"- Lưu: VT, VHXH."};
    whole.info.signer_title = "CHỦ TỊCH";
    ASSERT_TRUE(import_plan(store, whole, {}));

    PlanDraft appendix = draft();  // a spreadsheet: the same rows, no body, title or signer
    appendix.info.issuing_body.clear();
    auto report = import_plan(store, appendix, {});
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(report->outcome, ImportOutcome::unchanged);
    const Plan plan = stored_plan(store);
    EXPECT_EQ(plan.info.title, whole.info.title);
    EXPECT_EQ(plan.info.body, whole.info.body);
    EXPECT_EQ(plan.info.recipients, whole.info.recipients);
    EXPECT_EQ(plan.info.signer_title, "CHỦ TỊCH");
}

}  // namespace
}  // namespace parindex
