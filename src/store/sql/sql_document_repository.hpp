#pragma once
// The official documents' data in SQLite: the one row of document settings and a row of notes
// per (year, period).

#include "app/document_store.hpp"

namespace parindex {

class SqlConnection;

class SqlDocumentRepository final : public DocumentRepository {
  public:
    explicit SqlDocumentRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<std::optional<StoredDocumentSettings>> find_settings() override;
    // Replaces the settings row.
    Result<void> save_settings(const StoredDocumentSettings& settings) override;
    Result<std::optional<ReportNotes>> find_notes(int year, const std::string& period) override;
    // Replaces the notes of the same year and period.
    Result<void> save_notes(int year, const std::string& period, const ReportNotes& notes) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
