#include "domain/task_status.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "core/decimal.hpp"
#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_light_codes = {
    EnumEntry<Light>{Light::on_track, "on_track"},
    EnumEntry<Light>{Light::at_risk, "at_risk"},
    EnumEntry<Light>{Light::overdue, "overdue"},
    EnumEntry<Light>{Light::done, "done"},
};
constexpr std::array k_light_labels = {
    EnumEntry<Light, Label>{Light::on_track, Label::light_on_track},
    EnumEntry<Light, Label>{Light::at_risk, Label::light_at_risk},
    EnumEntry<Light, Label>{Light::overdue, Label::light_overdue},
    EnumEntry<Light, Label>{Light::done, Label::light_done},
};
constexpr std::array k_official_codes = {
    EnumEntry<OfficialStatus>{OfficialStatus::done_on_time, "done_on_time"},
    EnumEntry<OfficialStatus>{OfficialStatus::done_late, "done_late"},
    EnumEntry<OfficialStatus>{OfficialStatus::open_in_time, "open_in_time"},
    EnumEntry<OfficialStatus>{OfficialStatus::open_overdue, "open_overdue"},
};
constexpr std::array k_official_labels = {
    EnumEntry<OfficialStatus, Label>{OfficialStatus::done_on_time, Label::official_done_on_time},
    EnumEntry<OfficialStatus, Label>{OfficialStatus::done_late, Label::official_done_late},
    EnumEntry<OfficialStatus, Label>{OfficialStatus::open_in_time, Label::official_open_in_time},
    EnumEntry<OfficialStatus, Label>{OfficialStatus::open_overdue, Label::official_open_overdue},
};

// Each lead unit's latest accepted report (by period end, then by review time).
std::map<std::string, const ProgressReport*> latest_by_unit(
    const std::vector<ProgressReport>& accepted) {
    std::map<std::string, const ProgressReport*> latest;
    for (const ProgressReport& report : accepted) {
        const ProgressReport*& current = latest[report.unit_key];
        const bool is_newer = current == nullptr ||
                              current->period.ends_on() < report.period.ends_on() ||
                              (current->period.ends_on() == report.period.ends_on() &&
                               current->reviewed_at < report.reviewed_at);
        if (is_newer) {
            current = &report;
        }
    }
    return latest;
}

// The weakest value reported for a target: a ward meets it only when every lead unit does.
TargetMeasure measure_target(const Target& target, int index,
                             const std::map<std::string, const ProgressReport*>& latest) {
    TargetMeasure measure;
    for (const auto& [unit, report] : latest) {
        for (const MeasuredValue& value : report->values) {
            if (value.target_index != index) {
                continue;
            }
            const bool is_weaker =
                !measure.measured || (is_lower_better(target) ? value.value > *measure.measured
                                                              : value.value < *measure.measured);
            if (is_weaker) {
                measure.measured = value.value;
                measure.period = report->period.code();
            }
        }
    }
    if (measure.measured) {
        measure.met = is_met(target, *measure.measured);
    }
    return measure;
}

TargetMeasure automatic_measure(const Target& target, const AutomaticMeasure& automatic) {
    TargetMeasure measure;
    measure.measured = automatic.value;
    measure.period = automatic.period;
    measure.met = is_met(target, automatic.value);
    measure.automatic = true;
    measure.source = automatic.source;
    return measure;
}

struct Completion {
    bool is_done = false;
    std::string finished_at;  // the last submission among the done reports (ISO 8601)
};

Completion completion(const std::vector<std::string>& lead_units,
                      const std::map<std::string, const ProgressReport*>& latest,
                      const std::vector<TargetMeasure>& measures) {
    Completion result;
    const bool targets_met =
        std::none_of(measures.begin(), measures.end(),
                     [](const TargetMeasure& m) { return m.met.has_value() && !*m.met; });
    if (lead_units.empty() || !targets_met) {
        return result;
    }
    for (const std::string& unit : lead_units) {
        const auto found = latest.find(unit);
        if (found == latest.end() || found->second->progress != Progress::done) {
            return result;
        }
        result.finished_at = std::max(result.finished_at, found->second->submitted_at);
    }
    result.is_done = true;
    return result;
}

}  // namespace

TaskStatus compute_task_status(const PlanNode& task, const std::vector<std::string>& lead_units,
                               const std::vector<ProgressReport>& accepted, const CivilDate& today,
                               const std::vector<std::optional<AutomaticMeasure>>& automatic) {
    TaskStatus status;
    const auto latest = latest_by_unit(accepted);
    for (std::size_t i = 0; i < task.targets.size(); ++i) {
        const bool has_automatic = i < automatic.size() && automatic[i].has_value();
        status.measures.push_back(
            has_automatic ? automatic_measure(task.targets[i], *automatic[i])
                          : measure_target(task.targets[i], static_cast<int>(i), latest));
        const TargetMeasure& measure = status.measures.back();
        if (measure.met.has_value() && !*measure.met) {
            status.reasons.push_back(format_label(
                Label::reason_target_missed,
                {task.targets[i].label, format_quantity(*measure.measured, task.targets[i].unit),
                 describe_target(task.targets[i])}));
        }
    }
    // A task whose deadline could not be read is judged by its targets and reports only.
    const std::optional<CivilDate> due =
        task.deadline ? std::optional<CivilDate>(task.deadline->due) : std::nullopt;
    const Completion done = completion(lead_units, latest, status.measures);
    if (done.is_done) {
        const auto finished = vietnam_date_of(done.finished_at);
        const bool is_late = finished && due && *due < *finished;
        status.light = Light::done;
        status.official = is_late ? OfficialStatus::done_late : OfficialStatus::done_on_time;
        return status;
    }
    if (due && *due < today) {
        status.light = Light::overdue;
        status.official = OfficialStatus::open_overdue;
        status.reasons.insert(status.reasons.begin(),
                              format_label(Label::reason_overdue, {due->to_dmy()}));
        return status;
    }
    const bool unit_flags_risk = std::any_of(latest.begin(), latest.end(), [](const auto& entry) {
        return entry.second->progress == Progress::at_risk ||
               entry.second->progress == Progress::blocked;
    });
    if (unit_flags_risk) {
        status.reasons.push_back(std::string(label_text(Label::reason_unit_flags_risk)));
    }
    const int days_left = due ? today.days_until(*due) : k_at_risk_window_days + 1;
    const bool is_near_without_progress = days_left <= k_at_risk_window_days && latest.empty();
    if (is_near_without_progress) {
        status.reasons.push_back(
            format_label(Label::reason_near_without_report, {std::to_string(days_left)}));
    }
    status.official = OfficialStatus::open_in_time;
    status.light = status.reasons.empty() ? Light::on_track : Light::at_risk;
    return status;
}

std::string_view light_code(Light light) {
    return lookup(k_light_codes, light);
}
Label light_label(Light light) {
    return lookup(k_light_labels, light);
}
std::string_view official_status_code(OfficialStatus status) {
    return lookup(k_official_codes, status);
}
Label official_status_label(OfficialStatus status) {
    return lookup(k_official_labels, status);
}

}  // namespace parindex
