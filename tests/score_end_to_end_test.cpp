// The scores end to end, in-process over a real SQLite file: the seed plan, the shipped default
// methodology, last year's results (data/demo/ket-qua-2024.csv) and a generated year of one-stop
// dossiers go in through the commands a user types; the score tree that comes out must add up
// at every level, and the risks list must start with the largest gain.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "cli_fixture.hpp"
#include "core/error_mapping.hpp"

namespace parindex {
namespace {

constexpr double k_cent = 0.011;  // sums of values rounded to the hundredth

class ScoreEndToEnd : public Cli {
  protected:
    void SetUp() override {
        Cli::SetUp();
        ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
        const std::string dossiers = (m_folder / "ho-so.csv").string();
        const std::string catalogue = (m_folder / "thu-tuc.csv").string();
        std::filesystem::create_directories(m_folder);
        const CliRun generated =
            run({"gen", "dossiers", "--count", "20000", "--seed", "2025", "--year", "2025", "--out",
                 dossiers, "--catalogue", catalogue});
        ASSERT_EQ(generated.exit_code, exit_ok) << generated.err;
        ASSERT_EQ(run({"procedures", "import", catalogue}).exit_code, exit_ok);
        const CliRun imported = run({"dossiers", "import", dossiers});
        ASSERT_TRUE(imported.exit_code == exit_ok || imported.exit_code == exit_invalid_input)
            << imported.err;
        const CliRun baseline = run({"results", "import", PARINDEX_DEMO_RESULTS});
        ASSERT_EQ(baseline.exit_code, exit_ok) << baseline.err;
    }

    nlohmann::json score(std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"score", "--today", "2025-11-20", "--format", "json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliRun shown = run(args);
        EXPECT_EQ(shown.exit_code, exit_ok) << shown.err;
        return nlohmann::json::parse(shown.out);
    }
};

// The children of each node: the nodes right after it one level deeper, until one as shallow.
std::map<std::string, std::vector<const nlohmann::json*>> children_of(const nlohmann::json& nodes) {
    std::map<std::string, std::vector<const nlohmann::json*>> children;
    std::vector<const nlohmann::json*> open;
    for (const auto& node : nodes) {
        const int depth = node["depth"].get<int>();
        while (!open.empty() && (*open.back())["depth"].get<int>() >= depth) {
            open.pop_back();
        }
        if (!open.empty()) {
            children[(*open.back())["code"].get<std::string>()].push_back(&node);
        }
        open.push_back(&node);
    }
    return children;
}

TEST_F(ScoreEndToEnd, TheTreeAddsUpAtEveryLevelAndTheIndexFollowsItsFormula) {
    const nlohmann::json card = score();
    const auto& nodes = card["nodes"];
    const auto children = children_of(nodes);
    double areas_now = 0;
    double areas_projected = 0;
    double areas_max = 0;
    double leaves_max = 0;
    int areas = 0;
    for (const auto& node : nodes) {
        const std::string code = node["code"];
        if (node["depth"] == 0) {
            ++areas;
            areas_now += node["now"].get<double>();
            areas_projected += node["projected"].get<double>();
            areas_max += node["max"].get<double>();
        }
        if (node["leaf"]) {
            leaves_max += node["applicable_max"].get<double>();
            EXPECT_LE(node["now"].get<double>(), node["max"].get<double>()) << code;
            EXPECT_FALSE(node["reason"].get<std::string>().empty()) << code;
            continue;
        }
        double now = 0;
        double projected = 0;
        for (const nlohmann::json* child : children.at(code)) {
            now += (*child)["now"].get<double>();
            projected += (*child)["projected"].get<double>();
        }
        EXPECT_NEAR(node["now"].get<double>(), now, k_cent) << code;
        EXPECT_NEAR(node["projected"].get<double>(), projected, k_cent) << code;
    }
    EXPECT_EQ(areas, 9);
    EXPECT_DOUBLE_EQ(areas_max, 100);
    EXPECT_NEAR(leaves_max, 100, k_cent);
    const auto& totals = card["totals"];
    EXPECT_NEAR(totals["assessed_now"].get<double>() + totals["survey_now"].get<double>(),
                areas_now, k_cent);
    EXPECT_NEAR(
        totals["assessed_projected"].get<double>() + totals["survey_projected"].get<double>(),
        areas_projected, k_cent);
    // No survey result entered yet: the assessed part is rescaled to 100.
    EXPECT_FALSE(totals["survey_known"].get<bool>());
    EXPECT_NEAR(totals["index_now"].get<double>(),
                100 * totals["assessed_now"].get<double>() / totals["assessed_max"].get<double>(),
                k_cent);
    EXPECT_NEAR(totals["index_projected"].get<double>(), areas_projected, k_cent);
    // Last year's results are beside every criterion and roll up to the index.
    EXPECT_TRUE(totals["last_year"].is_number());
    for (const auto& node : nodes) {
        EXPECT_TRUE(node["last_year"].is_number()) << node["code"];
    }
}

TEST_F(ScoreEndToEnd, RisksStartWithTheLargestGainAndSayWhy) {
    const nlohmann::json card = score();
    const auto& risks = card["risks"];
    ASSERT_GE(risks.size(), 2U);
    double largest = 0;
    for (const auto& risk : risks) {
        largest = std::max(largest, risk["gain"].get<double>());
        EXPECT_NEAR(risk["gain"].get<double>(),
                    risk["max"].get<double>() - risk["projected"].get<double>(), k_cent);
    }
    EXPECT_DOUBLE_EQ(risks[0]["gain"].get<double>(), largest);
    for (std::size_t i = 1; i < risks.size(); ++i) {
        EXPECT_GE(risks[i - 1]["gain"].get<double>(), risks[i]["gain"].get<double>());
    }
    // The dossier criteria name their counts: late dossiers and missing apologies.
    for (const auto& node : card["nodes"]) {
        if (node["code"] == "3.2.1") {
            EXPECT_NE(node["reason"].get<std::string>().find("hồ sơ trễ hạn"), std::string::npos)
                << node["reason"];
            EXPECT_TRUE(node["value_projected"].is_number());
        }
    }
    const CliRun listed = run({"risks", "--today", "2025-11-20", "--limit", "3"});
    ASSERT_EQ(listed.exit_code, exit_ok) << listed.err;
    EXPECT_EQ(listed.out.rfind("1. " + risks[0]["code"].get<std::string>(), 0), 0U) << listed.out;
}

TEST_F(ScoreEndToEnd, AWhatIfMovesTheScoreWithoutStoringIt) {
    const nlohmann::json before = score();
    const nlohmann::json assumed = score({"--assume", "3.2.2=100", "--assume", "8.1.1=95"});
    const auto find = [](const nlohmann::json& card, const std::string& code) {
        for (const auto& node : card["nodes"]) {
            if (node["code"] == code) {
                return node;
            }
        }
        return nlohmann::json();
    };
    EXPECT_DOUBLE_EQ(find(assumed, "3.2.2")["now"].get<double>(),
                     find(assumed, "3.2.2")["max"].get<double>());
    EXPECT_TRUE(assumed["totals"]["survey_known"].get<bool>());
    EXPECT_NE(assumed["totals"]["index_now"], before["totals"]["index_now"]);
    EXPECT_EQ(score()["totals"], before["totals"]);
    const CliRun unknown = run({"score", "--assume", "9.9.9=1"});
    EXPECT_EQ(unknown.exit_code, exit_invalid_input);
    EXPECT_NE(unknown.err.find("9.9.9"), std::string::npos) << unknown.err;
}

TEST_F(ScoreEndToEnd, ABrokenMethodologyIsRefusedAtItsLineAndTheOldOneStays) {
    const CliRun exported = run({"methodology", "export"});
    ASSERT_EQ(exported.exit_code, exit_ok);
    std::string yaml = exported.out;
    const std::size_t at = yaml.find("code: \"3.2.1\"");
    ASSERT_NE(at, std::string::npos);
    yaml.replace(at, 13, "code: \"3.2.9\"");
    const auto line = 1 + std::count(yaml.begin(), yaml.begin() + static_cast<long>(at), '\n');
    const CliRun refused = run({"methodology", "import", write_file("sai.yaml", yaml)});
    EXPECT_EQ(refused.exit_code, exit_invalid_input);
    EXPECT_NE(refused.err.find("dòng " + std::to_string(line)), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("3.2.9"), std::string::npos) << refused.err;
    EXPECT_EQ(run({"methodology", "export"}).out, exported.out);
}

TEST_F(ScoreEndToEnd, TheAccountabilityWorkbookIsWritten) {
    const std::string path = (m_folder / "trach-nhiem.xlsx").string();
    const CliRun written = run({"accountability", "--today", "2025-11-20", "-o", path});
    ASSERT_EQ(written.exit_code, exit_ok) << written.err;
    EXPECT_EQ(read_text(path).substr(0, 2), "PK");
}

}  // namespace
}  // namespace parindex
