#include "http/view_json.hpp"

#include <nlohmann/json.hpp>

#include "domain/permissions.hpp"

namespace parindex {

namespace {

using nlohmann::json;

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

json deadline_json(const PlanNode& node) {
    if (!node.deadline) {
        return nullptr;
    }
    return json{{"kind", deadline_kind_code(node.deadline->kind)},
                {"due", node.deadline->due.to_iso()},
                {"label", describe_deadline(*node.deadline)}};
}

json targets_json(const TaskView& task) {
    json targets = json::array();
    for (std::size_t i = 0; i < task.node->targets.size(); ++i) {
        const Target& target = task.node->targets[i];
        const TargetMeasure& measure = task.status.measures.at(i);
        targets.push_back(json{
            {"index", i},
            {"label", target.label},
            {"comparator", comparator_code(target.comparator)},
            {"value", target.value ? json(*target.value) : json(nullptr)},
            {"unit", target.unit},
            {"reference_year",
             target.reference_year ? json(*target.reference_year) : json(nullptr)},
            {"text", describe_target(target)},
            {"lower_is_better", is_lower_better(target)},
            {"origin", target.origin == TargetOrigin::edited ? "edited" : "extracted"},
            {"measured", measure.measured ? json(*measure.measured) : json(nullptr)},
            {"measured_period", text_or_null(measure.period)},
            {"met", measure.met ? json(*measure.met) : json(nullptr)},
            {"automatic", measure.automatic},
            {"measured_source", text_or_null(measure.source)},
        });
    }
    return targets;
}

}  // namespace

json user_json(const User& user) {
    return json{{"id", user.id},
                {"username", user.username},
                {"display_name", user.display_name},
                {"role", role_code(user.role)},
                {"role_label", label_text(role_label(user.role))},
                {"unit_key", text_or_null(user.unit_key)},
                {"active", user.is_active}};
}

json status_json(const TaskStatus& status) {
    return json{{"light", light_code(status.light)},
                {"official", official_status_code(status.official)},
                {"label", label_text(light_label(status.light))},
                {"official_label", label_text(official_status_label(status.official))},
                {"reasons", status.reasons}};
}

json counts_json(const StatusCounts& counts) {
    return json{{"on_track", counts.on_track},
                {"at_risk", counts.at_risk},
                {"overdue", counts.overdue},
                {"done", counts.done},
                {"total", counts.total},
                {"done_on_time", counts.done_on_time},
                {"done_late", counts.done_late},
                {"open_in_time", counts.open_in_time},
                {"open_overdue", counts.open_overdue}};
}

json task_summary_json(const TaskView& task, const Overview& /*overview*/) {
    return json{{"code", task.node->code},
                {"title", task.node->title},
                {"area_code", task.area != nullptr ? task.area->code : ""},
                {"area_title", task.area != nullptr ? task.area->title : ""},
                {"deadline", deadline_json(*task.node)},
                {"lead_units", task.lead_units},
                {"coordinating_units", task.coordinating_units},
                {"status", status_json(task.status)},
                {"targets", targets_json(task)}};
}

json evidence_json(const EvidenceFile& file) {
    return json{{"id", file.id},
                {"file_name", file.file_name},
                {"media_type", file.media_type},
                {"size", file.size},
                {"sha256", file.sha256},
                {"uploaded_at", file.uploaded_at},
                {"uploaded_by", file.uploaded_by}};
}

json document_json(const DocumentReference& document) {
    return json{
        {"id", document.id},
        {"number_symbol", document.number_symbol},
        {"issued_on", document.issued_on ? json(document.issued_on->to_iso()) : json(nullptr)},
        {"issuing_body", document.issuing_body},
        {"summary", document.summary},
        {"page", document.page}};
}

json report_json(const ProgressReport& report, const Overview& overview, const Actor& actor) {
    json values = json::array();
    for (const MeasuredValue& value : report.values) {
        values.push_back(json{{"target_index", value.target_index}, {"value", value.value}});
    }
    json evidence = json::array();
    for (const EvidenceFile& file : report.evidence) {
        evidence.push_back(evidence_json(file));
    }
    json documents = json::array();
    for (const DocumentReference& document : report.documents) {
        documents.push_back(document_json(document));
    }
    const bool is_open = !overview.is_locked(report.period);
    return json{{"id", report.id},
                {"task_code", report.task_code},
                {"unit_key", report.unit_key},
                {"unit_name", overview.unit_name(report.unit_key)},
                {"role", assignment_role_code(report.role)},
                {"period", report.period.code()},
                {"period_label", report.period.label()},
                {"state", report_state_code(report.state)},
                {"state_label", label_text(report_state_label(report.state))},
                {"progress", progress_code(report.progress)},
                {"progress_label", label_text(progress_label(report.progress))},
                {"narrative", report.narrative},
                {"values", std::move(values)},
                {"evidence", std::move(evidence)},
                {"documents", std::move(documents)},
                {"review_comment", report.review_comment},
                {"updated_at", report.updated_at},
                {"updated_by", report.updated_by},
                {"submitted_at", text_or_null(report.submitted_at)},
                {"reviewed_at", text_or_null(report.reviewed_at)},
                {"reviewed_by", text_or_null(report.reviewed_by)},
                {"version", report.version},
                {"can_edit", is_open && is_editable(report.state) &&
                                 can_edit_reports_of(actor, report.unit_key)},
                {"can_review",
                 is_open && report.state == ReportState::submitted && can_review_reports(actor)}};
}

json obstacle_json(const Obstacle& obstacle, const Overview& overview) {
    return json{{"id", obstacle.id},
                {"task_code", obstacle.task_code},
                {"unit_key", obstacle.unit_key},
                {"unit_name", overview.unit_name(obstacle.unit_key)},
                {"text", obstacle.text},
                {"raised_at", obstacle.raised_at},
                {"raised_by", obstacle.raised_by},
                {"state", obstacle.is_open() ? "open" : "answered"},
                {"answer", text_or_null(obstacle.answer)},
                {"answered_at", text_or_null(obstacle.answered_at)},
                {"answered_by", text_or_null(obstacle.answered_by)}};
}

json comment_json(const TaskComment& comment) {
    return json{{"id", comment.id},
                {"task_code", comment.task_code},
                {"text", comment.text},
                {"written_at", comment.written_at},
                {"written_by", comment.written_by}};
}

json audit_json(const AuditEntry& entry) {
    // Snapshots are JSON; anything else (an older entry) is shown as the text it is.
    auto parsed = [](const std::string& text) {
        if (text.empty()) {
            return json(nullptr);
        }
        json value = json::parse(text, nullptr, false);
        return value.is_discarded() ? json(text) : value;
    };
    return json{{"id", entry.id},
                {"at", entry.at},
                {"username", entry.username},
                {"action", entry.action},
                {"entity", entry.entity},
                {"before", parsed(entry.before)},
                {"after", parsed(entry.after)}};
}

json period_json(const PeriodView& view) {
    return json{{"code", view.period.code()},
                {"label", view.period.label()},
                {"starts_on", view.period.starts_on().to_iso()},
                {"ends_on", view.period.ends_on().to_iso()},
                {"closes_on", view.period.closes_on().to_iso()},
                {"state", period_state_code(view.state)}};
}

json dashboard_json(const Dashboard& dashboard, const Overview& overview) {
    json by_area = json::array();
    for (const GroupCounts& area : dashboard.by_area) {
        by_area.push_back(
            json{{"code", area.key}, {"title", area.name}, {"counts", counts_json(area.counts)}});
    }
    json by_unit = json::array();
    for (const GroupCounts& unit : dashboard.by_unit) {
        by_unit.push_back(
            json{{"key", unit.key}, {"name", unit.name}, {"counts", counts_json(unit.counts)}});
    }
    json overdue = json::array();
    for (const TaskView* task : dashboard.overdue) {
        overdue.push_back(task_summary_json(*task, overview));
    }
    const auto& states = dashboard.reports_by_state;
    return json{{"year", overview.plan_view.plan.info.year},
                {"today", overview.today.to_iso()},
                {"totals", counts_json(dashboard.totals)},
                {"by_area", std::move(by_area)},
                {"by_unit", std::move(by_unit)},
                {"overdue", std::move(overdue)},
                {"reports",
                 {{"draft", states[0]},
                  {"submitted", states[1]},
                  {"returned", states[2]},
                  {"accepted", states[3]}}}};
}

json inbox_item_json(const InboxItem& item, const Overview& overview) {
    const UrgingItem& urging = item.urging;
    const TaskView* task = overview.find_task(urging.task_code);
    json out{{"kind", item.obstacle != nullptr ? "obstacle" : urging_kind_code(urging.kind)},
             {"level", urging_level_code(urging.level)},
             {"task_code", urging.task_code},
             {"task_title", task != nullptr ? task->node->title : ""},
             {"unit_key", urging.unit_key},
             {"unit_name", overview.unit_name(urging.unit_key)},
             {"period", urging.period.code()},
             {"period_label", urging.period.label()},
             {"report_id", urging.report_id != 0 ? json(urging.report_id) : json(nullptr)},
             {"due_on", urging.due_on.to_iso()}};
    if (item.obstacle != nullptr) {
        out["obstacle_id"] = item.obstacle->id;
        out["message"] = item.obstacle->text;
    }
    return out;
}

json public_progress_json(const Dashboard& dashboard, const Overview& overview) {
    const PlanInfo& info = overview.plan_view.plan.info;
    json tasks = json::array();
    for (const TaskView& task : overview.tasks) {
        tasks.push_back(json{
            {"code", task.node->code},
            {"title", task.node->title},
            {"area_code", task.area != nullptr ? task.area->code : ""},
            {"deadline_label", task.node->deadline ? describe_deadline(*task.node->deadline) : ""},
            {"light", light_code(task.status.light)},
            {"official", official_status_code(task.status.official)},
            {"label", label_text(light_label(task.status.light))}});
    }
    json by_area = json::array();
    for (const GroupCounts& area : dashboard.by_area) {
        by_area.push_back(
            json{{"code", area.key}, {"title", area.name}, {"counts", counts_json(area.counts)}});
    }
    return json{{"year", info.year},
                {"title", info.title},
                {"issuing_body", info.issuing_body},
                {"today", overview.today.to_iso()},
                {"totals", counts_json(dashboard.totals)},
                {"by_area", std::move(by_area)},
                {"tasks", std::move(tasks)}};
}

}  // namespace parindex
