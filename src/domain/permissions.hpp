#pragma once
// Who may do what: one pure predicate per kind of act, asked by the use cases before they act.
// The rules follow the plan's body: units answer for their own reports; the coordinator
// (Phòng Văn hóa - Xã hội) reviews, urges and locks; the chairman and vice-chairmen read all and
// comment; nobody outside a unit reads its drafts or changes its reports.

#include <string>
#include <vector>

#include "domain/report.hpp"
#include "domain/role.hpp"

namespace parindex {

[[nodiscard]] bool is_member_of(const Actor& actor, const std::string& unit_key);
[[nodiscard]] bool can_read_report(const Actor& actor, const ProgressReport& report);
[[nodiscard]] bool can_edit_reports_of(const Actor& actor, const std::string& unit_key);
[[nodiscard]] bool can_review_reports(const Actor& actor);
[[nodiscard]] bool can_lock_periods(const Actor& actor);
[[nodiscard]] bool can_comment(const Actor& actor);
[[nodiscard]] bool can_answer_obstacles(const Actor& actor);
// A unit member may raise an obstacle on a task their unit leads or supports.
[[nodiscard]] bool can_raise_obstacle(const Actor& actor,
                                      const std::vector<std::string>& responsible_units);
[[nodiscard]] bool can_edit_plan(const Actor& actor);
[[nodiscard]] bool can_manage_users(const Actor& actor);

// The one-stop dossiers (docs/dossiers.md): every logged-in role reads the indicators and
// action lists; the service centre, which receives the dossiers, imports them and drafts the
// apology letters, as do the coordinator and admin; only the coordinator and admin map the
// one-stop units to plan units and edit the working-day calendar.
[[nodiscard]] bool can_view_dossiers(const Actor& actor);
[[nodiscard]] bool can_import_dossiers(const Actor& actor);
[[nodiscard]] bool can_draft_apology_letters(const Actor& actor);
[[nodiscard]] bool can_map_dossier_units(const Actor& actor);
[[nodiscard]] bool can_edit_calendar(const Actor& actor);

// Scores (docs/methodology.md): every logged-in role reads them, as the plan makes each head of
// unit answer for the score of the criteria they lead; the coordinator, who aggregates and
// reports to the province, and the admin import the methodology and the results sheets, enter
// survey results and manual points, and carry the appraisal round.
[[nodiscard]] bool can_edit_scores(const Actor& actor);

// Official documents (docs/documents.md): every logged-in role reads and downloads the reports
// and the plan; the coordinator, who reports to the province, and the admin edit the document
// settings and each report's obstacles and proposals.
[[nodiscard]] bool can_edit_documents(const Actor& actor);

// The province's roll-up of every ward (issue 7): the province's admins and officers only; a
// ward's own people see their ward, not the others.
[[nodiscard]] bool can_view_province(const Actor& actor);

}  // namespace parindex
