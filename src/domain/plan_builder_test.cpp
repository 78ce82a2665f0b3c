// Tests build_plan (plan_draft.hpp), implemented in plan_builder.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/labels.hpp"
#include "domain/plan_draft.hpp"
#include "domain/target.hpp"
#include "domain/target_extraction.hpp"
#include "domain/unit_directory.hpp"

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the warning as a
// person reads it. Internal linkage: other test files may print diagnostics their own way.
static void PrintTo(const Diagnostic& diagnostic, std::ostream* out) {
    *out << "{label #" << static_cast<int>(diagnostic.message) << " field='"
         << diagnostic.where.field << "' " << describe(diagnostic) << "}";
}

namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view k_source = "kehoach.txt";

constexpr std::string_view k_office = "van phong hdnd va ubnd";
constexpr std::string_view k_culture = "phong van hoa xa hoi";
constexpr std::string_view k_all_units = "cac co quan to chuc don vi thuoc ubnd phuong";
constexpr std::string_view k_new_unit = "Ban Chỉ huy Quân sự phường";
constexpr std::string_view k_new_unit_key = "ban chi huy quan su phuong";

constexpr std::string_view k_requirement_qualitative =
    "Thực hiện công tác kiểm tra tình hình thi hành pháp luật tại các cơ quan, đơn vị";
constexpr std::string_view k_requirement_percent = "Đạt 100% số văn bản đã xử lý/kiến nghị xử lý";
constexpr std::string_view k_requirement_unread =
    "Phấn đấu tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư ngân sách nhà nước theo quy định";

DraftRow heading_row(std::string code, NodeKind kind, std::string title, int line) {
    DraftRow row;
    row.code = std::move(code);
    row.kind = kind;
    row.title = std::move(title);
    row.line = line;
    return row;
}

DraftRow task_row(std::string code, std::string_view requirement, std::string_view lead,
                  std::string_view coordinating, int line) {
    DraftRow row = heading_row(std::move(code), NodeKind::task, "Nhiệm vụ", line);
    row.requirement = requirement;
    row.deadline_text = "Trong năm 2025";
    row.deadline = Deadline{DeadlineKind::within_year, CivilDate::last_day_of_month(2025, 12)};
    row.lead_text = lead;
    row.coordinating_text = coordinating;
    return row;
}

PlanDraft draft_with(std::vector<DraftRow> rows) {
    PlanDraft draft;
    draft.source_name = k_source;
    draft.info.year = 2025;
    draft.info.title = "Về việc duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính";
    draft.info.issuing_body = "UBND phường Bắc Kạn";
    draft.info.signer_title = "CHỦ TỊCH";
    draft.rows = std::move(rows);
    return draft;
}

// Area II of the seed: one area, one group, two tasks. Both tasks write the office as
// "Văn phòng HĐND&UBND"; the second names the coordinator "Phòng Văn hoá – Xã hội".
PlanDraft small_draft() {
    return draft_with({
        heading_row("II", NodeKind::area, "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL", 104),
        heading_row("2.1", NodeKind::group, "Theo dõi thi hành pháp luật", 105),
        task_row("2.1.1", k_requirement_qualitative, "Văn phòng HĐND&UBND",
                 "Các cơ quan, tổ chức, đơn vị thuộc UBND phường", 106),
        task_row("2.1.2", k_requirement_percent, "Văn phòng HĐND&UBND", "Phòng Văn hoá – Xã hội",
                 107),
    });
}

Diagnostic spelling_warning(std::string written, std::string canonical, int line) {
    return Diagnostic{Label::warning_unit_spelling,
                      {std::move(written), std::move(canonical)},
                      Location{std::string(k_source), line, ""}};
}

// The message, its arguments, the file and the line of each warning (a spelling warning's
// field is not checked: it may name the column or not).
void expect_warnings(const std::vector<Diagnostic>& actual,
                     const std::vector<Diagnostic>& expected) {
    ASSERT_EQ(actual.size(), expected.size()) << ::testing::PrintToString(actual);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].message, expected[i].message) << "warning #" << i;
        EXPECT_EQ(actual[i].args, expected[i].args) << "warning #" << i;
        EXPECT_EQ(actual[i].where.file, expected[i].where.file) << "warning #" << i;
        EXPECT_EQ(actual[i].where.line, expected[i].where.line) << "warning #" << i;
        if (expected[i].message != Label::warning_unit_spelling) {
            EXPECT_EQ(actual[i].where.field, expected[i].where.field) << "warning #" << i;
        }
    }
}

// --- The tree --------------------------------------------------------------------------------

TEST(BuildPlan, KeepsTheDraftsInfoAndRowsInOrder) {
    UnitDirectory directory({});
    const PlanDraft draft = small_draft();
    const BuiltPlan built = build_plan(draft, directory);
    EXPECT_TRUE(built.plan.info == draft.info);
    ASSERT_EQ(built.plan.nodes.size(), 4U);
    const std::vector<std::string_view> codes = {"II", "2.1", "2.1.1", "2.1.2"};
    const std::vector<NodeKind> kinds = {NodeKind::area, NodeKind::group, NodeKind::task,
                                         NodeKind::task};
    const std::vector<int> lines = {104, 105, 106, 107};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(built.plan.nodes[i].code, codes[i]);
        EXPECT_EQ(built.plan.nodes[i].kind, kinds[i]) << codes[i];
        EXPECT_EQ(built.plan.nodes[i].source_line, lines[i]) << codes[i];
        EXPECT_EQ(built.plan.nodes[i].title, draft.rows[i].title) << codes[i];
    }
}

TEST(BuildPlan, ResolvesTaskUnitsToKeys) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(small_draft(), directory);
    ASSERT_EQ(built.plan.nodes.size(), 4U);
    const PlanNode& first = built.plan.nodes[2];
    EXPECT_THAT(first.lead_units, ElementsAre(k_office));
    EXPECT_THAT(first.coordinating_units, ElementsAre(k_all_units));
    const PlanNode& second = built.plan.nodes[3];
    EXPECT_THAT(second.lead_units, ElementsAre(k_office));
    EXPECT_THAT(second.coordinating_units, ElementsAre(k_culture));
    // The directory learnt each unit once, in the order first seen.
    ASSERT_EQ(directory.units().size(), 3U);
    EXPECT_EQ(directory.units()[0].key, k_office);
    EXPECT_EQ(directory.units()[1].key, k_all_units);
    EXPECT_EQ(directory.units()[2].key, k_culture);
}

TEST(BuildPlan, CopiesTheTasksRequirementAndDeadline) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(small_draft(), directory);
    ASSERT_EQ(built.plan.nodes.size(), 4U);
    const PlanNode& task = built.plan.nodes[2];
    EXPECT_EQ(task.requirement, k_requirement_qualitative);
    EXPECT_EQ(task.deadline_text, "Trong năm 2025");
    ASSERT_TRUE(task.deadline.has_value());
    EXPECT_EQ(task.deadline->kind, DeadlineKind::within_year);
    EXPECT_EQ(task.deadline->due.to_iso(), "2025-12-31");
}

TEST(BuildPlan, AreasAndGroupsCarryNoUnitsNorTargets) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(small_draft(), directory);
    ASSERT_EQ(built.plan.nodes.size(), 4U);
    for (std::size_t i = 0; i < 2; ++i) {
        const PlanNode& node = built.plan.nodes[i];
        EXPECT_THAT(node.lead_units, IsEmpty()) << node.code;
        EXPECT_THAT(node.coordinating_units, IsEmpty()) << node.code;
        EXPECT_TRUE(node.targets.empty()) << node.code;
        EXPECT_TRUE(node.requirement.empty()) << node.code;
        EXPECT_FALSE(node.deadline.has_value()) << node.code;
    }
}

TEST(BuildPlan, IgnoresTaskCellsOnAGroupRow) {
    DraftRow group = task_row("2.1", k_requirement_percent, "Văn phòng HĐND và UBND",
                              "Phòng Văn hóa - Xã hội", 105);
    group.kind = NodeKind::group;
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(draft_with({group}), directory);
    ASSERT_EQ(built.plan.nodes.size(), 1U);
    const PlanNode& node = built.plan.nodes[0];
    EXPECT_EQ(node.kind, NodeKind::group);
    EXPECT_THAT(node.lead_units, IsEmpty());
    EXPECT_THAT(node.coordinating_units, IsEmpty());
    EXPECT_TRUE(node.targets.empty());
}

// --- Targets ---------------------------------------------------------------------------------

TEST(BuildPlan, ReadsEachTasksTargetsFromItsRequirement) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(small_draft(), directory);
    ASSERT_EQ(built.plan.nodes.size(), 4U);

    const std::vector<Target>& qualitative = built.plan.nodes[2].targets;
    ASSERT_EQ(qualitative.size(), 1U);
    EXPECT_EQ(qualitative[0].comparator, Comparator::qualitative);
    EXPECT_EQ(qualitative[0].label, k_requirement_qualitative);
    EXPECT_FALSE(qualitative[0].value.has_value());
    EXPECT_TRUE(qualitative == extract_targets(k_requirement_qualitative).targets);

    const std::vector<Target>& percent = built.plan.nodes[3].targets;
    ASSERT_EQ(percent.size(), 1U);
    EXPECT_EQ(percent[0].comparator, Comparator::greater_or_equal);
    EXPECT_EQ(percent[0].value, 100.0);
    EXPECT_EQ(percent[0].unit, "%");
    EXPECT_EQ(percent[0].label, "Số văn bản đã xử lý/kiến nghị xử lý");
    EXPECT_EQ(percent[0].origin, TargetOrigin::extracted);
    EXPECT_TRUE(percent == extract_targets(k_requirement_percent).targets);
}

TEST(BuildPlan, WarnsWhenARateIsNamedButNoNumberIsRead) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(
        draft_with({task_row("6.1.1", k_requirement_unread, "Phòng Kinh tế, Hạ tầng và Đô thị",
                             "Các cơ quan, tổ chức, đơn vị thuộc UBND phường", 150)}),
        directory);
    expect_warnings(built.warnings, {Diagnostic{Label::warning_target_unread,
                                                {"6.1.1"},
                                                Location{std::string(k_source), 150, "Yêu cầu"}}});
    ASSERT_EQ(built.plan.nodes.size(), 1U);
    ASSERT_EQ(built.plan.nodes[0].targets.size(), 1U);
    EXPECT_EQ(built.plan.nodes[0].targets[0].comparator, Comparator::qualitative);
}

// --- Unit warnings ---------------------------------------------------------------------------

TEST(BuildPlan, WarnsOnceForEachVariantSpellingAtItsFirstLine) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(small_draft(), directory);
    expect_warnings(built.warnings,
                    {spelling_warning("Văn phòng HĐND&UBND", "Văn phòng HĐND và UBND", 106),
                     spelling_warning("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội", 107)});
}

TEST(BuildPlan, WarnsForEachDistinctSpellingOfOneUnit) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(
        draft_with({
            task_row("4.1.1", k_requirement_qualitative, "Phòng Văn hoá – Xã hội", "", 130),
            task_row("4.1.2", k_requirement_qualitative, "Phòng Văn hoá – Xã hội", "", 131),
            task_row("4.2.2", k_requirement_qualitative, "Phòng Văn hoá - Xã hội", "", 135),
            task_row("5.1", k_requirement_qualitative, "Phòng Văn hóa - Xã hội", "", 140),
        }),
        directory);
    expect_warnings(built.warnings,
                    {spelling_warning("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội", 130),
                     spelling_warning("Phòng Văn hoá - Xã hội", "Phòng Văn hóa - Xã hội", 135)});
    for (const PlanNode& node : built.plan.nodes) {
        EXPECT_THAT(node.lead_units, ElementsAre(k_culture)) << node.code;
    }
}

TEST(BuildPlan, CanonicalSpellingsGiveNoWarnings) {
    UnitDirectory directory({});
    const BuiltPlan built =
        build_plan(draft_with({task_row("1.4", k_requirement_qualitative, "Văn phòng HĐND và UBND",
                                        "Các cơ quan, tổ chức, đơn vị thuộc UBND phường", 103)}),
                   directory);
    EXPECT_THAT(built.warnings, IsEmpty());
}

TEST(BuildPlan, NamesAUnitOnceWhenACellRepeatsIt) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(
        draft_with({task_row("1.1", k_requirement_qualitative,
                             "Phòng Văn hóa - Xã hội; Phòng Văn hoá – Xã hội", "", 100)}),
        directory);
    ASSERT_EQ(built.plan.nodes.size(), 1U);
    EXPECT_THAT(built.plan.nodes[0].lead_units, ElementsAre(k_culture));
    expect_warnings(built.warnings,
                    {spelling_warning("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội", 100)});
}

TEST(BuildPlan, WarnsOnceAboutANewUnit) {
    UnitDirectory directory({});
    const BuiltPlan built =
        build_plan(draft_with({
                       task_row("5.4", k_requirement_qualitative, k_new_unit, "", 145),
                       task_row("5.5", k_requirement_qualitative, k_new_unit, "", 146),
                   }),
                   directory);
    expect_warnings(built.warnings,
                    {Diagnostic{Label::warning_unit_new,
                                {std::string(k_new_unit)},
                                Location{std::string(k_source), 145, "Cơ quan chủ trì"}}});
    ASSERT_EQ(built.plan.nodes.size(), 2U);
    EXPECT_THAT(built.plan.nodes[0].lead_units, ElementsAre(k_new_unit_key));
    EXPECT_THAT(built.plan.nodes[1].lead_units, ElementsAre(k_new_unit_key));
    ASSERT_EQ(directory.units().size(), 1U);
    EXPECT_EQ(directory.units()[0].name, k_new_unit);
}

TEST(BuildPlan, ANewUnitsOtherSpellingIsAVariantOfIt) {
    UnitDirectory directory({});
    const BuiltPlan built = build_plan(
        draft_with({
            task_row("5.4", k_requirement_qualitative, k_new_unit, "", 145),
            task_row("5.5", k_requirement_qualitative, "BAN CHỈ HUY QUÂN SỰ PHƯỜNG", "", 146),
        }),
        directory);
    expect_warnings(built.warnings,
                    {Diagnostic{Label::warning_unit_new,
                                {std::string(k_new_unit)},
                                Location{std::string(k_source), 145, "Cơ quan chủ trì"}},
                     spelling_warning("BAN CHỈ HUY QUÂN SỰ PHƯỜNG", std::string(k_new_unit), 146)});
}

TEST(BuildPlan, AStoredUnitIsNotNew) {
    UnitDirectory directory(
        {Unit{std::string(k_new_unit_key), std::string(k_new_unit), UnitKind::unit, false}});
    const BuiltPlan built = build_plan(
        draft_with({task_row("5.4", k_requirement_qualitative, k_new_unit, "", 145)}), directory);
    EXPECT_THAT(built.warnings, IsEmpty());
}

TEST(BuildPlan, ANewCoordinatingUnitsWarningNamesTheCoordinatingColumn) {
    UnitDirectory directory({});
    const BuiltPlan built =
        build_plan(draft_with({task_row("5.4", k_requirement_qualitative, "Phòng Văn hóa - Xã hội",
                                        k_new_unit, 145)}),
                   directory);
    expect_warnings(built.warnings,
                    {Diagnostic{Label::warning_unit_new,
                                {std::string(k_new_unit)},
                                Location{std::string(k_source), 145, "Cơ quan phối hợp"}}});
}

TEST(BuildPlan, ReportsUnitWarningsBeforeTheTargetWarningOfARow) {
    UnitDirectory directory({});
    const BuiltPlan built =
        build_plan(draft_with({task_row("6.1.1", k_requirement_unread, "Văn phòng HĐND&UBND",
                                        "Phòng Văn hoá – Xã hội", 150)}),
                   directory);
    expect_warnings(built.warnings,
                    {spelling_warning("Văn phòng HĐND&UBND", "Văn phòng HĐND và UBND", 150),
                     spelling_warning("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội", 150),
                     Diagnostic{Label::warning_target_unread,
                                {"6.1.1"},
                                Location{std::string(k_source), 150, "Yêu cầu"}}});
}

}  // namespace

}  // namespace parindex
