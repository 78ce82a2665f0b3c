// The workflow store contract: accounts, sessions, reports with their children, obstacles and
// comments, period locks and the audit log, whatever the engine. It runs on SQLite here; another
// engine joins by adding its factory to engines() in store_test_engines.hpp.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/sql/sql_store.hpp"
#include "store/store_test_engines.hpp"

namespace parindex {
namespace {

User user(std::string username, Role role = Role::unit_staff, std::string unit_key = "vp") {
    User account;
    account.username = std::move(username);
    account.display_name = "Nguyễn Văn " + account.username;
    account.role = role;
    account.unit_key = std::move(unit_key);
    account.password_hash = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
    return account;
}

ProgressReport report(std::string task_code, std::string unit_key, std::string_view period) {
    ProgressReport made;
    made.plan_year = 2025;
    made.task_code = std::move(task_code);
    made.unit_key = std::move(unit_key);
    made.period = *parse_period(period);
    made.progress = Progress::in_progress;
    made.narrative = "Đã triển khai tại bộ phận một cửa";
    made.values = {MeasuredValue{0, 92.5}, MeasuredValue{2, 3.0}};
    made.updated_at = "2025-10-01T08:00:00Z";
    made.updated_by = "vp.staff";
    return made;
}

EvidenceFile evidence(std::string file_name) {
    return EvidenceFile{0,
                        std::move(file_name),
                        "application/pdf",
                        2048,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                        "2025-10-02T09:15:00Z",
                        "vp.staff"};
}

DocumentReference document(std::string number_symbol) {
    return DocumentReference{0,
                             std::move(number_symbol),
                             CivilDate::create(2025, 3, 12),
                             "UBND phường Bắc Kạn",
                             "Về việc niêm yết thủ tục hành chính",
                             "2"};
}

void expect_same_user(const User& found, const User& expected) {
    EXPECT_EQ(found.id, expected.id);
    EXPECT_EQ(found.username, expected.username);
    EXPECT_EQ(found.display_name, expected.display_name);
    EXPECT_EQ(found.role, expected.role);
    EXPECT_EQ(found.unit_key, expected.unit_key);
    EXPECT_EQ(found.is_active, expected.is_active);
    EXPECT_EQ(found.password_hash, expected.password_hash);
}

// The report's own fields and values; evidence and documents are checked where they matter.
void expect_same_report(const ProgressReport& found, const ProgressReport& expected) {
    EXPECT_EQ(found.id, expected.id);
    EXPECT_EQ(found.plan_year, expected.plan_year);
    EXPECT_EQ(found.task_code, expected.task_code);
    EXPECT_EQ(found.unit_key, expected.unit_key);
    EXPECT_EQ(found.role, expected.role);
    EXPECT_EQ(found.period.code(), expected.period.code());
    EXPECT_EQ(found.state, expected.state);
    EXPECT_EQ(found.progress, expected.progress);
    EXPECT_EQ(found.narrative, expected.narrative);
    EXPECT_EQ(found.values, expected.values);
    EXPECT_EQ(found.review_comment, expected.review_comment);
    EXPECT_EQ(found.updated_at, expected.updated_at);
    EXPECT_EQ(found.updated_by, expected.updated_by);
    EXPECT_EQ(found.submitted_at, expected.submitted_at);
    EXPECT_EQ(found.reviewed_at, expected.reviewed_at);
    EXPECT_EQ(found.reviewed_by, expected.reviewed_by);
    EXPECT_EQ(found.version, expected.version);
}

void expect_same_evidence(const EvidenceFile& found, const EvidenceFile& expected) {
    EXPECT_EQ(found.id, expected.id);
    EXPECT_EQ(found.file_name, expected.file_name);
    EXPECT_EQ(found.media_type, expected.media_type);
    EXPECT_EQ(found.size, expected.size);
    EXPECT_EQ(found.sha256, expected.sha256);
    EXPECT_EQ(found.uploaded_at, expected.uploaded_at);
    EXPECT_EQ(found.uploaded_by, expected.uploaded_by);
}

void expect_same_document(const DocumentReference& found, const DocumentReference& expected) {
    EXPECT_EQ(found.id, expected.id);
    EXPECT_EQ(found.number_symbol, expected.number_symbol);
    EXPECT_EQ(found.issued_on, expected.issued_on);
    EXPECT_EQ(found.issuing_body, expected.issuing_body);
    EXPECT_EQ(found.summary, expected.summary);
    EXPECT_EQ(found.page, expected.page);
}

// A filter on the 2025 plan; each optional part only when given.
ReportFilter filter(std::string task_code = "", std::string unit_key = "", std::string period = "",
                    std::optional<ReportState> state = std::nullopt, int plan_year = 2025) {
    return ReportFilter{plan_year, std::move(task_code), std::move(unit_key), std::move(period),
                        state};
}

std::vector<std::int64_t> ids_of(const std::vector<ProgressReport>& reports) {
    std::vector<std::int64_t> ids;
    ids.reserve(reports.size());
    for (const ProgressReport& listed : reports) {
        ids.push_back(listed.id);
    }
    return ids;
}

class WorkflowContract : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override {
        if (const std::string why = GetParam().unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_store = GetParam().open(m_folder.path());
        ASSERT_NE(m_store, nullptr);
    }

    void TearDown() override { m_store.reset(); }

    // Runs one repository call in its own transaction and hands back its result.
    template <class Work>
    auto run(Work work) {
        return in_transaction(*m_store, work);
    }

    Result<std::vector<ProgressReport>> list(const ReportFilter& filter) {
        return run([&] { return m_store->reports().list_reports(filter); });
    }

    // Creates the report and returns it with its id, for comparing with what is found.
    ProgressReport created(ProgressReport made) {
        auto id = run([&] { return m_store->reports().create_report(made); });
        EXPECT_TRUE(id) << describe(id.error());
        made.id = id ? *id : 0;
        return made;
    }

    ScratchFolder m_folder{"parindex-workflow"};
    std::unique_ptr<WorkflowStore> m_store;
};

// Users

TEST_P(WorkflowContract, CreatesUsersAndFindsThemByIdAndName) {
    User head = user("vp.head", Role::unit_head);
    User chair = user("chu.tich", Role::chairman, "");
    chair.is_active = false;
    auto head_id = run([&] { return m_store->users().create_user(head); });
    auto chair_id = run([&] { return m_store->users().create_user(chair); });
    ASSERT_TRUE(head_id) << describe(head_id.error());
    ASSERT_TRUE(chair_id);
    EXPECT_NE(*head_id, *chair_id);
    head.id = *head_id;
    chair.id = *chair_id;

    auto by_id = run([&] { return m_store->users().find_user(*chair_id); });
    ASSERT_TRUE(by_id && by_id->has_value());
    expect_same_user(**by_id, chair);
    auto by_name = run([&] { return m_store->users().find_user_by_name("vp.head"); });
    ASSERT_TRUE(by_name && by_name->has_value());
    expect_same_user(**by_name, head);

    auto all = run([&] { return m_store->users().list_users(); });
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2U);
    EXPECT_EQ((*all)[0].username, "vp.head");
    EXPECT_EQ((*all)[1].username, "chu.tich");
}

TEST_P(WorkflowContract, FindsNoUserForAnUnknownIdOrName) {
    ASSERT_TRUE(run([&] { return m_store->users().create_user(user("vp.head")); }));
    auto by_id = run([&] { return m_store->users().find_user(999); });
    ASSERT_TRUE(by_id);
    EXPECT_FALSE(by_id->has_value());
    auto by_name = run([&] { return m_store->users().find_user_by_name("VP.HEAD"); });
    ASSERT_TRUE(by_name);
    EXPECT_FALSE(by_name->has_value());
}

TEST_P(WorkflowContract, UpdatesEveryFieldOfAUser) {
    User staff = user("vp.staff");
    auto id = run([&] { return m_store->users().create_user(staff); });
    ASSERT_TRUE(id);
    staff.id = *id;
    staff.username = "tt.staff";
    staff.display_name = "Trần Thị Bình";
    staff.role = Role::unit_head;
    staff.unit_key = "tt";
    staff.is_active = false;
    staff.password_hash = "$argon2id$v=19$m=65536,t=3,p=1$bmV3$bmV3";
    ASSERT_TRUE(run([&] { return m_store->users().update_user(staff); }));
    auto found = run([&] { return m_store->users().find_user(*id); });
    ASSERT_TRUE(found && found->has_value());
    expect_same_user(**found, staff);
}

TEST_P(WorkflowContract, ATakenUserNameIsAConflict) {
    ASSERT_TRUE(run([&] { return m_store->users().create_user(user("vp.head")); }));
    auto again = run([&] { return m_store->users().create_user(user("vp.head", Role::viewer)); });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().detail.args, std::vector<std::string>{"username taken"});

    User other = user("tt.head");
    auto other_id = run([&] { return m_store->users().create_user(other); });
    ASSERT_TRUE(other_id);
    other.id = *other_id;
    other.username = "vp.head";
    auto renamed = run([&] { return m_store->users().update_user(other); });
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().code, ErrorCode::conflict);

    // Saving a user under its own name is no conflict.
    other.username = "tt.head";
    other.display_name = "Tên mới";
    EXPECT_TRUE(run([&] { return m_store->users().update_user(other); }));
}

TEST_P(WorkflowContract, UpdatingAMissingUserIsNotFound) {
    User ghost = user("ghost");
    ghost.id = 42;
    auto updated = run([&] { return m_store->users().update_user(ghost); });
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, ErrorCode::not_found);
}

// Sessions

TEST_P(WorkflowContract, CreatesFindsAndDeletesSessions) {
    auto user_id = run([&] { return m_store->users().create_user(user("vp.head")); });
    ASSERT_TRUE(user_id);
    const SessionRecord session{*user_id, "csrf-123", "2025-11-20T08:30:00Z"};
    ASSERT_TRUE(run([&] { return m_store->sessions().create_session("digest-a", session); }));

    auto found = run([&] { return m_store->sessions().find_session("digest-a"); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->user_id, *user_id);
    EXPECT_EQ((*found)->csrf_token, "csrf-123");
    EXPECT_EQ((*found)->expires_at, "2025-11-20T08:30:00Z");
    auto unknown = run([&] { return m_store->sessions().find_session("digest-b"); });
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(unknown->has_value());

    ASSERT_TRUE(run([&] { return m_store->sessions().delete_session("digest-a"); }));
    auto deleted = run([&] { return m_store->sessions().find_session("digest-a"); });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->has_value());
}

TEST_P(WorkflowContract, DeletesOnlyExpiredSessions) {
    auto user_id = run([&] { return m_store->users().create_user(user("vp.head")); });
    ASSERT_TRUE(user_id);
    // Plain pairs, not structured bindings: lambdas capture those only from clang 16 on.
    for (const auto& session :
         {std::pair{"past", "2025-11-20T08:29:59Z"}, std::pair{"now", "2025-11-20T08:30:00Z"},
          std::pair{"future", "2025-11-20T08:30:01Z"},
          std::pair{"next-year", "2026-01-01T00:00:00Z"}}) {
        ASSERT_TRUE(run([&] {
            return m_store->sessions().create_session(
                session.first, SessionRecord{*user_id, "csrf", session.second});
        }));
    }
    ASSERT_TRUE(
        run([&] { return m_store->sessions().delete_expired_sessions("2025-11-20T08:30:00Z"); }));
    for (const auto& expected : {std::pair{"past", false}, std::pair{"now", false},
                                 std::pair{"future", true}, std::pair{"next-year", true}}) {
        auto found = run([&] { return m_store->sessions().find_session(expected.first); });
        ASSERT_TRUE(found);
        EXPECT_EQ(found->has_value(), expected.second) << expected.first;
    }
}

// Reports

TEST_P(WorkflowContract, CreatesAndFindsAReportWithEveryField) {
    ProgressReport made = report("3.2.1", "vp", "2025-Q3");
    made.role = AssignmentRole::coordinating;
    made.state = ReportState::returned;
    made.review_comment = "Bổ sung tài liệu kiểm chứng";
    made.submitted_at = "2025-10-03T10:00:00Z";
    made.reviewed_at = "2025-10-04T11:00:00Z";
    made.reviewed_by = "vhxh.coordinator";
    made.version = 3;
    made = created(made);
    ASSERT_GT(made.id, 0);

    auto found = run([&] { return m_store->reports().find_report(made.id); });
    ASSERT_TRUE(found) << describe(found.error());
    ASSERT_TRUE(found->has_value());
    expect_same_report(**found, made);
    EXPECT_TRUE((*found)->evidence.empty());
    EXPECT_TRUE((*found)->documents.empty());

    auto missing = run([&] { return m_store->reports().find_report(made.id + 1); });
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_P(WorkflowContract, ASecondReportForTheSameTaskUnitAndPeriodIsAConflict) {
    created(report("3.2.1", "vp", "2025-Q3"));
    auto again =
        run([&] { return m_store->reports().create_report(report("3.2.1", "vp", "2025-Q3")); });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);

    // Any other period, unit, task or year is another report.
    ProgressReport other_year = report("3.2.1", "vp", "2024-Q3");
    other_year.plan_year = 2024;
    for (const ProgressReport& other :
         {report("3.2.1", "vp", "2025-Q4"), report("3.2.1", "tt", "2025-Q3"),
          report("3.2.2", "vp", "2025-Q3"), other_year}) {
        auto id = run([&] { return m_store->reports().create_report(other); });
        EXPECT_TRUE(id) << describe(id.error());
    }
}

TEST_P(WorkflowContract, UpdateWritesTheFieldsAndReplacesTheValues) {
    ProgressReport made = created(report("3.2.1", "vp", "2025-Q3"));
    const auto evidence_id =
        run([&] { return m_store->reports().add_evidence(made.id, evidence("ket-qua.pdf")); });
    ASSERT_TRUE(evidence_id);

    ProgressReport changed = made;
    changed.role = AssignmentRole::coordinating;
    changed.state = ReportState::accepted;
    changed.progress = Progress::done;
    changed.narrative = "Hoàn thành";
    changed.values = {MeasuredValue{1, 100.0}};
    changed.review_comment = "Đạt";
    changed.updated_at = "2025-10-05T08:00:00Z";
    changed.updated_by = "vp.head";
    changed.submitted_at = "2025-10-04T08:00:00Z";
    changed.reviewed_at = "2025-10-05T08:00:00Z";
    changed.reviewed_by = "vhxh.coordinator";
    changed.version = 2;
    ASSERT_TRUE(run([&] { return m_store->reports().update_report(changed); }));

    auto found = run([&] { return m_store->reports().find_report(made.id); });
    ASSERT_TRUE(found && found->has_value());
    expect_same_report(**found, changed);
    // Evidence is not the update's business: it stays.
    ASSERT_EQ((*found)->evidence.size(), 1U);
    EXPECT_EQ((*found)->evidence[0].id, *evidence_id);

    changed.values.clear();
    ASSERT_TRUE(run([&] { return m_store->reports().update_report(changed); }));
    found = run([&] { return m_store->reports().find_report(made.id); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_TRUE((*found)->values.empty());
}

TEST_P(WorkflowContract, UpdatingAMissingReportIsNotFound) {
    ProgressReport ghost = report("3.2.1", "vp", "2025-Q3");
    ghost.id = 77;
    auto updated = run([&] { return m_store->reports().update_report(ghost); });
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, ErrorCode::not_found);
}

TEST_P(WorkflowContract, ListsReportsByEachFilter) {
    const ProgressReport a = created(report("3.2.1", "vp", "2025-Q3"));
    ProgressReport b_made = report("3.2.1", "tt", "2025-Q3");
    b_made.state = ReportState::submitted;
    const ProgressReport b = created(b_made);
    const ProgressReport c = created(report("3.2.2", "vp", "2025-Q4"));
    ProgressReport d_made = report("3.2.1", "vp", "2024-Q3");
    d_made.plan_year = 2024;
    const ProgressReport d = created(d_made);

    const auto ids = [&](const ReportFilter& filter) {
        auto listed = list(filter);
        EXPECT_TRUE(listed) << describe(listed.error());
        return listed ? ids_of(*listed) : std::vector<std::int64_t>{};
    };
    using Ids = std::vector<std::int64_t>;
    EXPECT_EQ(ids(filter()), (Ids{a.id, b.id, c.id}));
    EXPECT_EQ(ids(filter("", "", "", std::nullopt, 2024)), (Ids{d.id}));
    EXPECT_EQ(ids(filter("", "", "", std::nullopt, 2023)), Ids{});
    EXPECT_EQ(ids(filter("3.2.1")), (Ids{a.id, b.id}));
    EXPECT_EQ(ids(filter("", "vp")), (Ids{a.id, c.id}));
    EXPECT_EQ(ids(filter("", "", "2025-Q4")), (Ids{c.id}));
    EXPECT_EQ(ids(filter("", "", "", ReportState::submitted)), (Ids{b.id}));
    EXPECT_EQ(ids(filter("", "", "", ReportState::draft)), (Ids{a.id, c.id}));
    EXPECT_EQ(ids(filter("3.2.1", "vp", "2025-Q3", ReportState::draft)), (Ids{a.id}));
    EXPECT_EQ(ids(filter("3.2.2", "tt")), Ids{});

    auto all = list(filter());
    ASSERT_TRUE(all && all->size() == 3U);
    expect_same_report((*all)[0], a);
    expect_same_report((*all)[1], b);
    expect_same_report((*all)[2], c);
}

TEST_P(WorkflowContract, ListingGivesEachReportItsOwnValuesEvidenceAndDocuments) {
    const ProgressReport a = created(report("3.2.1", "vp", "2025-Q3"));
    ProgressReport b_made = report("3.2.1", "tt", "2025-Q3");
    b_made.values = {MeasuredValue{0, 50.0}};
    const ProgressReport b = created(b_made);
    const ProgressReport c = created(report("3.2.2", "vp", "2025-Q3"));
    ProgressReport c_no_values = c;
    c_no_values.values.clear();
    ASSERT_TRUE(run([&] { return m_store->reports().update_report(c_no_values); }));

    // Interleaved, so the children of different reports alternate in id order.
    std::vector<std::int64_t> evidence_ids;
    for (const auto& upload :
         {std::pair{b.id, "b1.pdf"}, std::pair{a.id, "a1.pdf"}, std::pair{b.id, "b2.pdf"}}) {
        auto id = run(
            [&] { return m_store->reports().add_evidence(upload.first, evidence(upload.second)); });
        ASSERT_TRUE(id) << describe(id.error());
        evidence_ids.push_back(*id);
    }
    DocumentReference undated = document("7/TB-UBND");
    undated.issued_on = std::nullopt;
    auto doc_a = run([&] { return m_store->reports().add_document(a.id, undated); });
    auto doc_b = run([&] { return m_store->reports().add_document(b.id, document("12/KH-UBND")); });
    ASSERT_TRUE(doc_a && doc_b);

    auto listed = list(filter());
    ASSERT_TRUE(listed) << describe(listed.error());
    ASSERT_EQ(listed->size(), 3U);
    const ProgressReport& la = (*listed)[0];
    const ProgressReport& lb = (*listed)[1];
    const ProgressReport& lc = (*listed)[2];

    EXPECT_EQ(la.values, a.values);
    EXPECT_EQ(lb.values, b.values);
    EXPECT_TRUE(lc.values.empty());

    ASSERT_EQ(la.evidence.size(), 1U);
    EXPECT_EQ(la.evidence[0].file_name, "a1.pdf");
    EXPECT_EQ(la.evidence[0].id, evidence_ids[1]);
    ASSERT_EQ(lb.evidence.size(), 2U);
    EXPECT_EQ(lb.evidence[0].file_name, "b1.pdf");
    EXPECT_EQ(lb.evidence[1].file_name, "b2.pdf");
    EXPECT_TRUE(lc.evidence.empty());

    ASSERT_EQ(la.documents.size(), 1U);
    undated.id = *doc_a;
    expect_same_document(la.documents[0], undated);
    ASSERT_EQ(lb.documents.size(), 1U);
    DocumentReference dated = document("12/KH-UBND");
    dated.id = *doc_b;
    expect_same_document(lb.documents[0], dated);
    EXPECT_TRUE(lc.documents.empty());

    // A filtered listing brings only its reports' children.
    auto only_b = list(filter("", "tt"));
    ASSERT_TRUE(only_b && only_b->size() == 1U);
    EXPECT_EQ((*only_b)[0].evidence.size(), 2U);
    EXPECT_EQ((*only_b)[0].documents.size(), 1U);
}

TEST_P(WorkflowContract, AddsFindsAndDeletesEvidence) {
    const ProgressReport made = created(report("3.2.1", "vp", "2025-Q3"));
    EvidenceFile file = evidence("Báo cáo kết quả.pdf");
    auto id = run([&] { return m_store->reports().add_evidence(made.id, file); });
    ASSERT_TRUE(id) << describe(id.error());
    file.id = *id;

    auto found = run([&] { return m_store->reports().find_evidence(*id); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->first, made.id);
    expect_same_evidence((*found)->second, file);

    auto in_report = run([&] { return m_store->reports().find_report(made.id); });
    ASSERT_TRUE(in_report && in_report->has_value());
    ASSERT_EQ((*in_report)->evidence.size(), 1U);
    expect_same_evidence((*in_report)->evidence[0], file);

    ASSERT_TRUE(run([&] { return m_store->reports().delete_evidence(*id); }));
    auto deleted = run([&] { return m_store->reports().find_evidence(*id); });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->has_value());
}

TEST_P(WorkflowContract, EvidenceNeedsAnExistingReport) {
    auto id = run([&] { return m_store->reports().add_evidence(404, evidence("x.pdf")); });
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::storage);
}

TEST_P(WorkflowContract, AddsFindsAndDeletesDocumentReferences) {
    const ProgressReport made = created(report("3.2.1", "vp", "2025-Q3"));
    DocumentReference reference = document("12/KH-UBND");
    auto id = run([&] { return m_store->reports().add_document(made.id, reference); });
    ASSERT_TRUE(id) << describe(id.error());
    reference.id = *id;

    auto owner = run([&] { return m_store->reports().find_document_report(*id); });
    ASSERT_TRUE(owner && owner->has_value());
    EXPECT_EQ(**owner, made.id);

    auto in_report = run([&] { return m_store->reports().find_report(made.id); });
    ASSERT_TRUE(in_report && in_report->has_value());
    ASSERT_EQ((*in_report)->documents.size(), 1U);
    expect_same_document((*in_report)->documents[0], reference);

    ASSERT_TRUE(run([&] { return m_store->reports().delete_document(*id); }));
    auto deleted = run([&] { return m_store->reports().find_document_report(*id); });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->has_value());
}

TEST_P(WorkflowContract, AFailedTransactionCreatesNoReport) {
    auto result = m_store->transaction([&]() -> Result<void> {
        PARINDEX_TRY(m_store->reports().create_report(report("3.2.1", "vp", "2025-Q3")));
        return fail(ErrorCode::conflict, Label::error_internal, {"stop"});
    });
    EXPECT_FALSE(result);
    auto listed = list(filter());
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
}

// Obstacles and comments

TEST_P(WorkflowContract, RaisesFindsListsAndAnswersObstacles) {
    Obstacle raised;
    raised.plan_year = 2025;
    raised.task_code = "3.2.1";
    raised.unit_key = "vp";
    raised.text = "Thiếu máy quét hồ sơ";
    raised.raised_at = "2025-10-01T08:00:00Z";
    raised.raised_by = "vp.head";
    Obstacle older_year = raised;
    older_year.plan_year = 2024;
    auto id = run([&] { return m_store->discussions().create_obstacle(raised); });
    auto second = run([&] { return m_store->discussions().create_obstacle(raised); });
    ASSERT_TRUE(run([&] { return m_store->discussions().create_obstacle(older_year); }));
    ASSERT_TRUE(id && second);
    raised.id = *id;

    auto found = run([&] { return m_store->discussions().find_obstacle(*id); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->text, raised.text);
    EXPECT_EQ((*found)->unit_key, "vp");
    EXPECT_EQ((*found)->raised_by, "vp.head");
    EXPECT_TRUE((*found)->is_open());

    raised.answer = "Văn phòng sẽ bố trí trong quý IV";
    raised.answered_at = "2025-10-02T08:00:00Z";
    raised.answered_by = "chu.tich";
    ASSERT_TRUE(run([&] { return m_store->discussions().answer_obstacle(raised); }));

    auto listed = run([&] { return m_store->discussions().list_obstacles(2025); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2U);
    const Obstacle& answered = (*listed)[0];
    EXPECT_EQ(answered.id, *id);
    EXPECT_EQ(answered.plan_year, 2025);
    EXPECT_EQ(answered.task_code, "3.2.1");
    EXPECT_EQ(answered.raised_at, raised.raised_at);
    EXPECT_EQ(answered.answer, raised.answer);
    EXPECT_EQ(answered.answered_at, raised.answered_at);
    EXPECT_EQ(answered.answered_by, raised.answered_by);
    EXPECT_FALSE(answered.is_open());
    EXPECT_EQ((*listed)[1].id, *second);
    EXPECT_TRUE((*listed)[1].is_open());

    auto missing = run([&] { return m_store->discussions().find_obstacle(999); });
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
    raised.id = 999;
    auto answered_missing = run([&] { return m_store->discussions().answer_obstacle(raised); });
    ASSERT_FALSE(answered_missing);
    EXPECT_EQ(answered_missing.error().code, ErrorCode::not_found);
}

TEST_P(WorkflowContract, AddsAndListsCommentsByYear) {
    const TaskComment first{
        0, 2025, "3.2.1", "Đề nghị đẩy nhanh tiến độ", "2025-10-01T08:00:00Z", "chu.tich"};
    TaskComment second = first;
    second.task_code = "3.2.2";
    second.text = "Đã xem";
    TaskComment other_year = first;
    other_year.plan_year = 2024;
    auto first_id = run([&] { return m_store->discussions().add_comment(first); });
    auto second_id = run([&] { return m_store->discussions().add_comment(second); });
    ASSERT_TRUE(run([&] { return m_store->discussions().add_comment(other_year); }));
    ASSERT_TRUE(first_id && second_id);

    auto listed = run([&] { return m_store->discussions().list_comments(2025); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2U);
    EXPECT_EQ((*listed)[0].id, *first_id);
    EXPECT_EQ((*listed)[0].plan_year, 2025);
    EXPECT_EQ((*listed)[0].task_code, "3.2.1");
    EXPECT_EQ((*listed)[0].text, first.text);
    EXPECT_EQ((*listed)[0].written_at, first.written_at);
    EXPECT_EQ((*listed)[0].written_by, "chu.tich");
    EXPECT_EQ((*listed)[1].id, *second_id);
    EXPECT_EQ((*listed)[1].text, "Đã xem");
}

// Period locks

TEST_P(WorkflowContract, LocksAndUnlocksPeriods) {
    auto& locks = m_store->period_locks();
    ASSERT_TRUE(run([&] { return locks.lock(2025, "2025-Q3", "2025-10-20T08:00:00Z", "vhxh"); }));
    // Locking again is harmless.
    ASSERT_TRUE(run([&] { return locks.lock(2025, "2025-Q3", "2025-10-21T08:00:00Z", "other"); }));
    ASSERT_TRUE(run([&] { return locks.lock(2025, "2025-Q1", "2025-10-20T08:00:00Z", "vhxh"); }));
    ASSERT_TRUE(run([&] { return locks.lock(2024, "2024-Q4", "2025-01-20T08:00:00Z", "vhxh"); }));

    auto locked = run([&] { return locks.list_locked(2025); });
    ASSERT_TRUE(locked);
    EXPECT_EQ(*locked, (std::vector<std::string>{"2025-Q1", "2025-Q3"}));

    ASSERT_TRUE(run([&] { return locks.unlock(2025, "2025-Q3"); }));
    ASSERT_TRUE(run([&] { return locks.unlock(2025, "2025-Q2"); }));  // never locked: harmless
    locked = run([&] { return locks.list_locked(2025); });
    ASSERT_TRUE(locked);
    EXPECT_EQ(*locked, (std::vector<std::string>{"2025-Q1"}));
    locked = run([&] { return locks.list_locked(2024); });
    ASSERT_TRUE(locked);
    EXPECT_EQ(*locked, (std::vector<std::string>{"2024-Q4"}));
}

// Audit

TEST_P(WorkflowContract, AppendsAndListsATasksAuditEntriesInOrder) {
    AuditEntry created_entry;
    created_entry.at = "2025-10-01T08:00:00Z";
    created_entry.username = "vp.staff";
    created_entry.action = "report.create";
    created_entry.entity = "report:1";
    created_entry.task_code = "3.2.1";
    created_entry.after = R"({"state":"draft"})";
    AuditEntry submitted = created_entry;
    submitted.at = "2025-10-02T08:00:00Z";
    submitted.action = "report.submit";
    submitted.before = R"({"state":"draft"})";
    submitted.after = R"({"state":"submitted"})";
    AuditEntry other_task = created_entry;
    other_task.task_code = "3.2.2";
    AuditEntry no_task = created_entry;
    no_task.action = "user.create";
    no_task.entity = "user:4";
    no_task.task_code.clear();
    for (const AuditEntry& entry : {created_entry, other_task, submitted, no_task}) {
        ASSERT_TRUE(run([&] { return m_store->audit().append(entry); }));
    }

    auto listed = run([&] { return m_store->audit().list_for_task("3.2.1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2U);
    EXPECT_LT((*listed)[0].id, (*listed)[1].id);
    EXPECT_EQ((*listed)[0].action, "report.create");
    EXPECT_EQ((*listed)[0].at, created_entry.at);
    EXPECT_EQ((*listed)[0].username, "vp.staff");
    EXPECT_EQ((*listed)[0].entity, "report:1");
    EXPECT_EQ((*listed)[0].task_code, "3.2.1");
    EXPECT_EQ((*listed)[0].before, "");
    EXPECT_EQ((*listed)[0].after, created_entry.after);
    EXPECT_EQ((*listed)[1].action, "report.submit");
    EXPECT_EQ((*listed)[1].before, submitted.before);
    EXPECT_EQ((*listed)[1].after, submitted.after);
}

INSTANTIATE_TEST_SUITE_P(Engines, WorkflowContract, testing::ValuesIn(engines()),
                         [](const testing::TestParamInfo<Engine>& engine) {
                             return engine.param.name;
                         });

// SQLite only: the schema version and rows this program cannot read.
class SqliteWorkflowFile : public testing::Test {
  protected:
    void SetUp() override {
        m_path = std::filesystem::temp_directory_path() /
                 ("parindex-sqlite-workflow-" + std::to_string(::getpid()) + "-" +
                  testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        std::filesystem::remove(m_path);
    }
    void TearDown() override {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path.string() + suffix);
        }
    }

    // Writes behind the store's back, as a damaged or hand-edited database would be.
    void execute(const char* sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(m_path.c_str(), &db), SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK)
            << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    std::filesystem::path m_path;
};

TEST_F(SqliteWorkflowFile, TheDocumentsMigrationIsTheLatest) {
    auto store = open_sqlite_store(m_path.string());
    ASSERT_TRUE(store) << describe(store.error());
    auto version = (*store)->schema_version();
    ASSERT_TRUE(version);
    EXPECT_EQ(*version, 5);
}

TEST_F(SqliteWorkflowFile, UnknownCodesAreCorruptRows) {
    auto opened = open_sqlite_store(m_path.string());
    ASSERT_TRUE(opened);
    WorkflowStore& store = **opened;
    std::int64_t report_id = 0;
    ASSERT_TRUE(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(id, store.reports().create_report(report("3.2.1", "vp", "2025-Q3")));
        report_id = id;
        PARINDEX_TRY(store.users().create_user(user("vp.head")));
        return {};
    }));
    execute("UPDATE reports SET progress = 'finished'");
    execute("UPDATE users SET role = 'mayor'");

    auto listed = store.transaction([&]() -> Result<void> {
        return store.reports().list_reports(filter()).map([](auto&&) {});
    });
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, ErrorCode::storage);
    EXPECT_EQ(listed.error().detail.args, std::vector<std::string>{"reports.progress = finished"});
    auto found = store.transaction([&]() -> Result<void> {
        return store.reports().find_report(report_id).map([](auto&&) {});
    });
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, ErrorCode::storage);
    auto users = store.transaction(
        [&]() -> Result<void> { return store.users().list_users().map([](auto&&) {}); });
    ASSERT_FALSE(users);
    EXPECT_EQ(users.error().code, ErrorCode::storage);
    EXPECT_EQ(users.error().detail.args, std::vector<std::string>{"users.role = mayor"});
}

TEST_F(SqliteWorkflowFile, ABadPeriodOrDocumentDateIsACorruptRow) {
    auto opened = open_sqlite_store(m_path.string());
    ASSERT_TRUE(opened);
    WorkflowStore& store = **opened;
    ASSERT_TRUE(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(id, store.reports().create_report(report("3.2.1", "vp", "2025-Q3")));
        PARINDEX_TRY(store.reports().add_document(id, document("12/KH-UBND")));
        return {};
    }));
    execute("UPDATE document_references SET issued_on = '12/03/2025'");
    auto listed = store.transaction([&]() -> Result<void> {
        return store.reports().list_reports(filter()).map([](auto&&) {});
    });
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, ErrorCode::storage);
    EXPECT_EQ(listed.error().detail.args,
              std::vector<std::string>{"document_references.issued_on = 12/03/2025"});

    execute("UPDATE document_references SET issued_on = NULL");
    execute("UPDATE reports SET period = '2025-Q9'");
    listed = store.transaction([&]() -> Result<void> {
        return store.reports().list_reports(filter()).map([](auto&&) {});
    });
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, ErrorCode::storage);
    EXPECT_EQ(listed.error().detail.args, std::vector<std::string>{"reports.period = 2025-Q9"});
}

}  // namespace
}  // namespace parindex
