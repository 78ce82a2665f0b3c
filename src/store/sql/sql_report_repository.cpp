#include "store/sql/sql_report_repository.hpp"

#include <unordered_map>
#include <variant>

#include "store/sql/sql_connection.hpp"

namespace parindex {

namespace {

// One condition on the reports table (alias r). The same list filters the reports and the
// joins of their child tables, so all four queries select the same reports.
struct Condition {
    std::string_view sql;  // "r.task_code = ?"
    std::variant<std::int64_t, std::string> value;
};

std::string where_clause(const std::vector<Condition>& conditions) {
    std::string sql;
    for (const Condition& condition : conditions) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition.sql;
    }
    return sql;
}

void bind_conditions(SqlStatement& statement, const std::vector<Condition>& conditions) {
    int index = 1;
    for (const Condition& condition : conditions) {
        std::visit([&](const auto& value) { statement.bind(index, value); }, condition.value);
        ++index;
    }
}

std::optional<AssignmentRole> assignment_role_from_code(std::string_view code) {
    for (const AssignmentRole role : {AssignmentRole::lead, AssignmentRole::coordinating}) {
        if (assignment_role_code(role) == code) {
            return role;
        }
    }
    return std::nullopt;
}

Result<ProgressReport> read_report(const SqlStatement& statement) {
    ProgressReport report;
    report.id = statement.integer(0);
    report.plan_year = static_cast<int>(statement.integer(1));
    report.task_code = statement.text(2);
    report.unit_key = statement.text(3);
    const auto role = assignment_role_from_code(statement.text(4));
    if (!role) {
        return sql_corrupt("reports.role = " + statement.text(4));
    }
    const auto period = parse_period(statement.text(5));
    if (!period) {
        return sql_corrupt("reports.period = " + statement.text(5));
    }
    const auto state = report_state_from_code(statement.text(6));
    if (!state) {
        return sql_corrupt("reports.state = " + statement.text(6));
    }
    const auto progress = progress_from_code(statement.text(7));
    if (!progress) {
        return sql_corrupt("reports.progress = " + statement.text(7));
    }
    report.role = *role;
    report.period = *period;
    report.state = *state;
    report.progress = *progress;
    report.narrative = statement.text(8);
    report.review_comment = statement.text(9);
    report.updated_at = statement.text(10);
    report.updated_by = statement.text(11);
    report.submitted_at = statement.text(12);
    report.reviewed_at = statement.text(13);
    report.reviewed_by = statement.text(14);
    report.version = static_cast<int>(statement.integer(15));
    return report;
}

// Evidence columns from 1 on; column 0 is the report's id.
EvidenceFile read_evidence(const SqlStatement& statement) {
    return EvidenceFile{statement.integer(1), statement.text(2), statement.text(3),
                        statement.integer(4), statement.text(5), statement.text(6),
                        statement.text(7)};
}

// Document columns from 1 on; column 0 is the report's id.
Result<DocumentReference> read_document(const SqlStatement& statement) {
    DocumentReference document;
    document.id = statement.integer(1);
    document.number_symbol = statement.text(2);
    if (!statement.is_null(3)) {
        document.issued_on = CivilDate::parse_iso(statement.text(3));
        if (!document.issued_on) {
            return sql_corrupt("document_references.issued_on = " + statement.text(3));
        }
    }
    document.issuing_body = statement.text(4);
    document.summary = statement.text(5);
    document.page = statement.text(6);
    return document;
}

Result<std::vector<ProgressReport>> load_reports(SqlConnection& connection,
                                                 const std::vector<Condition>& conditions) {
    const std::string where = where_clause(conditions);
    PARINDEX_TRY_ASSIGN(
        reports_query,
        connection.prepare("SELECT r.id, r.plan_year, r.task_code, r.unit_key, r.role, r.period, "
                           "r.state, r.progress, r.narrative, r.review_comment, r.updated_at, "
                           "r.updated_by, r.submitted_at, r.reviewed_at, r.reviewed_by, "
                           "r.version FROM reports r" +
                           where + " ORDER BY r.id"));
    bind_conditions(reports_query, conditions);
    std::vector<ProgressReport> reports;
    std::unordered_map<std::int64_t, std::size_t> index_of;
    PARINDEX_TRY(reports_query.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(report, read_report(reports_query));
        index_of.emplace(report.id, reports.size());
        reports.push_back(std::move(report));
        return {};
    }));
    if (reports.empty()) {
        return reports;
    }
    // Outside a transaction a report created between two queries can show up in a child query
    // only; its rows are skipped rather than failing the listing.
    const auto owner = [&](std::int64_t report_id) -> ProgressReport* {
        const auto found = index_of.find(report_id);
        return found == index_of.end() ? nullptr : &reports[found->second];
    };

    PARINDEX_TRY_ASSIGN(
        values_query,
        connection.prepare("SELECT v.report_id, v.target_index, v.value FROM report_values v "
                           "JOIN reports r ON r.id = v.report_id" +
                           where + " ORDER BY v.report_id, v.target_index"));
    bind_conditions(values_query, conditions);
    PARINDEX_TRY(values_query.for_each_row([&]() -> Result<void> {
        if (ProgressReport* report = owner(values_query.integer(0))) {
            report->values.push_back(
                MeasuredValue{static_cast<int>(values_query.integer(1)), values_query.real(2)});
        }
        return {};
    }));

    PARINDEX_TRY_ASSIGN(
        evidence_query,
        connection.prepare("SELECT e.report_id, e.id, e.file_name, e.media_type, e.size, "
                           "e.sha256, e.uploaded_at, e.uploaded_by FROM evidence e "
                           "JOIN reports r ON r.id = e.report_id" +
                           where + " ORDER BY e.id"));
    bind_conditions(evidence_query, conditions);
    PARINDEX_TRY(evidence_query.for_each_row([&]() -> Result<void> {
        if (ProgressReport* report = owner(evidence_query.integer(0))) {
            report->evidence.push_back(read_evidence(evidence_query));
        }
        return {};
    }));

    PARINDEX_TRY_ASSIGN(
        documents_query,
        connection.prepare("SELECT d.report_id, d.id, d.number_symbol, d.issued_on, "
                           "d.issuing_body, d.summary, d.page FROM document_references d "
                           "JOIN reports r ON r.id = d.report_id" +
                           where + " ORDER BY d.id"));
    bind_conditions(documents_query, conditions);
    PARINDEX_TRY(documents_query.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(document, read_document(documents_query));
        if (ProgressReport* report = owner(documents_query.integer(0))) {
            report->documents.push_back(std::move(document));
        }
        return {};
    }));
    return reports;
}

}  // namespace

Result<std::vector<ProgressReport>> SqlReportRepository::list_reports(const ReportFilter& filter) {
    std::vector<Condition> conditions{{"r.plan_year = ?", std::int64_t{filter.plan_year}}};
    if (!filter.task_code.empty()) {
        conditions.push_back({"r.task_code = ?", filter.task_code});
    }
    if (!filter.unit_key.empty()) {
        conditions.push_back({"r.unit_key = ?", filter.unit_key});
    }
    if (!filter.period.empty()) {
        conditions.push_back({"r.period = ?", filter.period});
    }
    if (filter.state) {
        conditions.push_back({"r.state = ?", std::string(report_state_code(*filter.state))});
    }
    return load_reports(m_connection, conditions);
}

Result<std::optional<ProgressReport>> SqlReportRepository::find_report(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(reports,
                        load_reports(m_connection, std::vector{Condition{"r.id = ?", id}}));
    if (reports.empty()) {
        return std::optional<ProgressReport>{};
    }
    return std::optional<ProgressReport>{std::move(reports.front())};
}

Result<std::int64_t> SqlReportRepository::create_report(const ProgressReport& report) {
    // DO NOTHING with RETURNING yields no row for a taken (year, task, unit, period): a
    // conflict told apart from a failure without parsing the engine's messages.
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(
            "INSERT INTO reports (plan_year, task_code, unit_key, role, period, state, progress, "
            "narrative, review_comment, updated_at, updated_by, submitted_at, reviewed_at, "
            "reviewed_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (plan_year, task_code, unit_key, period) DO NOTHING RETURNING id"));
    const std::string period = report.period.code();
    statement.bind(1, report.plan_year)
        .bind(2, report.task_code)
        .bind(3, report.unit_key)
        .bind(4, assignment_role_code(report.role))
        .bind(5, period)
        .bind(6, report_state_code(report.state))
        .bind(7, progress_code(report.progress))
        .bind(8, report.narrative)
        .bind(9, report.review_comment)
        .bind(10, report.updated_at)
        .bind(11, report.updated_by)
        .bind(12, report.submitted_at)
        .bind(13, report.reviewed_at)
        .bind(14, report.reviewed_by)
        .bind(15, report.version);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        statement.reset();
        return fail(ErrorCode::conflict, Label::error_database,
                    {"report exists: " + std::to_string(report.plan_year) + " " + report.task_code +
                     " " + report.unit_key + " " + period});
    }
    const std::int64_t id = statement.integer(0);
    PARINDEX_TRY(statement.run());
    PARINDEX_TRY(insert_values(id, report.values));
    return id;
}

Result<void> SqlReportRepository::update_report(const ProgressReport& report) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("UPDATE reports SET role = ?, state = ?, progress = ?, "
                             "narrative = ?, review_comment = ?, updated_at = ?, updated_by = ?, "
                             "submitted_at = ?, reviewed_at = ?, reviewed_by = ?, version = ? "
                             "WHERE id = ?"));
    PARINDEX_TRY(statement.bind(1, assignment_role_code(report.role))
                     .bind(2, report_state_code(report.state))
                     .bind(3, progress_code(report.progress))
                     .bind(4, report.narrative)
                     .bind(5, report.review_comment)
                     .bind(6, report.updated_at)
                     .bind(7, report.updated_by)
                     .bind(8, report.submitted_at)
                     .bind(9, report.reviewed_at)
                     .bind(10, report.reviewed_by)
                     .bind(11, report.version)
                     .bind(12, report.id)
                     .run());
    if (m_connection.changes() == 0) {
        return sql_missing("reports.id = " + std::to_string(report.id));
    }
    PARINDEX_TRY_ASSIGN(clear,
                        m_connection.prepare("DELETE FROM report_values WHERE report_id = ?"));
    PARINDEX_TRY(clear.bind(1, report.id).run());
    return insert_values(report.id, report.values);
}

Result<void> SqlReportRepository::insert_values(std::int64_t report_id,
                                                const std::vector<MeasuredValue>& values) {
    PARINDEX_TRY_ASSIGN(insert, m_connection.prepare("INSERT INTO report_values (report_id, "
                                                     "target_index, value) VALUES (?, ?, ?)"));
    for (const MeasuredValue& value : values) {
        PARINDEX_TRY(
            insert.bind(1, report_id).bind(2, value.target_index).bind(3, value.value).run());
    }
    return {};
}

Result<std::int64_t> SqlReportRepository::add_evidence(std::int64_t report_id,
                                                       const EvidenceFile& file) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(
            "INSERT INTO evidence (report_id, file_name, media_type, size, "
            "sha256, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return statement.bind(1, report_id)
        .bind(2, file.file_name)
        .bind(3, file.media_type)
        .bind(4, file.size)
        .bind(5, file.sha256)
        .bind(6, file.uploaded_at)
        .bind(7, file.uploaded_by)
        .run_returning_id();
}

Result<std::optional<std::pair<std::int64_t, EvidenceFile>>> SqlReportRepository::find_evidence(
    std::int64_t id) {
    using Found = std::optional<std::pair<std::int64_t, EvidenceFile>>;
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(
                                       "SELECT report_id, id, file_name, media_type, size, sha256, "
                                       "uploaded_at, uploaded_by FROM evidence WHERE id = ?"));
    statement.bind(1, id);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return Found{};
    }
    Found found{std::pair{statement.integer(0), read_evidence(statement)}};
    statement.reset();
    return found;
}

Result<void> SqlReportRepository::delete_evidence(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("DELETE FROM evidence WHERE id = ?"));
    return statement.bind(1, id).run();
}

Result<std::int64_t> SqlReportRepository::add_document(std::int64_t report_id,
                                                       const DocumentReference& document) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("INSERT INTO document_references (report_id, "
                                             "number_symbol, issued_on, issuing_body, summary, "
                                             "page) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    statement.bind(1, report_id)
        .bind(2, document.number_symbol)
        .bind(4, document.issuing_body)
        .bind(5, document.summary)
        .bind(6, document.page);
    if (document.issued_on) {
        statement.bind(3, document.issued_on->to_iso());
    } else {
        statement.bind_null(3);
    }
    return statement.run_returning_id();
}

Result<std::optional<std::int64_t>> SqlReportRepository::find_document_report(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare("SELECT report_id FROM document_references WHERE id = ?"));
    statement.bind(1, id);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<std::int64_t>{};
    }
    const std::int64_t report_id = statement.integer(0);
    statement.reset();
    return std::optional<std::int64_t>{report_id};
}

Result<void> SqlReportRepository::delete_document(std::int64_t id) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("DELETE FROM document_references WHERE id = ?"));
    return statement.bind(1, id).run();
}

}  // namespace parindex
