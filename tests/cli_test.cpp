// The command line end to end, in-process, over a real SQLite file: what a user types and reads.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_fixture.hpp"
#include "core/error_mapping.hpp"

namespace parindex {
namespace {

const nlohmann::json& node(const nlohmann::json& plan, const std::string& code) {
    for (const auto& candidate : plan["nodes"]) {
        if (candidate["code"] == code) {
            return candidate;
        }
    }
    ADD_FAILURE() << "no node " << code;
    static const nlohmann::json none;
    return none;
}

std::vector<std::string> target_summary(const nlohmann::json& task) {
    std::vector<std::string> summary;
    for (const auto& target : task["targets"]) {
        summary.push_back(target["comparator"].get<std::string>() + " " +
                          target["text"].get<std::string>());
    }
    return summary;
}

TEST_F(Cli, ImportsTheSeedPlanWithItsRepairsAsWarnings) {
    const CliRun imported = run({"plan", "import", PARINDEX_SEED_PLAN});
    ASSERT_EQ(imported.exit_code, exit_ok) << imported.err;
    EXPECT_NE(
        imported.out.find("Đã nhập kế hoạch năm 2025: 9 lĩnh vực, 16 nhóm tiêu chí, 50 nhiệm vụ, "
                          "6 đơn vị và nhóm đơn vị"),
        std::string::npos)
        << imported.out;
    EXPECT_NE(imported.err.find(
                  "dòng 111: Nối phần tiếp theo sau ngắt trang vào cột “Yêu cầu” của mục 2.1.2"),
              std::string::npos)
        << imported.err;
    EXPECT_NE(imported.err.find("Bỏ thẻ HTML trong cột “Yêu cầu” của mục 7.3.1"),
              std::string::npos);
    EXPECT_NE(imported.err.find("“Văn phòng HĐND&UBND” được hiểu là “Văn phòng HĐND và UBND”"),
              std::string::npos);
}

TEST_F(Cli, ShowsSeventyFiveNodesWithTheirTargetsDeadlinesAndUnits) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    const nlohmann::json plan = plan_json();
    EXPECT_EQ(plan["nodes"].size(), 75U);
    EXPECT_EQ(plan["counts"], (nlohmann::json{{"areas", 9}, {"groups", 16}, {"tasks", 50}}));

    EXPECT_EQ(target_summary(node(plan, "3.2.1")), std::vector<std::string>{"gt > 90%"});
    EXPECT_EQ(target_summary(node(plan, "3.2.3")), std::vector<std::string>{"ge ≥ 90%"});
    EXPECT_EQ(target_summary(node(plan, "6.1.3")), std::vector<std::string>{"ge ≥ 90%"});
    EXPECT_EQ(target_summary(node(plan, "1.2")), std::vector<std::string>{"ge ≥ 100%"});
    EXPECT_EQ(target_summary(node(plan, "7.3.4")),
              (std::vector<std::string>{"ge ≥ 100%", "ge ≥ 70%", "ge ≥ 90%"}));
    EXPECT_EQ(target_summary(node(plan, "7.3.1")),
              (std::vector<std::string>{"ge ≥ 100%", "ge ≥ 100%"}));
    EXPECT_EQ(target_summary(node(plan, "6.3.1")), std::vector<std::string>{"ge ≥ 1 đơn vị"});
    EXPECT_EQ(target_summary(node(plan, "6.3.2")),
              std::vector<std::string>{"decrease giảm so với năm 2024"});
    const auto rates = target_summary(node(plan, "7.2.2"));
    EXPECT_NE(std::find(rates.begin(), rates.end(), "ge ≥ 70%"), rates.end());
    EXPECT_EQ(node(plan, "1.1")["targets"][0]["comparator"], "qualitative");

    const auto& task = node(plan, "3.1.1");
    EXPECT_EQ(task["deadline"]["kind"], "ongoing");
    EXPECT_EQ(task["lead_units"], nlohmann::json::array({"trung tam phuc vu hanh chinh cong"}));
    EXPECT_EQ(task["responsible_units"]["coordinating"].size(), 3U);  // every other unit
    EXPECT_EQ(node(plan, "2.1")["parent"], "II");
    EXPECT_EQ(node(plan, "2.1.1")["parent"], "2.1");
}

TEST_F(Cli, ShowsTheTreeReadablyInATerminal) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    const CliRun shown = run({"plan", "show"});
    ASSERT_EQ(shown.exit_code, exit_ok);
    EXPECT_NE(shown.out.find("\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n"), std::string::npos);
    EXPECT_NE(shown.out.find("\n  2.1 Theo dõi thi hành pháp luật\n    2.1.1 "), std::string::npos);
    EXPECT_NE(shown.out.find("Thời gian hoàn thành: Trước ngày 31/12/2025"), std::string::npos);
    EXPECT_NE(shown.out.find(
                  "Cơ quan chủ trì: Các cơ quan, tổ chức, đơn vị thuộc UBND phường (4 đơn vị)"),
              std::string::npos);
    EXPECT_NE(shown.out.find("- Tỷ lệ hồ sơ thanh toán trực tuyến: ≥ 90%"), std::string::npos);
}

TEST_F(Cli, ListsUnitsWithTheTasksTheyLeadAndSupport) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    const CliRun listed = run({"units", "list", "--json"});
    ASSERT_EQ(listed.exit_code, exit_ok);
    const auto units = nlohmann::json::parse(listed.out)["units"];
    int plain = 0;
    int groups = 0;
    for (const auto& unit : units) {
        (unit["kind"] == "group" ? groups : plain) += 1;
        if (unit["name"] == "Phòng Văn hóa - Xã hội") {
            EXPECT_TRUE(unit["is_coordinator"].get<bool>());
            EXPECT_GT(unit["tasks_led"].get<int>(), 30);
        }
    }
    EXPECT_EQ(plain, 4);
    EXPECT_EQ(groups, 2);
    const CliRun text = run({"units", "list"});
    EXPECT_NE(text.out.find("- Phòng Văn hóa - Xã hội (đầu mối theo dõi, tổng hợp): chủ trì"),
              std::string::npos);
}

TEST_F(Cli, ReimportingChangesNothingAndAChangedPlanSaysWhat) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    const CliRun again = run({"plan", "import", PARINDEX_SEED_PLAN});
    EXPECT_EQ(again.exit_code, exit_ok);
    EXPECT_NE(again.out.find("Kế hoạch năm 2025 không thay đổi"), std::string::npos) << again.out;

    std::string seed = read_text(PARINDEX_SEED_PLAN);
    const std::string from = "đạt trên 90%";
    seed.replace(seed.find(from), from.size(), "đạt trên 95%");
    const CliRun changed = run({"plan", "import", write_file("ke-hoach-sua.txt", seed)});
    ASSERT_EQ(changed.exit_code, exit_ok) << changed.err;
    EXPECT_NE(changed.out.find("0 mục thêm mới, 1 mục sửa đổi, 0 mục bị bỏ"), std::string::npos)
        << changed.out;
    EXPECT_NE(changed.out.find("Sửa mục 3.2.1: Yêu cầu, Chỉ tiêu"), std::string::npos)
        << changed.out;
    EXPECT_EQ(target_summary(node(plan_json(), "3.2.1")), std::vector<std::string>{"gt > 95%"});
}

TEST_F(Cli, ABrokenRowFailsWithItsLineAndLeavesTheStoreAsItWas) {
    ASSERT_EQ(run({"plan", "import", PARINDEX_SEED_PLAN}).exit_code, exit_ok);
    const std::string before = run({"plan", "show", "--json"}).out;

    std::string seed = read_text(PARINDEX_SEED_PLAN);
    seed.replace(seed.find("đạt trên 90%"), std::string("đạt trên 90%").size(), "đạt trên 99%");
    const std::string row = "6.3.1\t";
    seed.replace(seed.find(row), row.size(), "16.3.1\t");
    const CliRun broken = run({"plan", "import", write_file("ke-hoach-loi.txt", seed)});
    EXPECT_EQ(broken.exit_code, exit_invalid_input);
    EXPECT_NE(broken.err.find("dòng 160"), std::string::npos) << broken.err;
    EXPECT_NE(broken.err.find("Tiêu chí 16.3.1 thuộc lĩnh vực XVI"), std::string::npos)
        << broken.err;
    EXPECT_EQ(run({"plan", "show", "--json"}).out, before);
}

TEST_F(Cli, ImportsDossiersWithARejectsFileAndComputesTheIndicators) {
    const std::string catalogue = write_file(
        "danh-muc.csv",
        "MaTTHC,TenTTHC,MaLinhVuc,MucDo,CoPhiLePhi,CoThanhToanTrucTuyen,YeuCauKetQua,ThoiHanNgay\n"
        "1.001193,Đăng ký khai sinh,G09-TP01,4,0,0,1,3\n");
    ASSERT_EQ(run({"procedures", "import", catalogue}).exit_code, exit_ok);
    const std::string header =
        "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,"
        "TrangThaiHoSo,SoLanBoSung\n";
    // H1 on time; H2 finished after its due date: late; row 4 has no valid channel.
    const std::string dossiers =
        write_file("ho-so.csv", header +
                                    "H1,TTPVHCC,1.001193,2,2025-03-03,,2025-03-05,10,0\n"
                                    "H2,TTPVHCC,1.001193,1,2025-03-03,2025-03-06,2025-03-10,9,0\n"
                                    "H3,TTPVHCC,1.001193,7,2025-03-03,,,4,0\n");
    const CliRun imported = run({"dossiers", "import", dossiers});
    EXPECT_EQ(imported.exit_code, exit_invalid_input) << imported.err;
    EXPECT_NE(imported.err.find("dòng 4"), std::string::npos) << imported.err;
    const std::string rejects = read_text(dossiers + ".rejects.csv");
    EXPECT_NE(rejects.find("4,KenhThucHien,"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("H3,TTPVHCC"), std::string::npos) << rejects;

    const CliRun kpi =
        run({"kpi", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "json"});
    ASSERT_EQ(kpi.exit_code, exit_ok) << kpi.err;
    const nlohmann::json rows = nlohmann::json::parse(kpi.out);
    ASSERT_EQ(rows.size(), 11U);
    EXPECT_EQ(rows[0]["indicator"], "on_time_rate");
    EXPECT_EQ(rows[0]["numerator"], 1);
    EXPECT_EQ(rows[0]["denominator"], 2);
    EXPECT_EQ(rows[0]["rate"], 50.0);
    EXPECT_EQ(rows[1]["indicator"], "apology_rate");
    EXPECT_TRUE(rows[1]["rate"].is_number());  // 0 of 1 late dossier: 0%, not N/A
    const auto fee = std::find_if(rows.begin(), rows.end(), [](const nlohmann::json& row) {
        return row["indicator"] == "online_payment_rate";
    });
    ASSERT_NE(fee, rows.end());
    EXPECT_TRUE((*fee)["rate"].is_null());  // no fee procedure: N/A

    // The corrected file imports cleanly, updates H1 and H2, and the old rejects file goes.
    const std::string fixed =
        write_file("ho-so.csv", header +
                                    "H1,TTPVHCC,1.001193,2,2025-03-03,,2025-03-05,10,0\n"
                                    "H2,TTPVHCC,1.001193,1,2025-03-03,2025-03-06,2025-03-10,9,0\n");
    const CliRun again = run({"dossiers", "import", fixed});
    EXPECT_EQ(again.exit_code, exit_ok) << again.err;
    EXPECT_NE(again.out.find("thêm mới 0, cập nhật 2"), std::string::npos) << again.out;
    EXPECT_FALSE(std::filesystem::exists(dossiers + ".rejects.csv"));
}

TEST_F(Cli, ExplainsMistakesWithExitCodes) {
    EXPECT_EQ(run({"plan", "show"}).exit_code, exit_not_found);
    const CliRun missing = run({"plan", "import", (m_folder / "khong-co.txt").string()});
    EXPECT_EQ(missing.exit_code, exit_io);
    EXPECT_NE(missing.err.find("Không đọc được tệp"), std::string::npos);
    const CliRun unknown = run({"xoa-het"});
    EXPECT_EQ(unknown.exit_code, exit_usage);
    EXPECT_NE(unknown.err.find("Dòng lệnh không hợp lệ"), std::string::npos);
    EXPECT_EQ(run({"plan", "show", "--year", "20"}).exit_code, exit_usage);
}

TEST_F(Cli, HelpIsInVietnameseEverywhere) {
    const CliRun root = run({"--help"});
    EXPECT_EQ(root.exit_code, exit_ok);
    EXPECT_NE(root.out.find("Cách dùng"), std::string::npos);
    EXPECT_NE(root.out.find("Chạy máy chủ web"), std::string::npos);
    const CliRun import = run({"plan", "import", "--help"});
    EXPECT_EQ(import.exit_code, exit_ok);
    EXPECT_NE(import.out.find("Tệp kế hoạch"), std::string::npos) << import.out;
}

TEST_F(Cli, AWardTakesNoProvinceAccountAndSaysWhereOneBelongs) {
    const CliRun added = run({"user", "add", "tinh", "--name", "Sở Nội vụ", "--role",
                              "province_officer", "--password", "tinh@2025"});
    EXPECT_EQ(added.exit_code, exit_code(ErrorCode::invalid_input));
    EXPECT_NE(added.err.find("chỉ dành cho tài khoản cấp tỉnh (tạo bằng --ward province)"),
              std::string::npos)
        << added.err;
    EXPECT_EQ(run({"user", "list"}).out.find("tinh"), std::string::npos);
}

TEST_F(Cli, APlanWithoutATaskTheMethodologyScoresLeavesThatCriterionUnmeasured) {
    // The 2025 template scores 4.1.1 from its first target; this ward's plan has no 4.1.1.
    std::string plan = read_text(PARINDEX_SEED_PLAN);
    const std::size_t row = plan.find("\n4.1.1\t");
    ASSERT_NE(row, std::string::npos);
    plan.erase(row, plan.find('\n', row + 1) - row);
    ASSERT_EQ(run({"plan", "import", write_file("ke-hoach.txt", plan)}).exit_code, exit_ok);
    const CliRun scored = run({"score", "--today", "2025-11-20"});
    ASSERT_EQ(scored.exit_code, exit_ok) << scored.err;
    const CliRun json = run({"score", "--today", "2025-11-20", "--format", "json"});
    EXPECT_NE(json.out.find("Kế hoạch của phường không có nhiệm vụ 4.1.1"), std::string::npos)
        << json.out.substr(0, 2000);
}

}  // namespace
}  // namespace parindex
