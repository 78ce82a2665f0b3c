#include "domain/permissions.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parindex {

namespace {

constexpr std::array k_all_roles = {Role::admin,       Role::chairman,  Role::vice_chairman,
                                    Role::coordinator, Role::unit_head, Role::unit_staff,
                                    Role::viewer};

// Every actor belongs to unit "a" on paper, so the tables show that only the role decides
// whether that unit counts: an admin or coordinator with a stray unit key is no member.
Actor actor(Role role, std::string unit_key = "a") {
    Actor result;
    result.user_id = 7;
    result.username = "user";
    result.role = role;
    result.unit_key = std::move(unit_key);
    return result;
}

ProgressReport report(std::string unit_key, ReportState state) {
    ProgressReport result;
    result.task_code = "2.1.1";
    result.unit_key = std::move(unit_key);
    result.state = state;
    return result;
}

// --- predicates that depend on the role alone ------------------------------------------------

struct RoleRow {
    Role role;
    bool review;
    bool lock;
    bool comment;
    bool answer;
    bool edit_plan;
    bool manage_users;
};

TEST(PermissionsByRole, GrantEachActToTheRolesThePlanNames) {
    const std::vector<RoleRow> table = {
        // role, then: review, lock, comment, answer, edit_plan, manage_users
        {Role::admin, true, true, true, true, true, true},
        {Role::chairman, false, false, true, true, false, false},
        {Role::vice_chairman, false, false, true, true, false, false},
        {Role::coordinator, true, true, true, true, true, false},
        {Role::unit_head, false, false, false, false, false, false},
        {Role::unit_staff, false, false, false, false, false, false},
        {Role::viewer, false, false, false, false, false, false},
    };
    ASSERT_EQ(table.size(), k_all_roles.size());
    for (const RoleRow& row : table) {
        const Actor who = actor(row.role);
        const std::string_view code = role_code(row.role);
        EXPECT_EQ(can_review_reports(who), row.review) << code;
        EXPECT_EQ(can_lock_periods(who), row.lock) << code;
        EXPECT_EQ(can_comment(who), row.comment) << code;
        EXPECT_EQ(can_answer_obstacles(who), row.answer) << code;
        EXPECT_EQ(can_edit_plan(who), row.edit_plan) << code;
        EXPECT_EQ(can_manage_users(who), row.manage_users) << code;
    }
}

// --- predicates that depend on the unit ------------------------------------------------------

struct UnitRow {
    Role role;
    bool member_of_own;       // is_member_of(actor of "a", "a")
    bool edit_own;            // can_edit_reports_of(actor of "a", "a")
    bool edit_other;          // can_edit_reports_of(actor of "a", "b")
    bool read_own_draft;      // can_read_report(actor of "a", draft of "a")
    bool read_other_draft;    // can_read_report(actor of "a", draft of "b")
    bool raise_own;           // can_raise_obstacle(actor of "a", {"c", "a"})
    bool raise_not_involved;  // can_raise_obstacle(actor of "a", {"b", "c"})
};

TEST(PermissionsByUnit, LetUnitMembersActOnTheirOwnUnitOnly) {
    const std::vector<UnitRow> table = {
        // role, then: member_of_own, edit_own, edit_other, read_own_draft, read_other_draft,
        // raise_own, raise_not_involved
        {Role::admin, false, true, true, true, true, false, false},
        {Role::chairman, false, false, false, false, false, false, false},
        {Role::vice_chairman, false, false, false, false, false, false, false},
        {Role::coordinator, false, false, false, false, false, false, false},
        {Role::unit_head, true, true, false, true, false, true, false},
        {Role::unit_staff, true, true, false, true, false, true, false},
        {Role::viewer, false, false, false, false, false, false, false},
    };
    ASSERT_EQ(table.size(), k_all_roles.size());
    for (const UnitRow& row : table) {
        const Actor who = actor(row.role, "a");
        const std::string_view code = role_code(row.role);
        EXPECT_EQ(is_member_of(who, "a"), row.member_of_own) << code;
        EXPECT_FALSE(is_member_of(who, "b")) << code;
        EXPECT_EQ(can_edit_reports_of(who, "a"), row.edit_own) << code;
        EXPECT_EQ(can_edit_reports_of(who, "b"), row.edit_other) << code;
        EXPECT_EQ(can_read_report(who, report("a", ReportState::draft)), row.read_own_draft)
            << code;
        EXPECT_EQ(can_read_report(who, report("b", ReportState::draft)), row.read_other_draft)
            << code;
        EXPECT_EQ(can_raise_obstacle(who, {"c", "a"}), row.raise_own) << code;
        EXPECT_EQ(can_raise_obstacle(who, {"b", "c"}), row.raise_not_involved) << code;
        EXPECT_FALSE(can_raise_obstacle(who, {})) << code;
    }
}

TEST(PermissionsByUnit, ReportsPastTheDraftAreReadByEveryone) {
    for (const ReportState state :
         {ReportState::submitted, ReportState::returned, ReportState::accepted}) {
        for (const Role role : k_all_roles) {
            EXPECT_TRUE(can_read_report(actor(role, "a"), report("b", state)))
                << role_code(role) << " reading a " << report_state_code(state) << " report";
            EXPECT_TRUE(can_read_report(actor(role, ""), report("b", state)))
                << role_code(role) << " without a unit, " << report_state_code(state);
        }
    }
}

TEST(PermissionsByUnit, ACoordinatorWithoutAUnitIsNoMemberOfAny) {
    const Actor coordinator = actor(Role::coordinator, "");
    EXPECT_FALSE(is_member_of(coordinator, "a"));
    EXPECT_FALSE(is_member_of(coordinator, ""));
    EXPECT_FALSE(can_edit_reports_of(coordinator, "a"));
    EXPECT_FALSE(can_edit_reports_of(coordinator, ""));
    EXPECT_FALSE(can_read_report(coordinator, report("a", ReportState::draft)));
    EXPECT_TRUE(can_read_report(coordinator, report("a", ReportState::submitted)));
    EXPECT_FALSE(can_raise_obstacle(coordinator, {"a"}));
    EXPECT_TRUE(can_review_reports(coordinator));
}

TEST(PermissionsByUnit, AnAdminWithoutAUnitStillEditsAndReadsEveryUnit) {
    const Actor admin = actor(Role::admin, "");
    EXPECT_FALSE(is_member_of(admin, "a"));
    EXPECT_TRUE(can_edit_reports_of(admin, "a"));
    EXPECT_TRUE(can_edit_reports_of(admin, "b"));
    EXPECT_TRUE(can_read_report(admin, report("a", ReportState::draft)));
    EXPECT_FALSE(can_raise_obstacle(admin, {"a"}));
}

TEST(PermissionsByUnit, AnEmptyUnitKeyMatchesNobody) {
    // A unit member whose account lost its unit is a member of no unit, the empty one included.
    const Actor head = actor(Role::unit_head, "");
    EXPECT_FALSE(is_member_of(head, ""));
    EXPECT_FALSE(is_member_of(head, "a"));
    EXPECT_FALSE(can_edit_reports_of(head, ""));
    EXPECT_FALSE(can_read_report(head, report("", ReportState::draft)));
    EXPECT_FALSE(can_raise_obstacle(head, {"a"}));
    // And a real member is not a member of the empty unit.
    EXPECT_FALSE(is_member_of(actor(Role::unit_staff, "a"), ""));
}

TEST(PermissionsByUnit, UnitMembershipIsCaseSensitiveAndExact) {
    const Actor staff = actor(Role::unit_staff, "phong-vh-xh");
    EXPECT_TRUE(is_member_of(staff, "phong-vh-xh"));
    EXPECT_FALSE(is_member_of(staff, "phong-vh"));
    EXPECT_FALSE(is_member_of(staff, "PHONG-VH-XH"));
    EXPECT_FALSE(can_raise_obstacle(staff, {"phong-vh"}));
}

// --- the one-stop dossiers ----------------------------------------------------------------------

constexpr const char* k_service_centre = "trung tam phuc vu hanh chinh cong";

struct DossierRow {
    Role role;
    std::string unit_key;
    bool view;
    bool import;     // also drafting apology letters
    bool configure;  // mapping units, editing the calendar
};

TEST(PermissionsOnDossiers, TheServiceCentreImportsAndWritesLettersTheCoordinatorConfigures) {
    const std::vector<DossierRow> table = {
        // role, unit, then: view, import (and letters), configure (units, calendar)
        {Role::admin, "", true, true, true},
        {Role::chairman, "", true, false, false},
        {Role::vice_chairman, "", true, false, false},
        {Role::coordinator, "", true, true, true},
        {Role::unit_head, k_service_centre, true, true, false},
        {Role::unit_staff, k_service_centre, true, true, false},
        {Role::unit_head, "phong van hoa xa hoi", true, false, false},
        {Role::unit_staff, "phong van hoa xa hoi", true, false, false},
        {Role::viewer, "", true, false, false},
    };
    for (const DossierRow& row : table) {
        const Actor who = actor(row.role, row.unit_key);
        const std::string what = std::string(role_code(row.role)) + " of \"" + row.unit_key + "\"";
        EXPECT_EQ(can_view_dossiers(who), row.view) << what;
        EXPECT_EQ(can_import_dossiers(who), row.import) << what;
        EXPECT_EQ(can_draft_apology_letters(who), row.import) << what;
        EXPECT_EQ(can_map_dossier_units(who), row.configure) << what;
        EXPECT_EQ(can_edit_calendar(who), row.configure) << what;
    }
}

TEST(PermissionsOnDossiers, OnlyUnitRolesCountAsServiceCentreStaff) {
    // A viewer or chairman whose account carries the centre's key by mistake gains nothing.
    for (const Role role : {Role::viewer, Role::chairman, Role::vice_chairman}) {
        const Actor who = actor(role, k_service_centre);
        EXPECT_FALSE(can_import_dossiers(who)) << role_code(role);
        EXPECT_FALSE(can_draft_apology_letters(who)) << role_code(role);
        EXPECT_FALSE(can_edit_calendar(who)) << role_code(role);
    }
    // The key is matched exactly, as unit membership is.
    EXPECT_FALSE(can_import_dossiers(actor(Role::unit_staff, "trung tam phuc vu hanh chinh")));
    EXPECT_FALSE(can_import_dossiers(actor(Role::unit_staff, "TRUNG TAM PHUC VU HANH CHINH CONG")));
    EXPECT_FALSE(can_import_dossiers(actor(Role::unit_head, "")));
}

TEST(PermissionsOnProvince, OnlyProvinceRolesSeeTheRollUp) {
    for (const Role role : {Role::admin, Role::chairman, Role::vice_chairman, Role::coordinator,
                            Role::unit_head, Role::unit_staff, Role::viewer}) {
        EXPECT_FALSE(can_view_province(actor(role, ""))) << role_code(role);
    }
    EXPECT_TRUE(can_view_province(actor(Role::province_admin, "")));
    EXPECT_TRUE(can_view_province(actor(Role::province_officer, "")));
}

}  // namespace

}  // namespace parindex
