#pragma once
// Progress reports in SQLite, with their values, evidence and document references. Reading
// reports costs four queries however many there are: the reports, then each child table joined
// to the same filter, its rows handed to their reports by id.

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlReportRepository final : public ReportRepository {
  public:
    explicit SqlReportRepository(SqlConnection& connection) : m_connection(connection) {}

    // In creation (id) order; children in id order, values by target index.
    Result<std::vector<ProgressReport>> list_reports(const ReportFilter& filter) override;
    Result<std::optional<ProgressReport>> find_report(std::int64_t id) override;
    // Inserts the report's fields and values; evidence and documents come through add_evidence
    // and add_document, which give them their ids. A second report for the same year, task,
    // unit and period is a conflict.
    Result<std::int64_t> create_report(const ProgressReport& report) override;
    // The report's identity (year, task, unit, period) is fixed at creation and not written; a
    // missing report is not_found.
    Result<void> update_report(const ProgressReport& report) override;
    Result<std::int64_t> add_evidence(std::int64_t report_id, const EvidenceFile& file) override;
    Result<std::optional<std::pair<std::int64_t, EvidenceFile>>> find_evidence(
        std::int64_t id) override;
    Result<void> delete_evidence(std::int64_t id) override;
    Result<std::int64_t> add_document(std::int64_t report_id,
                                      const DocumentReference& document) override;
    Result<std::optional<std::int64_t>> find_document_report(std::int64_t id) override;
    Result<void> delete_document(std::int64_t id) override;

  private:
    Result<void> insert_values(std::int64_t report_id, const std::vector<MeasuredValue>& values);

    SqlConnection& m_connection;
};

}  // namespace parindex
