#include "http/routes.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/import_plan.hpp"
#include "app/memory_store.hpp"

namespace parindex {
namespace {

class Routes : public testing::Test {
  protected:
    HttpResponse get(std::string path, std::string query = {}, std::string method = "GET") {
        HttpRequest request;
        request.method = std::move(method);
        request.path = std::move(path);
        request.query = std::move(query);
        return m_dispatch(request);
    }

    void import_small_plan() {
        PlanDraft draft;
        draft.source_name = "ke-hoach.txt";
        draft.info.year = 2025;
        DraftRow area;
        area.code = "III";
        area.kind = NodeKind::area;
        area.title = "CẢI CÁCH THỦ TỤC HÀNH CHÍNH";
        DraftRow task;
        task.code = "3.1";
        task.title = "Tỷ lệ hồ sơ đúng hạn";
        task.requirement = "Đạt trên 90%";
        task.deadline_text = "Trong năm 2025";
        task.deadline = parse_deadline(task.deadline_text, 2025);
        task.lead_text = "Các cơ quan, tổ chức, đơn vị thuộc UBND phường";
        task.coordinating_text = "Trung tâm Phục vụ hành chính công";
        draft.rows = {area, task};
        ASSERT_TRUE(import_plan(m_store, draft, {}));
    }

    MemoryStore m_store;
    ApiContext m_context{m_store};
    HttpDispatcher m_dispatch = make_dispatcher(m_context);
};

TEST_F(Routes, HealthIsOkWhenTheStoreAnswers) {
    const HttpResponse response = get("/healthz");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(nlohmann::json::parse(response.body)["status"], "ok");
}

TEST_F(Routes, HealthFailsWhenTheStoreFails) {
    m_store.fail_on_call(1);
    EXPECT_EQ(get("/healthz").status, 500);
}

TEST_F(Routes, PlanIsNotFoundBeforeAnyImport) {
    const HttpResponse response = get("/api/plan");
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(nlohmann::json::parse(response.body)["error"],
              "Chưa có kế hoạch nào; hãy nhập kế hoạch bằng lệnh “parindex plan import TỆP”");
}

TEST_F(Routes, PlanIsTheTreeAsJson) {
    import_small_plan();
    const HttpResponse response = get("/api/plan");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["plan"]["year"], 2025);
    EXPECT_EQ(body["counts"]["tasks"], 1);
    ASSERT_EQ(body["nodes"].size(), 2U);
    const auto& task = body["nodes"][1];
    EXPECT_EQ(task["code"], "3.1");
    EXPECT_EQ(task["parent"], "III");
    EXPECT_EQ(task["deadline"]["label"], "Trong năm 2025");
    EXPECT_EQ(task["targets"][0]["comparator"], "gt");
    EXPECT_EQ(task["targets"][0]["value"], 90.0);
    EXPECT_EQ(task["targets"][0]["text"], "> 90%");
    // The group stands for every unit the ward has, here only the centre, which is also named to
    // coordinate.
    EXPECT_EQ(task["responsible_units"]["lead"],
              nlohmann::json::array({"trung tam phuc vu hanh chinh cong"}));
    EXPECT_EQ(task["responsible_units"]["coordinating"],
              nlohmann::json::array({"trung tam phuc vu hanh chinh cong"}));
}

TEST_F(Routes, PlanOfAYearWithoutOneIsNotFound) {
    import_small_plan();
    EXPECT_EQ(get("/api/plan", "year=2024").status, 404);
    EXPECT_EQ(get("/api/plan", "year=2025").status, 200);
}

TEST_F(Routes, ABadYearNamesTheField) {
    const HttpResponse response = get("/api/plan", "year=hai-nghin");
    EXPECT_EQ(response.status, 400);
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["field"], "year");
    EXPECT_NE(body["error"].get<std::string>().find("“hai-nghin”"), std::string::npos);
}

TEST_F(Routes, UnknownPathsAndMethodsAreRefusedInVietnamese) {
    const HttpResponse missing = get("/khong-co");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(nlohmann::json::parse(missing.body)["error"], "Không có địa chỉ này");
    const HttpResponse wrong_method = get("/api/plan", {}, "DELETE");
    EXPECT_EQ(wrong_method.status, 405);
}

}  // namespace
}  // namespace parindex
