#include "store/sql/sql_document_repository.hpp"

#include "core/text_lines.hpp"
#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<std::optional<StoredDocumentSettings>> SqlDocumentRepository::find_settings() {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("SELECT ward_name, superior_body, issuer, place, report_symbol, "
                             "report_number, signer_authority, signer_title, signer_name, "
                             "recipients, updated_at, updated_by FROM document_settings"));
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<StoredDocumentSettings>{};
    }
    StoredDocumentSettings stored;
    DocumentSettings& settings = stored.settings;
    settings.ward_name = statement.text(0);
    settings.superior_body = statement.text(1);
    settings.issuer = statement.text(2);
    settings.place = statement.text(3);
    settings.report_symbol = statement.text(4);
    settings.report_number = statement.text(5);
    settings.signer_authority = statement.text(6);
    settings.signer_title = statement.text(7);
    settings.signer_name = statement.text(8);
    settings.recipients = split_lines(statement.text(9));
    stored.updated_at = statement.text(10);
    stored.updated_by = statement.text(11);
    statement.reset();
    return std::optional<StoredDocumentSettings>{std::move(stored)};
}

Result<void> SqlDocumentRepository::save_settings(const StoredDocumentSettings& stored) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(replace_row_sql(
            "document_settings", "id",
            "ward_name, superior_body, issuer, place, report_symbol, report_number, "
            "signer_authority, signer_title, signer_name, recipients, updated_at, updated_by")));
    const DocumentSettings& settings = stored.settings;
    // The one row of settings has the id 1.
    return statement.bind(1, 1)
        .bind(2, settings.ward_name)
        .bind(3, settings.superior_body)
        .bind(4, settings.issuer)
        .bind(5, settings.place)
        .bind(6, settings.report_symbol)
        .bind(7, settings.report_number)
        .bind(8, settings.signer_authority)
        .bind(9, settings.signer_title)
        .bind(10, settings.signer_name)
        .bind(11, join_lines(settings.recipients))
        .bind(12, stored.updated_at)
        .bind(13, stored.updated_by)
        .run();
}

Result<std::optional<ReportNotes>> SqlDocumentRepository::find_notes(int year,
                                                                     const std::string& period) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT obstacles, proposals, updated_at, updated_by "
                                             "FROM report_notes WHERE year = ? AND period = ?"));
    statement.bind(1, year).bind(2, period);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<ReportNotes>{};
    }
    ReportNotes notes{statement.text(0), statement.text(1), statement.text(2), statement.text(3)};
    statement.reset();
    return std::optional<ReportNotes>{std::move(notes)};
}

Result<void> SqlDocumentRepository::save_notes(int year, const std::string& period,
                                               const ReportNotes& notes) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare(replace_row_sql(
                                       "report_notes", "year, period",
                                       "obstacles, proposals, updated_at, updated_by")));
    return statement.bind(1, year)
        .bind(2, period)
        .bind(3, notes.obstacles)
        .bind(4, notes.proposals)
        .bind(5, notes.updated_at)
        .bind(6, notes.updated_by)
        .run();
}

}  // namespace parindex
