#include "store/sqlite/sqlite_document_repository.hpp"

#include "core/text_lines.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace parindex {

Result<std::optional<StoredDocumentSettings>> SqliteDocumentRepository::find_settings() {
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

Result<void> SqliteDocumentRepository::save_settings(const StoredDocumentSettings& stored) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("INSERT OR REPLACE INTO document_settings (id, ward_name, "
                             "superior_body, issuer, place, report_symbol, report_number, "
                             "signer_authority, signer_title, signer_name, recipients, "
                             "updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?)"));
    const DocumentSettings& settings = stored.settings;
    return statement.bind(1, settings.ward_name)
        .bind(2, settings.superior_body)
        .bind(3, settings.issuer)
        .bind(4, settings.place)
        .bind(5, settings.report_symbol)
        .bind(6, settings.report_number)
        .bind(7, settings.signer_authority)
        .bind(8, settings.signer_title)
        .bind(9, settings.signer_name)
        .bind(10, join_lines(settings.recipients))
        .bind(11, stored.updated_at)
        .bind(12, stored.updated_by)
        .run();
}

Result<std::optional<ReportNotes>> SqliteDocumentRepository::find_notes(int year,
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

Result<void> SqliteDocumentRepository::save_notes(int year, const std::string& period,
                                                  const ReportNotes& notes) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("INSERT OR REPLACE INTO report_notes (year, period, "
                                             "obstacles, proposals, updated_at, updated_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"));
    return statement.bind(1, year)
        .bind(2, period)
        .bind(3, notes.obstacles)
        .bind(4, notes.proposals)
        .bind(5, notes.updated_at)
        .bind(6, notes.updated_by)
        .run();
}

}  // namespace parindex
