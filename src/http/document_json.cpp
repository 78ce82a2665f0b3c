#include "http/document_json.hpp"

#include <nlohmann/json.hpp>

#include "core/text_lines.hpp"
#include "http/json_io.hpp"

namespace parindex {

namespace {

using nlohmann::json;

json settings_json(const DocumentSettings& settings) {
    json out = json::object();
    for (const DocumentSettingsField& field : document_settings_fields()) {
        out[std::string(field.name)] = settings.*field.member;
    }
    out["recipients"] = settings.recipients;
    return out;
}

json task_json(const ReportTask& task) {
    json targets = json::array();
    for (const ReportTarget& target : task.targets) {
        targets.push_back({{"required", target.required},
                           {"measured", number_or_null(target.measured)},
                           {"measured_text", target.measured_text},
                           {"met", target.met ? json(*target.met) : json(nullptr)},
                           {"automatic", target.automatic}});
    }
    return {{"code", task.code},
            {"title", task.title},
            {"requirement", task.requirement},
            {"deadline_text", task.deadline_text},
            {"lead_units", task.lead_units},
            {"coordinating_units", task.coordinating_units},
            {"status", official_status_code(task.status)},
            {"status_label", label_text(official_status_label(task.status))},
            {"light", light_code(task.light)},
            {"light_label", label_text(light_label(task.light))},
            {"targets", std::move(targets)},
            {"narrative", task.narrative},
            {"reasons", task.reasons},
            {"unmet", task.unmet}};
}

json summary_json(const ReportSummary& summary) {
    return {{"tasks", summary.tasks},
            {"done_on_time", summary.done_on_time},
            {"done_late", summary.done_late},
            {"open_in_time", summary.open_in_time},
            {"open_overdue", summary.open_overdue},
            {"targets", summary.targets},
            {"targets_met", summary.targets_met},
            {"targets_unmet", summary.targets_unmet},
            {"index_now", number_or_null(summary.index_now)},
            {"index_projected", number_or_null(summary.index_projected)},
            {"index_last_year", number_or_null(summary.index_last_year)},
            {"index_now_formula", summary.index_now_formula},
            {"template_methodology", summary.template_methodology}};
}

}  // namespace

json document_settings_json(const CurrentDocumentSettings& current) {
    return {{"settings", settings_json(current.settings)},
            {"stored", current.stored},
            {"updated_at", current.updated_at},
            {"updated_by", current.updated_by}};
}

Result<DocumentSettings> document_settings_from_json(const json& body, DocumentSettings base) {
    for (const DocumentSettingsField& field : document_settings_fields()) {
        const std::string name(field.name);
        PARINDEX_TRY_ASSIGN(text, text_field(body, name.c_str(), base.*field.member));
        base.*field.member = std::move(text);
    }
    const auto recipients = body.find("recipients");
    if (recipients == body.end() || recipients->is_null()) {
        return base;
    }
    if (!recipients->is_array()) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                    {"recipients", std::string(label_text(Label::expect_text_list))},
                    {{}, 0, "recipients"});
    }
    base.recipients.clear();
    for (std::size_t i = 0; i < recipients->size(); ++i) {
        const json& item = (*recipients)[i];
        const std::string field = "recipients[" + std::to_string(i) + "]";
        if (!item.is_string()) {
            return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                        {field, std::string(label_text(Label::expect_text_list))}, {{}, 0, field});
        }
        base.recipients.push_back(item.get<std::string>());
    }
    return base;
}

json report_notes_json(const ReportNotes& notes) {
    return {{"obstacles", notes.obstacles},
            {"proposals", notes.proposals},
            {"updated_at", notes.updated_at},
            {"updated_by", notes.updated_by}};
}

json periodic_report_json(const PeriodicReport& report, const ReportNotes& notes) {
    json areas = json::array();
    for (const ReportArea& area : report.areas) {
        json tasks = json::array();
        for (const ReportTask& task : area.tasks) {
            tasks.push_back(task_json(task));
        }
        areas.push_back({{"code", area.code},
                         {"title", area.title},
                         {"done", area.done},
                         {"total", area.tasks.size()},
                         {"max_points", number_or_null(area.max_points)},
                         {"points_now", number_or_null(area.points_now)},
                         {"points_projected", number_or_null(area.points_projected)},
                         {"tasks", std::move(tasks)}});
    }
    json unmet = json::array();
    for (const ReportTask* task : unmet_tasks(report)) {
        unmet.push_back(task->code);
    }
    json indicators = json::array();
    for (const ReportIndicator& indicator : report.indicators) {
        indicators.push_back({{"name", indicator.name},
                              {"percent", number_or_null(indicator.percent)},
                              {"numerator", indicator.numerator},
                              {"denominator", indicator.denominator}});
    }
    json scores = json::array();
    for (const ReportScoreRow& row : report.scores) {
        scores.push_back({{"code", row.code},
                          {"title", row.title},
                          {"depth", row.depth},
                          {"max_points", row.max_points},
                          {"now", number_or_null(row.now)},
                          {"projected", number_or_null(row.projected)},
                          {"last_year", number_or_null(row.last_year)}});
    }
    const Period& period = report.period;
    return {{"period",
             {{"code", period.code()},
              {"label", period.label()},
              {"from", period.starts_on().to_iso()},
              {"to", period.ends_on().to_iso()}}},
            {"as_of", report.as_of.to_iso()},
            {"issued_on", report.issued_on.to_iso()},
            {"plan_year", report.plan_year},
            {"plan_reference", report.plan_reference},
            {"plan_title", report.plan_title},
            {"settings", settings_json(report.settings)},
            {"summary", summary_json(report.summary)},
            {"areas", std::move(areas)},
            {"unmet", std::move(unmet)},
            {"indicators", std::move(indicators)},
            {"indicator_range", report.indicator_range},
            {"scores", std::move(scores)},
            {"obstacles", report.obstacles},
            {"proposals", report.proposals},
            {"notes", report_notes_json(notes)}};
}

}  // namespace parindex
