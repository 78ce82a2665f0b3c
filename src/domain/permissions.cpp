#include "domain/permissions.hpp"

#include <algorithm>
#include <string_view>

namespace parindex {

namespace {

// The unit key (fold_for_matching of its name) of Trung tâm Phục vụ hành chính công, the
// one-stop desk that receives and returns the dossiers.
constexpr std::string_view k_service_centre_key = "trung tam phuc vu hanh chinh cong";

bool works_at_service_centre(const Actor& actor) {
    return role_needs_unit(actor.role) && actor.unit_key == k_service_centre_key;
}

}  // namespace

bool is_member_of(const Actor& actor, const std::string& unit_key) {
    return role_needs_unit(actor.role) && !unit_key.empty() && actor.unit_key == unit_key;
}

bool can_read_report(const Actor& actor, const ProgressReport& report) {
    if (report.state != ReportState::draft) {
        return true;
    }
    return actor.role == Role::admin || is_member_of(actor, report.unit_key);
}

bool can_edit_reports_of(const Actor& actor, const std::string& unit_key) {
    return actor.role == Role::admin || is_member_of(actor, unit_key);
}

bool can_review_reports(const Actor& actor) {
    return actor.role == Role::coordinator || actor.role == Role::admin;
}

bool can_lock_periods(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_comment(const Actor& actor) {
    return actor.role == Role::chairman || actor.role == Role::vice_chairman ||
           actor.role == Role::coordinator || actor.role == Role::admin;
}

bool can_answer_obstacles(const Actor& actor) {
    return can_comment(actor);
}

bool can_raise_obstacle(const Actor& actor, const std::vector<std::string>& responsible_units) {
    return role_needs_unit(actor.role) &&
           std::find(responsible_units.begin(), responsible_units.end(), actor.unit_key) !=
               responsible_units.end();
}

bool can_edit_plan(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_manage_users(const Actor& actor) {
    // A province admin keeps the province's accounts; in a ward a province user only reads.
    return actor.role == Role::admin || actor.role == Role::province_admin;
}

bool can_view_dossiers(const Actor& /*actor*/) {
    return true;  // every role that can log in; the route already asks for a session
}

bool can_import_dossiers(const Actor& actor) {
    return can_review_reports(actor) || works_at_service_centre(actor);
}

bool can_draft_apology_letters(const Actor& actor) {
    return can_import_dossiers(actor);
}

bool can_map_dossier_units(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_edit_calendar(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_edit_documents(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_edit_scores(const Actor& actor) {
    return can_review_reports(actor);
}

bool can_view_province(const Actor& actor) {
    return is_province_role(actor.role);
}

}  // namespace parindex
