#include "report/plan_xlsx.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/unit_directory.hpp"
#include "report/office_test_support.hpp"
#include "report/xlsx_test_support.hpp"

namespace parindex {

namespace {

using office_test::cell_reference;
using office_test::cell_value;
using office_test::Cells;
using office_test::zip_entry;

constexpr std::size_t k_first_data_row = 6;  // from 0: three title rows, a blank, two headers

Unit unit(const std::string& name, UnitKind kind = UnitKind::unit) {
    return Unit{fold_for_matching(name), name, kind, false};
}

// The units of the sample plan, as the directory stores them.
std::vector<Unit> sample_units() {
    return {unit("Văn phòng HĐND và UBND"), unit("Phòng Văn hóa - Xã hội"),
            unit("Phòng Kinh tế, Hạ tầng và Đô thị"), unit("Trung tâm Phục vụ hành chính công"),
            unit("Các cơ quan, tổ chức, đơn vị thuộc UBND phường", UnitKind::group)};
}

std::string key_of(const std::string& name) {
    return fold_for_matching(name);
}

PlanNode node(std::string code, NodeKind kind, std::string title) {
    PlanNode made;
    made.code = std::move(code);
    made.kind = kind;
    made.title = std::move(title);
    return made;
}

Plan sample_plan() {
    Plan plan;
    plan.info.year = 2025;
    plan.info.number = "15/KH-UBND";
    plan.info.issued_on = CivilDate::create(2025, 9, 12).value();
    plan.info.issuing_body = "UBND phường Bắc Kạn";

    PlanNode direction = node("I", NodeKind::area, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    PlanNode plan_task =
        node("1.1", NodeKind::task,
             "Ban hành Kế hoạch cải cách hành chính năm 2025 & triển khai <kịp thời>");
    plan_task.requirement = "Ban hành trước ngày 31/01/2025; 100% nhiệm vụ được triển khai";
    plan_task.deadline_text = "Trước ngày 31/01/2025";
    plan_task.lead_units = {key_of("Phòng Văn hóa - Xã hội")};
    plan_task.coordinating_units = {key_of("Các cơ quan, tổ chức, đơn vị thuộc UBND phường")};

    PlanNode law = node("II", NodeKind::area, "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL");
    PlanNode follow_up = node("2.1", NodeKind::group, "Theo dõi thi hành pháp luật");
    PlanNode check =
        node("2.1.1", NodeKind::task, "Thực hiện các hoạt động theo dõi thi hành pháp luật");
    check.requirement = "Thực hiện công tác kiểm tra tình hình thi hành pháp luật";
    check.deadline_text = "Thường xuyên";
    check.lead_units = {key_of("Phòng Kinh tế, Hạ tầng và Đô thị"),
                        key_of("Văn phòng HĐND và UBND")};
    PlanNode online = node("2.1.2", NodeKind::task, "Xử lý kết quả theo dõi thi hành pháp luật");
    online.requirement = "Báo cáo kết quả";
    online.deadline_text = "Trong quý IV năm 2025";
    online.lead_units = {key_of("Trung tâm Phục vụ hành chính công")};
    online.coordinating_units = {key_of("Văn phòng HĐND và UBND"),
                                 key_of("Phòng Văn hóa - Xã hội")};
    plan.nodes = {direction, plan_task, law, follow_up, check, online};
    return plan;
}

PlanPrint sample_print(const Plan& plan) {
    PlanPrint print;
    print.plan = &plan;
    print.settings.issuer = "Ủy ban nhân dân phường Bắc Kạn";
    print.settings.ward_name = "phường Bắc Kạn";
    for (const Unit& known : sample_units()) {
        print.unit_names[known.key] = known.name;
    }
    return print;
}

struct Rendered {
    std::string bytes;
    Cells cells;
    std::string sheet_xml;
};

Rendered render(const PlanPrint& print) {
    const Result<std::string> bytes = render_plan_xlsx(print);
    EXPECT_TRUE(bytes.has_value()) << describe(bytes.error());
    if (!bytes) {
        return {};
    }
    return Rendered{*bytes, office_test::sheet_cells(*bytes, 1).value_or(Cells{}),
                    zip_entry(*bytes, office_test::sheet_entry(1)).value_or("")};
}

Rendered render(const Plan& plan) {
    return render(sample_print(plan));
}

std::string at(const Rendered& rendered, std::size_t column, std::size_t row) {
    return cell_value(rendered.cells, cell_reference(column, row));
}

TEST(RenderPlanXlsx, WritesTheTitleAndTheSeedsTwoHeaderRows) {
    const Plan plan = sample_plan();
    const Rendered rendered = render(plan);
    EXPECT_EQ(office_test::xml_error(rendered.sheet_xml), std::nullopt);
    EXPECT_EQ(cell_value(rendered.cells, "A1"), "PHỤ LỤC");
    EXPECT_EQ(cell_value(rendered.cells, "A2"),
              "PHÂN CÔNG THỰC HIỆN KẾ HOẠCH DUY TRÌ, CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH "
              "CHÍNH PHƯỜNG BẮC KẠN NĂM 2025");
    EXPECT_EQ(cell_value(rendered.cells, "A3"),
              "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/09/2025 của UBND phường Bắc Kạn)");

    const std::vector<std::string> first = {"STT",
                                            "Lĩnh vực, tiêu chí",
                                            "Yêu cầu năm 2025",
                                            "Thời gian hoàn thành",
                                            "Phân công nhiệm vụ",
                                            ""};
    const std::vector<std::string> second = {"", "", "", "", "Cơ quan chủ trì", "Cơ quan phối hợp"};
    for (std::size_t column = 0; column < first.size(); ++column) {
        EXPECT_EQ(at(rendered, column, 4), first[column]) << column;
        EXPECT_EQ(at(rendered, column, 5), second[column]) << column;
    }
    for (const char* merge : {"A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "A1:F1", "A2:F2"}) {
        EXPECT_NE(rendered.sheet_xml.find(std::string("<mergeCell ref=\"") + merge + "\"/>"),
                  std::string::npos)
            << merge;
    }
    EXPECT_NE(rendered.sheet_xml.find("topLeftCell=\"A7\""), std::string::npos);
    EXPECT_NE(rendered.sheet_xml.find("<autoFilter ref=\"A6:F12\"/>"), std::string::npos);
}

TEST(RenderPlanXlsx, WritesOneRowPerNodeWithAreasAcrossTheTable) {
    const Plan plan = sample_plan();
    const Rendered rendered = render(plan);
    ASSERT_EQ(plan.nodes.size(), 6u);
    EXPECT_EQ(at(rendered, 0, k_first_data_row), "I");
    EXPECT_EQ(at(rendered, 1, k_first_data_row), "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    EXPECT_NE(rendered.sheet_xml.find("<mergeCell ref=\"B7:F7\"/>"), std::string::npos);
    EXPECT_NE(rendered.sheet_xml.find("<mergeCell ref=\"B9:F9\"/>"), std::string::npos);
    EXPECT_EQ(at(rendered, 0, k_first_data_row + 3), "2.1");
    EXPECT_EQ(at(rendered, 1, k_first_data_row + 3), "Theo dõi thi hành pháp luật");
    EXPECT_EQ(at(rendered, 2, k_first_data_row + 3), "");

    const std::size_t task = k_first_data_row + 1;
    EXPECT_EQ(at(rendered, 0, task), "1.1");
    EXPECT_EQ(at(rendered, 1, task),
              "Ban hành Kế hoạch cải cách hành chính năm 2025 & triển khai <kịp thời>");
    EXPECT_EQ(at(rendered, 2, task),
              "Ban hành trước ngày 31/01/2025; 100% nhiệm vụ được triển khai");
    EXPECT_EQ(at(rendered, 3, task), "Trước ngày 31/01/2025");
    EXPECT_EQ(at(rendered, 4, task), "Phòng Văn hóa - Xã hội");
    EXPECT_EQ(at(rendered, 5, task), "Các cơ quan, tổ chức, đơn vị thuộc UBND phường");
    // One name per line, in the plan's order; no unit is a blank cell.
    EXPECT_EQ(at(rendered, 4, k_first_data_row + 4),
              "Phòng Kinh tế, Hạ tầng và Đô thị\nVăn phòng HĐND và UBND");
    EXPECT_EQ(at(rendered, 5, k_first_data_row + 4), "");
    EXPECT_EQ(at(rendered, 0, k_first_data_row + 6), "");
}

// What the importer does with the sheet: every row back to its node, every unit cell back to the
// same unit keys through the directory.
TEST(RenderPlanXlsx, ReadsBackAsTheSamePlan) {
    const Plan plan = sample_plan();
    const Rendered rendered = render(plan);
    UnitDirectory directory(sample_units());
    for (std::size_t index = 0; index < plan.nodes.size(); ++index) {
        const PlanNode& node = plan.nodes[index];
        const std::size_t row = k_first_data_row + index;
        EXPECT_EQ(at(rendered, 0, row), node.code);
        EXPECT_EQ(at(rendered, 1, row), node.title);
        if (node.kind != NodeKind::task) {
            continue;
        }
        EXPECT_EQ(at(rendered, 2, row), node.requirement);
        EXPECT_EQ(at(rendered, 3, row), node.deadline_text);
        auto keys = [&](std::size_t column) {
            std::vector<std::string> resolved;
            for (const UnitMatch& match : directory.resolve(at(rendered, column, row))) {
                EXPECT_FALSE(match.is_new) << match.written_as;
                EXPECT_FALSE(match.is_variant) << match.written_as;
                resolved.push_back(match.key);
            }
            return resolved;
        };
        EXPECT_EQ(keys(4), node.lead_units) << node.code;
        EXPECT_EQ(keys(5), node.coordinating_units) << node.code;
    }
}

TEST(RenderPlanXlsx, NamesTheIssuerOfADraftPlanWithoutANumber) {
    Plan plan = sample_plan();
    plan.info.number.clear();
    plan.info.issuing_body.clear();
    const Rendered rendered = render(plan);
    EXPECT_EQ(cell_value(rendered.cells, "A3"),
              "(Kèm theo Kế hoạch của Ủy ban nhân dân phường Bắc Kạn)");
}

TEST(RenderPlanXlsx, LeavesTheWardOutOfTheHeadingWhenItIsNotSet) {
    const Plan plan = sample_plan();
    PlanPrint print = sample_print(plan);
    print.settings.ward_name.clear();
    const Rendered rendered = render(print);
    EXPECT_EQ(cell_value(rendered.cells, "A2"),
              "PHÂN CÔNG THỰC HIỆN KẾ HOẠCH DUY TRÌ, CẢI THIỆN, NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH "
              "CHÍNH NĂM 2025");
}

TEST(RenderPlanXlsx, PrintsLandscapeWithTheHeaderOnEveryPage) {
    const Plan plan = sample_plan();
    const Rendered rendered = render(plan);
    EXPECT_NE(rendered.sheet_xml.find("orientation=\"landscape\""), std::string::npos);
    EXPECT_NE(rendered.sheet_xml.find("paperSize=\"9\""), std::string::npos);
    EXPECT_NE(rendered.sheet_xml.find("fitToHeight=\"0\""), std::string::npos);
    const std::string workbook = zip_entry(rendered.bytes, "xl/workbook.xml").value_or("");
    EXPECT_NE(workbook.find("_xlnm.Print_Titles"), std::string::npos);
    EXPECT_NE(workbook.find("$5:$6"), std::string::npos);
    EXPECT_NE(workbook.find("name=\"Phụ lục\""), std::string::npos);
}

}  // namespace

}  // namespace parindex
