#pragma once
// A progress report: one unit's account of one task for one reporting period, with its measured
// values, narrative and evidence, moving through review (draft -> submitted -> accepted, or
// returned with a comment and submitted again).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/labels.hpp"
#include "domain/period.hpp"

namespace parindex {

enum class ReportState { draft, submitted, returned, accepted };

// How the unit says the work stands (its own judgement, beside the computed status).
enum class Progress { not_started, in_progress, done, at_risk, blocked };

enum class AssignmentRole { lead, coordinating };

struct MeasuredValue {
    int target_index = 0;  // position of the target in the task's list
    double value = 0.0;

    friend bool operator==(const MeasuredValue&, const MeasuredValue&) = default;
};

struct EvidenceFile {
    std::int64_t id = 0;
    std::string file_name;  // as uploaded, for display and download only
    std::string media_type;
    std::int64_t size = 0;
    std::string sha256;
    std::string uploaded_at;  // ISO 8601 UTC
    std::string uploaded_by;  // user name
};

struct DocumentReference {
    std::int64_t id = 0;
    std::string number_symbol;  // "12/KH-UBND"
    std::optional<CivilDate> issued_on;
    std::string issuing_body;
    std::string summary;  // trích yếu
    std::string page;
};

struct ProgressReport {
    std::int64_t id = 0;
    int plan_year = 0;
    std::string task_code;
    std::string unit_key;
    AssignmentRole role = AssignmentRole::lead;
    Period period;
    ReportState state = ReportState::draft;
    Progress progress = Progress::not_started;
    std::string narrative;
    std::vector<MeasuredValue> values;
    std::vector<EvidenceFile> evidence;
    std::vector<DocumentReference> documents;
    std::string review_comment;
    std::string updated_at;
    std::string updated_by;
    std::string submitted_at;
    std::string reviewed_at;
    std::string reviewed_by;
    int version = 1;  // bumped by every change; a stale version is a conflict
};

enum class ReviewAction { submit, accept, give_back };

// The state a report moves to, or nothing when the action does not apply to its state (only a
// draft or returned report can be submitted; only a submitted one accepted or given back).
[[nodiscard]] std::optional<ReportState> next_state(ReportState state, ReviewAction action);
// Only drafts and returned reports take edits, evidence and document references.
[[nodiscard]] bool is_editable(ReportState state);

[[nodiscard]] std::string_view report_state_code(ReportState state);
[[nodiscard]] std::optional<ReportState> report_state_from_code(std::string_view code);
[[nodiscard]] Label report_state_label(ReportState state);
[[nodiscard]] std::string_view progress_code(Progress progress);
[[nodiscard]] std::optional<Progress> progress_from_code(std::string_view code);
[[nodiscard]] Label progress_label(Progress progress);
[[nodiscard]] std::string_view assignment_role_code(AssignmentRole role);

}  // namespace parindex
