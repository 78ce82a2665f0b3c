#pragma once
// A task's status, computed from its deadline, its targets and the accepted reports of the units
// that lead it, never typed in. Two views: the traffic light the ward steers by, and the official
// four-way status provincial reports use.

#include <optional>
#include <string>
#include <vector>

#include "domain/plan.hpp"
#include "domain/report.hpp"

namespace parindex {

enum class Light { on_track, at_risk, overdue, done };
enum class OfficialStatus { done_on_time, done_late, open_in_time, open_overdue };

struct TargetMeasure {
    std::optional<double> measured;  // the weakest latest accepted value among the lead units
    std::string period;              // the period it was reported for
    std::optional<bool> met;
    bool automatic = false;  // measured from the one-stop dossiers, not reported
    std::string source;      // for an automatic value: where it comes from and how fresh
};

// A target's value computed from data rather than reported (the dossier indicators).
struct AutomaticMeasure {
    double value = 0;
    std::string period;  // "01/01/2025 - 20/11/2025"
    std::string source;  // "Dữ liệu một cửa cập nhật ngày …"
};

struct TaskStatus {
    Light light = Light::on_track;
    OfficialStatus official = OfficialStatus::open_in_time;
    std::vector<std::string> reasons;     // Vietnamese sentences, most important first
    std::vector<TargetMeasure> measures;  // one per target of the task
};

// Days before the deadline from which a task without accepted progress counts as at risk.
inline constexpr int k_at_risk_window_days = 30;

// `lead_units`: the plain units that lead the task (groups fanned out); `accepted`: the task's
// accepted lead reports, any period.
// `automatic`: by target index, the values measured from data, which replace reported ones.
[[nodiscard]] TaskStatus compute_task_status(
    const PlanNode& task, const std::vector<std::string>& lead_units,
    const std::vector<ProgressReport>& accepted, const CivilDate& today,
    const std::vector<std::optional<AutomaticMeasure>>& automatic = {});

[[nodiscard]] std::string_view light_code(Light light);
[[nodiscard]] Label light_label(Light light);
[[nodiscard]] std::string_view official_status_code(OfficialStatus status);
[[nodiscard]] Label official_status_label(OfficialStatus status);

}  // namespace parindex
