// The plan printed and read back: the seed text is read and built into a plan, the plan is
// rendered as the Word document and the workbook a ward prints and edits, and each file read
// again through read_plan_file must give the same 50 tasks in the same areas and groups, field by
// field, with the units resolving to the same keys. Then the same through `plan import`.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "cli_fixture.hpp"
#include "domain/document_settings.hpp"
#include "domain/plan_draft.hpp"
#include "importers/plan_file_reader.hpp"
#include "importers/plan_text_reader.hpp"
#include "report/plan_docx.hpp"
#include "report/plan_xlsx.hpp"

namespace parindex {
namespace {

std::string read_seed() {
    std::ifstream in(PARINDEX_SEED_PLAN, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : " | ") + item;
    }
    return text;
}

std::string describe_targets(const std::vector<Target>& targets) {
    std::string text;
    for (const Target& target : targets) {
        text += "[" + target.label + " " + std::to_string(static_cast<int>(target.comparator)) +
                " " + (target.value ? std::to_string(*target.value) : "-") + " " + target.unit +
                "] ";
    }
    return text;
}

class PlanRoundTrip : public testing::Test {
  protected:
    void SetUp() override {
        auto reading = read_plan_text(read_seed(), "ke-hoach-par-index-2025.txt");
        ASSERT_TRUE(reading) << describe(reading.error());
        m_plan = build_plan(reading->draft, m_directory).plan;
        ASSERT_EQ(count_nodes(m_plan).tasks, 50);
        m_print.plan = &m_plan;
        m_print.settings = default_document_settings(m_plan.info);
        for (const Unit& unit : m_directory.units()) {
            m_print.unit_names.emplace(unit.key, unit.name);
        }
    }

    // The file read back and built against the units the first reading knew, as an import into
    // the same database would.
    Plan read_back(const std::string& bytes, const std::string& name) {
        auto reading = read_plan_file(bytes, name);
        EXPECT_TRUE(reading) << describe(reading.error());
        if (!reading) {
            return {};
        }
        for (const Diagnostic& warning : reading->warnings) {
            ADD_FAILURE() << name << ": unexpected reader warning: " << describe(warning);
        }
        UnitDirectory directory(m_directory.units());
        BuiltPlan built = build_plan(reading->draft, directory);
        for (const Diagnostic& warning : built.warnings) {
            const bool is_expected = warning.message == Label::warning_target_unread;
            EXPECT_TRUE(is_expected) << name << ": " << describe(warning);
        }
        return built.plan;
    }

    void expect_same_plan(const Plan& read, const std::string& name) {
        ASSERT_EQ(read.nodes.size(), m_plan.nodes.size()) << name;
        const PlanCounts counts = count_nodes(read);
        EXPECT_EQ(counts.areas, 9) << name;
        EXPECT_EQ(counts.groups, 16) << name;
        EXPECT_EQ(counts.tasks, 50) << name;
        EXPECT_EQ(read.info.year, m_plan.info.year) << name;
        for (std::size_t i = 0; i < m_plan.nodes.size(); ++i) {
            const PlanNode& expected = m_plan.nodes[i];
            const PlanNode& actual = read.nodes[i];
            const std::string where = name + ", node " + expected.code;
            EXPECT_EQ(actual.code, expected.code) << where;
            EXPECT_EQ(actual.kind, expected.kind) << where;
            EXPECT_EQ(actual.title, expected.title) << where;
            EXPECT_EQ(actual.requirement, expected.requirement) << where;
            EXPECT_EQ(actual.deadline, expected.deadline) << where;
            EXPECT_EQ(actual.deadline_text, expected.deadline_text) << where;
            EXPECT_EQ(joined(actual.lead_units), joined(expected.lead_units)) << where;
            EXPECT_EQ(joined(actual.coordinating_units), joined(expected.coordinating_units))
                << where;
            EXPECT_EQ(actual.targets, expected.targets)
                << where << "\n  read back: " << describe_targets(actual.targets)
                << "\n  printed:   " << describe_targets(expected.targets);
        }
    }

    UnitDirectory m_directory{{}};
    Plan m_plan;
    PlanPrint m_print;
};

TEST_F(PlanRoundTrip, TheWordDocumentReadsBackAsTheSamePlan) {
    auto bytes = render_plan_docx(m_print);
    ASSERT_TRUE(bytes) << describe(bytes.error());
    const Plan read = read_back(*bytes, "ke-hoach-2025.docx");
    expect_same_plan(read, "docx");
    EXPECT_EQ(read.info.title, m_plan.info.title);
    EXPECT_EQ(read.info.signer_title, m_plan.info.signer_title);
    EXPECT_EQ(read.info.signer_name, m_plan.info.signer_name);
    EXPECT_EQ(read.info.body, m_plan.info.body);
    EXPECT_EQ(read.info.recipients, m_plan.info.recipients);
    EXPECT_EQ(read.info.place_and_date, m_plan.info.place_and_date);
}

TEST_F(PlanRoundTrip, TheWorkbookReadsBackAsTheSamePlan) {
    auto bytes = render_plan_xlsx(m_print);
    ASSERT_TRUE(bytes) << describe(bytes.error());
    expect_same_plan(read_back(*bytes, "ke-hoach-2025.xlsx"), "xlsx");
}

// `plan import` takes the Word document and the workbook as it takes the text export: after the
// seed, the regenerated document changes nothing, and the workbook (the appendix alone) no task.
class PlanImportOffice : public Cli {};

TEST_F(PlanImportOffice, ImportsTheRegeneratedDocumentAndWorkbookOfTheStoredPlan) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    auto reading = read_plan_text(read_seed(), "ke-hoach-par-index-2025.txt");
    ASSERT_TRUE(reading);
    UnitDirectory directory({});
    const Plan plan = build_plan(reading->draft, directory).plan;
    PlanPrint print{&plan, default_document_settings(plan.info), {}};
    for (const Unit& unit : directory.units()) {
        print.unit_names.emplace(unit.key, unit.name);
    }

    auto docx = render_plan_docx(print);
    ASSERT_TRUE(docx);
    const CliRun from_word = run({"plan", "import", write_file("ke-hoach.docx", *docx)});
    EXPECT_EQ(from_word.exit_code, exit_ok) << from_word.err;
    EXPECT_NE(from_word.out.find(format_label(Label::import_unchanged, {"2025"})),
              std::string::npos)
        << from_word.out << from_word.err;

    auto xlsx = render_plan_xlsx(print);
    ASSERT_TRUE(xlsx);
    const CliRun from_excel = run({"plan", "import", write_file("ke-hoach.xlsx", *xlsx)});
    EXPECT_EQ(from_excel.exit_code, exit_ok) << from_excel.err;
    // The sheet has no body, title or signer: the stored ones stay, and nothing changes.
    EXPECT_NE(from_excel.out.find(format_label(Label::import_unchanged, {"2025"})),
              std::string::npos)
        << from_excel.out << from_excel.err;
}

}  // namespace
}  // namespace parindex
