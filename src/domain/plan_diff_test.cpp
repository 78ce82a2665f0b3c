#include "domain/plan_diff.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/plan.hpp"
#include "domain/target.hpp"

namespace parindex {

namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// --- A small plan ----------------------------------------------------------------------------

Deadline year_end(DeadlineKind kind) {
    return Deadline{kind, CivilDate::last_day_of_month(2025, 12)};
}

Target qualitative(std::string label) {
    Target target;
    target.label = std::move(label);
    return target;
}

Target percent_at_least(double value, std::string label, TargetOrigin origin) {
    Target target;
    target.label = std::move(label);
    target.comparator = Comparator::greater_or_equal;
    target.value = value;
    target.unit = "%";
    target.origin = origin;
    return target;
}

PlanNode heading(std::string code, NodeKind kind, std::string title, int line) {
    PlanNode node;
    node.code = std::move(code);
    node.kind = kind;
    node.title = std::move(title);
    node.source_line = line;
    return node;
}

PlanNode task(std::string code, std::string title, std::string requirement,
              std::vector<Target> targets, int line) {
    PlanNode node = heading(std::move(code), NodeKind::task, std::move(title), line);
    node.requirement = std::move(requirement);
    node.deadline = year_end(DeadlineKind::before_date);
    node.deadline_text = "Trước ngày 31/12/2025";
    node.lead_units = {"phong van hoa xa hoi"};
    node.coordinating_units = {"cac co quan to chuc don vi thuoc ubnd phuong"};
    node.targets = std::move(targets);
    return node;
}

// Areas I and II of the seed, shortened.
Plan seed_plan() {
    Plan plan;
    plan.info.year = 2025;
    plan.info.title =
        "Về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính năm 2025 của phường";
    plan.info.issuing_body = "UBND phường Bắc Kạn";
    plan.info.place_and_date = "Bắc Kạn, ngày tháng 9 năm 2025";
    plan.info.signer_title = "CHỦ TỊCH";
    plan.nodes = {
        heading("I", NodeKind::area, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 99),
        task("1.1", "Hướng dẫn, hỗ trợ các cơ quan, đơn vị",
             "Sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng cấp xã",
             {qualitative("Sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng cấp xã")}, 100),
        task("1.2", "Bám sát tiến độ các nhiệm vụ tại Kế hoạch CCHC năm 2025",
             "Hoàn thành 100% Kế hoạch",
             {percent_at_least(100, "Hoàn thành Kế hoạch", TargetOrigin::extracted)}, 101),
        heading("II", NodeKind::area, "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL", 104),
        heading("2.1", NodeKind::group, "Theo dõi thi hành pháp luật", 105),
        task("2.1.1", "Thực hiện các hoạt động về theo dõi thi hành pháp luật",
             "Thực hiện công tác kiểm tra tình hình thi hành pháp luật tại các cơ quan, đơn vị",
             {qualitative("Thực hiện công tác kiểm tra tình hình thi hành pháp luật tại các cơ "
                          "quan, đơn vị")},
             106),
    };
    return plan;
}

const PlanNode& node_of(const Plan& plan, std::string_view code) {
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == code; });
    if (found == plan.nodes.end()) {
        ADD_FAILURE() << "no node " << code;
        static const PlanNode missing;
        return missing;
    }
    return *found;
}

PlanNode& node_of(Plan& plan, std::string_view code) {
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == code; });
    if (found == plan.nodes.end()) {
        ADD_FAILURE() << "no node " << code;
        static PlanNode missing;
        return missing;
    }
    return *found;
}

// --- diff_plans ------------------------------------------------------------------------------

TEST(DiffPlans, IdenticalPlansHaveNoChanges) {
    const PlanChanges changes = diff_plans(seed_plan(), seed_plan());
    EXPECT_TRUE(changes.is_empty());
    EXPECT_FALSE(changes.info_changed);
    EXPECT_FALSE(changes.order_changed);
    EXPECT_THAT(changes.added, IsEmpty());
    EXPECT_THAT(changes.removed, IsEmpty());
    EXPECT_THAT(changes.modified, IsEmpty());
}

TEST(DiffPlans, EmptyPlansHaveNoChanges) {
    EXPECT_TRUE(diff_plans(Plan{}, Plan{}).is_empty());
}

TEST(DiffPlans, ShiftedSourceLinesAreNoChange) {
    // The same plan re-imported from a file with one more line at the top.
    Plan after = seed_plan();
    for (PlanNode& node : after.nodes) {
        node.source_line += 1;
    }
    EXPECT_TRUE(diff_plans(seed_plan(), after).is_empty());
}

TEST(DiffPlans, AChangedRequirementIsAModifiedNode) {
    Plan after = seed_plan();
    node_of(after, "1.2").requirement = "Hoàn thành 95% Kế hoạch";
    const PlanChanges changes = diff_plans(seed_plan(), after);
    EXPECT_FALSE(changes.is_empty());
    ASSERT_EQ(changes.modified.size(), 1U);
    EXPECT_EQ(changes.modified[0].code, "1.2");
    EXPECT_THAT(changes.modified[0].fields, ElementsAre(NodeField::requirement));
    EXPECT_THAT(changes.added, IsEmpty());
    EXPECT_THAT(changes.removed, IsEmpty());
    EXPECT_FALSE(changes.order_changed);
    EXPECT_FALSE(changes.info_changed);
}

struct FieldCase {
    std::string_view what;
    std::function<void(PlanNode&)> change;
    NodeField field;
};

TEST(DiffPlans, NamesTheFieldThatChanged) {
    const std::vector<FieldCase> cases = {
        {"kind", [](PlanNode& n) { n.kind = NodeKind::group; }, NodeField::kind},
        {"title", [](PlanNode& n) { n.title += "."; }, NodeField::title},
        {"requirement", [](PlanNode& n) { n.requirement = "Hoàn thành"; }, NodeField::requirement},
        {"deadline",
         [](PlanNode& n) {
             n.deadline = year_end(DeadlineKind::within_year);
             n.deadline_text = "Trong năm 2025";
         },
         NodeField::deadline},
        {"deadline text only", [](PlanNode& n) { n.deadline_text = "Trước ngày 31/12/2025."; },
         NodeField::deadline},
        {"deadline value only", [](PlanNode& n) { n.deadline = std::nullopt; },
         NodeField::deadline},
        {"lead units",
         [](PlanNode& n) { n.lead_units.push_back("trung tam phuc vu hanh chinh cong"); },
         NodeField::lead_units},
        {"coordinating units", [](PlanNode& n) { n.coordinating_units.clear(); },
         NodeField::coordinating_units},
        {"targets", [](PlanNode& n) { n.targets[0].value = 95; }, NodeField::targets},
        {"target origin", [](PlanNode& n) { n.targets[0].origin = TargetOrigin::edited; },
         NodeField::targets},
    };
    for (const FieldCase& c : cases) {
        Plan after = seed_plan();
        c.change(node_of(after, "1.2"));
        const PlanChanges changes = diff_plans(seed_plan(), after);
        ASSERT_EQ(changes.modified.size(), 1U) << c.what;
        EXPECT_EQ(changes.modified[0].code, "1.2") << c.what;
        EXPECT_THAT(changes.modified[0].fields, ElementsAre(c.field)) << c.what;
        EXPECT_FALSE(changes.order_changed) << c.what;
    }
}

TEST(DiffPlans, ListsEveryChangedFieldOfANodeInColumnOrder) {
    Plan after = seed_plan();
    PlanNode& node = node_of(after, "1.1");
    node.targets.clear();
    node.lead_units = {"van phong hdnd va ubnd"};
    node.title = "Hướng dẫn";
    const PlanChanges changes = diff_plans(seed_plan(), after);
    ASSERT_EQ(changes.modified.size(), 1U);
    EXPECT_THAT(changes.modified[0].fields,
                ElementsAre(NodeField::title, NodeField::lead_units, NodeField::targets));
}

TEST(DiffPlans, ListsModifiedNodesInTheNewPlansOrder) {
    Plan after = seed_plan();
    node_of(after, "2.1.1").title = "Theo dõi";
    node_of(after, "I").title = "Chỉ đạo";
    const PlanChanges changes = diff_plans(seed_plan(), after);
    ASSERT_EQ(changes.modified.size(), 2U);
    EXPECT_EQ(changes.modified[0].code, "I");
    EXPECT_EQ(changes.modified[1].code, "2.1.1");
}

TEST(DiffPlans, ListsAddedCodesInTheNewPlansOrder) {
    Plan after = seed_plan();
    after.nodes.push_back(heading("2.2", NodeKind::group, "Rà soát văn bản QPPL", 110));
    after.nodes.insert(after.nodes.begin() + 3,
                       task("1.3", "Xử lý các vấn đề phát hiện qua kiểm tra",
                            "100% số vấn đề qua kiểm tra được xử lý", {}, 102));
    const PlanChanges changes = diff_plans(seed_plan(), after);
    EXPECT_THAT(changes.added, ElementsAre("1.3", "2.2"));
    EXPECT_THAT(changes.removed, IsEmpty());
    EXPECT_THAT(changes.modified, IsEmpty());
    EXPECT_FALSE(changes.order_changed);  // the nodes both plans hold keep their order
    EXPECT_FALSE(changes.is_empty());
}

TEST(DiffPlans, ListsRemovedCodesInTheOldPlansOrder) {
    Plan after = seed_plan();
    std::erase_if(after.nodes,
                  [](const PlanNode& node) { return node.code == "2.1.1" || node.code == "1.1"; });
    const PlanChanges changes = diff_plans(seed_plan(), after);
    EXPECT_THAT(changes.removed, ElementsAre("1.1", "2.1.1"));
    EXPECT_THAT(changes.added, IsEmpty());
    EXPECT_THAT(changes.modified, IsEmpty());
    EXPECT_FALSE(changes.order_changed);
    EXPECT_FALSE(changes.is_empty());
}

TEST(DiffPlans, ReorderedNodesChangeTheOrderOnly) {
    Plan after = seed_plan();
    std::swap(after.nodes[1], after.nodes[2]);  // 1.2 before 1.1
    const PlanChanges changes = diff_plans(seed_plan(), after);
    EXPECT_TRUE(changes.order_changed);
    EXPECT_THAT(changes.added, IsEmpty());
    EXPECT_THAT(changes.removed, IsEmpty());
    EXPECT_THAT(changes.modified, IsEmpty());
    EXPECT_FALSE(changes.is_empty());
}

TEST(DiffPlans, ChangedPlanDetailsAreInfoChanged) {
    std::vector<std::function<void(PlanInfo&)>> changes_to_info = {
        [](PlanInfo& info) { info.number = "15/KH-UBND"; },
        [](PlanInfo& info) { info.issued_on = CivilDate::create(2025, 9, 23); },
        [](PlanInfo& info) { info.signer_name = "Đình Huy Hoàng"; },
        [](PlanInfo& info) { info.year = 2026; },
    };
    for (std::size_t i = 0; i < changes_to_info.size(); ++i) {
        Plan after = seed_plan();
        changes_to_info[i](after.info);
        const PlanChanges changes = diff_plans(seed_plan(), after);
        EXPECT_TRUE(changes.info_changed) << "change #" << i;
        EXPECT_FALSE(changes.is_empty()) << "change #" << i;
        EXPECT_THAT(changes.modified, IsEmpty()) << "change #" << i;
        EXPECT_FALSE(changes.order_changed) << "change #" << i;
    }
}

// --- carry_over_edited_targets ---------------------------------------------------------------

Plan with_edited_targets() {
    Plan plan = seed_plan();
    node_of(plan, "1.2").targets = {
        percent_at_least(100, "Hoàn thành Kế hoạch", TargetOrigin::edited),
        percent_at_least(90, "Nhiệm vụ hoàn thành đúng hạn", TargetOrigin::edited),
    };
    return plan;
}

TEST(CarryOverEditedTargets, KeepsEditedTargetsWhileTheRequirementIsUnchanged) {
    const Plan before = with_edited_targets();
    const Plan after = carry_over_edited_targets(before, seed_plan());
    EXPECT_TRUE(node_of(after, "1.2").targets == node_of(before, "1.2").targets);
    EXPECT_EQ(node_of(after, "1.2").targets.size(), 2U);
    EXPECT_TRUE(diff_plans(before, after).is_empty());
}

TEST(CarryOverEditedTargets, DropsEditedTargetsWhenTheRequirementChanged) {
    const Plan before = with_edited_targets();
    Plan imported = seed_plan();
    node_of(imported, "1.2").requirement = "Hoàn thành 95% Kế hoạch";
    node_of(imported, "1.2").targets = {
        percent_at_least(95, "Hoàn thành Kế hoạch", TargetOrigin::extracted)};
    const Plan after = carry_over_edited_targets(before, imported);
    EXPECT_TRUE(node_of(after, "1.2").targets == node_of(imported, "1.2").targets);
}

TEST(CarryOverEditedTargets, TakesTheNewTargetsWhenNoneWasEdited) {
    const Plan before = seed_plan();
    Plan imported = seed_plan();
    // The extraction rules improved: the same requirement now reads another target.
    node_of(imported, "1.2").targets = {percent_at_least(100, "Kế hoạch", TargetOrigin::extracted)};
    const Plan after = carry_over_edited_targets(before, imported);
    EXPECT_TRUE(node_of(after, "1.2").targets == node_of(imported, "1.2").targets);
}

TEST(CarryOverEditedTargets, LeavesNewNodesAndOtherFieldsAlone) {
    const Plan before = with_edited_targets();
    Plan imported = seed_plan();
    imported.nodes.push_back(task("2.1.2", "Xử lý kết quả theo dõi thi hành pháp luật",
                                  "Báo cáo kết quả theo dõi thi hành pháp luật",
                                  {qualitative("Báo cáo kết quả theo dõi thi hành pháp luật")},
                                  107));
    node_of(imported, "1.2").title = "Bám sát tiến độ";
    const Plan after = carry_over_edited_targets(before, imported);
    ASSERT_EQ(after.nodes.size(), imported.nodes.size());
    EXPECT_EQ(node_of(after, "1.2").title, "Bám sát tiến độ");
    EXPECT_TRUE(node_of(after, "2.1.2").targets == node_of(imported, "2.1.2").targets);
    EXPECT_TRUE(node_of(after, "1.1").targets == node_of(imported, "1.1").targets);
    EXPECT_TRUE(after.info == imported.info);
}

// --- node_field_label ------------------------------------------------------------------------

TEST(NodeFieldLabel, NamesEachFieldAsThePlansTableDoes) {
    EXPECT_EQ(node_field_label(NodeField::kind), "Loại mục");
    EXPECT_EQ(node_field_label(NodeField::title), "Lĩnh vực, tiêu chí");
    EXPECT_EQ(node_field_label(NodeField::requirement), "Yêu cầu");
    EXPECT_EQ(node_field_label(NodeField::deadline), "Thời gian hoàn thành");
    EXPECT_EQ(node_field_label(NodeField::lead_units), "Cơ quan chủ trì");
    EXPECT_EQ(node_field_label(NodeField::coordinating_units), "Cơ quan phối hợp");
    EXPECT_EQ(node_field_label(NodeField::targets), "Chỉ tiêu");
}

}  // namespace

}  // namespace parindex
