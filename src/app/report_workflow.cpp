#include "app/report_workflow.hpp"

#include <algorithm>

#include "app/audit_snapshot.hpp"
#include "domain/evidence_type.hpp"
#include "domain/permissions.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_max_narrative = 20000;
constexpr std::size_t k_max_field = 1000;

tl::unexpected<Error> forbidden() {
    return fail(ErrorCode::forbidden, Label::error_forbidden);
}

tl::unexpected<Error> report_not_found(std::int64_t id) {
    return fail(ErrorCode::not_found, Label::error_report_not_found, {std::to_string(id)});
}

Result<void> check_length(const std::string& text, std::size_t limit, Label field) {
    if (text.size() > limit) {
        return fail(ErrorCode::invalid_input, Label::error_field_too_long,
                    {std::string(label_text(field)), std::to_string(limit)},
                    Location{{}, 0, std::string(label_text(field))});
    }
    return {};
}

Label action_label(ReviewAction action) {
    switch (action) {
        case ReviewAction::submit:
            return Label::action_submit;
        case ReviewAction::accept:
            return Label::action_accept;
        case ReviewAction::give_back:
            return Label::action_return;
    }
    return Label::action_submit;
}

std::string action_code(ReviewAction action) {
    switch (action) {
        case ReviewAction::submit:
            return "report.submit";
        case ReviewAction::accept:
            return "report.accept";
        case ReviewAction::give_back:
            return "report.return";
    }
    return "report.review";
}

// Only the report's own unit changes it, and only while it is a draft or was returned.
Result<void> check_can_change(const Actor& actor, const ProgressReport& report) {
    if (!can_edit_reports_of(actor, report.unit_key)) {
        return forbidden();
    }
    if (!is_editable(report.state)) {
        return fail(ErrorCode::conflict, Label::error_report_not_editable,
                    {std::string(label_text(report_state_label(report.state)))});
    }
    return {};
}

}  // namespace

Result<void> ReportWorkflow::record(const Actor& actor, const std::string& action,
                                    const ProgressReport* before, const ProgressReport* after) {
    const ProgressReport& subject = after != nullptr ? *after : *before;
    return m_store.audit().append(
        AuditEntry{0, m_clock.now(), actor.username, action, "report:" + std::to_string(subject.id),
                   subject.task_code, before != nullptr ? snapshot(*before) : "",
                   after != nullptr ? snapshot(*after) : ""});
}

Result<ProgressReport> ReportWorkflow::open(const Actor& actor, const Overview& overview,
                                            const std::string& task_code,
                                            const std::string& unit_key,
                                            const std::string& period_code) {
    const TaskView* task = overview.find_task(task_code);
    if (task == nullptr) {
        return fail(ErrorCode::not_found, Label::error_task_not_found, {task_code});
    }
    const auto role = task->role_of(unit_key);
    if (!role) {
        return fail(ErrorCode::invalid_input, Label::error_unit_not_responsible,
                    {overview.unit_name(unit_key), task_code}, Location{{}, 0, "unit_key"});
    }
    if (!can_edit_reports_of(actor, unit_key)) {
        return forbidden();
    }
    const auto period = parse_period(period_code);
    const std::vector<Period> periods = overview.periods_of(*task);
    if (!period || std::find(periods.begin(), periods.end(), *period) == periods.end()) {
        return fail(ErrorCode::invalid_input, Label::error_period_not_of_task,
                    {period_code, task_code}, Location{{}, 0, "period"});
    }
    ProgressReport report;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        const int year = overview.plan_view.plan.info.year;
        PARINDEX_TRY(check_open(year, *period));
        PARINDEX_TRY_ASSIGN(existing, m_store.reports().list_reports(ReportFilter{
                                          year, task_code, unit_key, period->code(), {}}));
        if (!existing.empty()) {
            report = std::move(existing.front());
            return {};
        }
        report.plan_year = year;
        report.task_code = task_code;
        report.unit_key = unit_key;
        report.role = *role;
        report.period = *period;
        report.updated_at = m_clock.now();
        report.updated_by = actor.username;
        PARINDEX_TRY_ASSIGN(id, m_store.reports().create_report(report));
        report.id = id;
        return record(actor, "report.create", nullptr, &report);
    }));
    return report;
}

Result<ProgressReport> ReportWorkflow::get(const Actor& actor, std::int64_t id) {
    std::optional<ProgressReport> report;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.reports().find_report(id));
        report = std::move(found);
        return {};
    }));
    if (!report || !can_read_report(actor, *report)) {
        return report_not_found(id);  // another unit's draft does not exist for this reader
    }
    return std::move(*report);
}

Result<std::vector<ProgressReport>> ReportWorkflow::list(const Actor& actor, ReportFilter filter) {
    std::vector<ProgressReport> reports;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.reports().list_reports(filter));
        reports = std::move(found);
        return {};
    }));
    std::erase_if(reports,
                  [&](const ProgressReport& report) { return !can_read_report(actor, report); });
    return reports;
}

Result<void> ReportWorkflow::check_open(int plan_year, const Period& period) {
    // Read in the write's own transaction: a lock committed a moment ago counts.
    PARINDEX_TRY_ASSIGN(locked, m_store.period_locks().list_locked(plan_year));
    if (std::find(locked.begin(), locked.end(), period.code()) != locked.end()) {
        return fail(ErrorCode::conflict, Label::error_period_locked, {period.label()});
    }
    return {};
}

Result<ProgressReport> ReportWorkflow::load_for_change(const Actor& actor, std::int64_t id) {
    PARINDEX_TRY_ASSIGN(found, m_store.reports().find_report(id));
    if (!found || !can_read_report(actor, *found)) {
        return report_not_found(id);
    }
    PARINDEX_TRY(check_open(found->plan_year, found->period));
    return std::move(*found);
}

Result<ProgressReport> ReportWorkflow::load_editable(const Actor& actor, std::int64_t id) {
    PARINDEX_TRY_ASSIGN(report, load_for_change(actor, id));
    PARINDEX_TRY(check_can_change(actor, report));
    return report;
}

Result<ProgressReport> ReportWorkflow::edit(const Actor& actor, const Overview& overview,
                                            std::int64_t id, const ReportEdit& edit) {
    PARINDEX_TRY(check_length(edit.narrative, k_max_narrative, Label::word_narrative));
    const TaskView* task = nullptr;
    ProgressReport after;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, load_editable(actor, id));
        if (edit.version != before.version) {
            return fail(ErrorCode::conflict, Label::error_stale_version);
        }
        task = overview.find_task(before.task_code);
        const std::size_t target_count = task != nullptr ? task->node->targets.size() : 0;
        std::vector<int> seen;
        for (const MeasuredValue& value : edit.values) {
            const bool is_repeated =
                std::find(seen.begin(), seen.end(), value.target_index) != seen.end();
            if (value.target_index < 0 ||
                static_cast<std::size_t>(value.target_index) >= target_count || is_repeated) {
                return fail(ErrorCode::invalid_input, Label::error_target_index,
                            {std::to_string(static_cast<long long>(value.target_index) + 1)},
                            Location{{}, 0, "values"});
            }
            seen.push_back(value.target_index);
        }
        after = before;
        after.progress = edit.progress;
        after.narrative = edit.narrative;
        after.values = edit.values;
        after.updated_at = m_clock.now();
        after.updated_by = actor.username;
        after.version = before.version + 1;
        PARINDEX_TRY(m_store.reports().update_report(after));
        return record(actor, "report.edit", &before, &after);
    }));
    return after;
}

Result<ProgressReport> ReportWorkflow::review(const Actor& actor, std::int64_t id, int version,
                                              ReviewAction action, const std::string& comment) {
    PARINDEX_TRY(check_length(comment, k_max_narrative, Label::word_review_comment));
    if (action == ReviewAction::give_back &&
        comment.find_first_not_of(" \t\r\n") == std::string::npos) {
        return fail(ErrorCode::invalid_input, Label::error_return_needs_comment, {},
                    Location{{}, 0, "comment"});
    }
    ProgressReport after;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, load_for_change(actor, id));
        const bool is_allowed = action == ReviewAction::submit
                                    ? can_edit_reports_of(actor, before.unit_key)
                                    : can_review_reports(actor);
        if (!is_allowed) {
            return forbidden();
        }
        if (version != before.version) {
            return fail(ErrorCode::conflict, Label::error_stale_version);
        }
        const auto next = next_state(before.state, action);
        if (!next) {
            return fail(ErrorCode::conflict, Label::error_review_not_allowed,
                        {std::string(label_text(action_label(action))),
                         std::string(label_text(report_state_label(before.state)))});
        }
        after = before;
        after.state = *next;
        after.version = before.version + 1;
        const std::string now = m_clock.now();
        if (action == ReviewAction::submit) {
            after.submitted_at = now;
        } else {
            after.reviewed_at = now;
            after.reviewed_by = actor.username;
            after.review_comment = comment;
        }
        PARINDEX_TRY(m_store.reports().update_report(after));
        return record(actor, action_code(action), &before, &after);
    }));
    return after;
}

Result<EvidenceFile> ReportWorkflow::attach(const Actor& actor, std::int64_t report_id,
                                            const std::string& file_name, std::string_view bytes) {
    if (!is_safe_file_name(file_name)) {
        return fail(ErrorCode::invalid_input, Label::error_file_name, {},
                    Location{{}, 0, "X-File-Name"});
    }
    if (bytes.size() > k_max_evidence_bytes) {
        return fail(ErrorCode::too_large, Label::error_file_too_large,
                    {std::to_string(k_max_evidence_bytes / (1024 * 1024))});
    }
    if (bytes.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_upload_empty);
    }
    const auto media_type = sniff_evidence_type(bytes, file_name);
    if (!media_type) {
        return fail(ErrorCode::unsupported, Label::error_file_type);
    }
    EvidenceFile file{0,
                      file_name,
                      std::string(*media_type),
                      static_cast<std::int64_t>(bytes.size()),
                      m_crypto.sha256_hex(bytes),
                      m_clock.now(),
                      actor.username};
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, load_editable(actor, report_id));
        // Checked and refused above before any byte is written; written before the row so the
        // row never names a missing file.
        PARINDEX_TRY(m_files.put(file.sha256, bytes));
        PARINDEX_TRY_ASSIGN(id, m_store.reports().add_evidence(report_id, file));
        file.id = id;
        ProgressReport after = before;
        after.evidence.push_back(file);
        return record(actor, "report.evidence.add", &before, &after);
    }));
    return file;
}

Result<EvidenceDownload> ReportWorkflow::download(const Actor& actor, std::int64_t evidence_id) {
    std::optional<std::pair<std::int64_t, EvidenceFile>> found;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(evidence, m_store.reports().find_evidence(evidence_id));
        found = std::move(evidence);
        return {};
    }));
    if (!found) {
        return fail(ErrorCode::not_found, Label::error_evidence_not_found,
                    {std::to_string(evidence_id)});
    }
    auto report = get(actor, found->first);
    if (!report) {
        return fail(ErrorCode::not_found, Label::error_evidence_not_found,
                    {std::to_string(evidence_id)});
    }
    PARINDEX_TRY_ASSIGN(bytes, m_files.get(found->second.sha256));
    return EvidenceDownload{std::move(found->second), std::move(bytes)};
}

Result<void> ReportWorkflow::detach(const Actor& actor, std::int64_t evidence_id) {
    return m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(evidence, m_store.reports().find_evidence(evidence_id));
        if (!evidence) {
            return fail(ErrorCode::not_found, Label::error_evidence_not_found,
                        {std::to_string(evidence_id)});
        }
        PARINDEX_TRY_ASSIGN(before, load_editable(actor, evidence->first));
        PARINDEX_TRY(m_store.reports().delete_evidence(evidence_id));
        ProgressReport after = before;
        std::erase_if(after.evidence,
                      [&](const EvidenceFile& file) { return file.id == evidence_id; });
        return record(actor, "report.evidence.remove", &before, &after);
    });
}

Result<DocumentReference> ReportWorkflow::cite(const Actor& actor, std::int64_t report_id,
                                               DocumentReference document) {
    if (document.number_symbol.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::word_number_symbol))},
                    Location{{}, 0, "number_symbol"});
    }
    for (const auto& [text, field] : {std::pair{&document.number_symbol, Label::word_number_symbol},
                                      std::pair{&document.issuing_body, Label::word_issuing_body},
                                      std::pair{&document.summary, Label::word_summary},
                                      std::pair{&document.page, Label::word_page}}) {
        PARINDEX_TRY(check_length(*text, k_max_field, field));
    }
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, load_editable(actor, report_id));
        PARINDEX_TRY_ASSIGN(id, m_store.reports().add_document(report_id, document));
        document.id = id;
        ProgressReport after = before;
        after.documents.push_back(document);
        return record(actor, "report.document.add", &before, &after);
    }));
    return document;
}

Result<void> ReportWorkflow::uncite(const Actor& actor, std::int64_t document_id) {
    return m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(report_id, m_store.reports().find_document_report(document_id));
        if (!report_id) {
            return fail(ErrorCode::not_found, Label::error_document_not_found,
                        {std::to_string(document_id)});
        }
        PARINDEX_TRY_ASSIGN(before, load_editable(actor, *report_id));
        PARINDEX_TRY(m_store.reports().delete_document(document_id));
        ProgressReport after = before;
        std::erase_if(after.documents,
                      [&](const DocumentReference& d) { return d.id == document_id; });
        return record(actor, "report.document.remove", &before, &after);
    });
}

}  // namespace parindex
