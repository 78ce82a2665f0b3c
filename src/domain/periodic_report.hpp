#pragma once
// The content of a periodic PAR report (Báo cáo kết quả thực hiện Kế hoạch duy trì, cải thiện và
// nâng cao Chỉ số CCHC) for one period: what the renderers print as DOCX, PDF and XLSX and the
// web page previews. Every figure is the state as of the period's last day (or today when the
// period is not over); texts a person wrote (narratives, obstacles, proposals) are carried as
// written.

#include <optional>
#include <string>
#include <vector>

#include "domain/document_settings.hpp"
#include "domain/period.hpp"
#include "domain/task_status.hpp"

namespace parindex {

struct ReportTarget {
    std::string required;            // describe_target: "≥ 90%", or the qualitative label
    std::optional<double> measured;  // none when nothing was reported or measured
    std::string measured_text;       // format_quantity of the value, "" when none
    std::optional<bool> met;         // none for a qualitative target or no value
    bool automatic = false;          // measured from the one-stop dossiers
};

struct ReportTask {
    std::string code;  // "3.2.1"
    std::string title;
    std::string requirement;
    std::string deadline_text;       // as the plan wrote it
    std::string lead_units;          // names, "; " between them
    std::string coordinating_units;  // names, "; " between them
    OfficialStatus status = OfficialStatus::open_in_time;
    Light light = Light::on_track;
    std::vector<ReportTarget> targets;
    std::string narrative;             // the lead unit's latest accepted account up to the period
    std::vector<std::string> reasons;  // why it is late or a target unmet, most important first
    bool unmet = false;                // overdue, or a target measured and not met
};

struct ReportArea {
    std::string code;  // "I"
    std::string title;
    std::vector<ReportTask> tasks;
    int done = 0;  // tasks done (on time or late)
    std::optional<double> max_points;
    std::optional<double> points_now;
    std::optional<double> points_projected;
};

struct ReportIndicator {
    std::string name;  // the indicator's label: "Tỷ lệ hồ sơ giải quyết đúng hạn"
    std::optional<double> percent;  // none when nothing was counted
    long numerator = 0;
    long denominator = 0;
};

struct ReportScoreRow {
    std::string code;  // "", "I", "3.2", "3.2.1"; "" is the index itself
    std::string title;
    int depth = 0;  // 0 area, 1 group, ... for indentation
    double max_points = 0;
    std::optional<double> now;
    std::optional<double> projected;
    std::optional<double> last_year;
};

struct ReportSummary {
    int tasks = 0;
    int done_on_time = 0;
    int done_late = 0;
    int open_in_time = 0;
    int open_overdue = 0;
    int targets = 0;
    int targets_met = 0;
    int targets_unmet = 0;
    std::optional<double> index_now;  // out of 100
    std::optional<double> index_projected;
    std::optional<double> index_last_year;
    std::string index_now_formula;  // "100 × 13,53 / 68 = 19,9 (chưa có điểm điều tra …)"
    bool template_methodology = false;  // scored with the shipped template (MẪU)
};

struct PeriodicReport {
    PeriodicReport(Period reported, CivilDate as_of_day, CivilDate issued)
        : period(reported), as_of(as_of_day), issued_on(issued) {}

    DocumentSettings settings;
    Period period;
    CivilDate as_of;      // the period's last day, or today while it runs
    CivilDate issued_on;  // the day the report is made (printed in the place-and-date line)
    int plan_year = 0;
    std::string plan_reference;  // "Kế hoạch số 15/KH-UBND ngày 12/9/2025 của UBND phường Bắc Kạn"
    std::string plan_title;
    ReportSummary summary;
    std::vector<ReportArea> areas;  // every area of the plan, in order, with all its tasks
    std::vector<ReportIndicator> indicators;  // dossier indicators over the year to as_of
    std::string indicator_range;              // "01/01/2025 - 30/09/2025", "" without dossiers
    std::vector<ReportScoreRow> scores;       // the score tree, index first; empty without one
    std::vector<std::string> obstacles;  // from the data (blocked tasks, overdue work) then notes
    std::vector<std::string> proposals;  // as the coordinator wrote them
};

// The tasks of every area that are unmet (ReportTask::unmet), in plan order.
[[nodiscard]] std::vector<const ReportTask*> unmet_tasks(const PeriodicReport& report);

}  // namespace parindex
