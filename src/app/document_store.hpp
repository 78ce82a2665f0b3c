#pragma once
// What the official documents need from storage: the ward's document settings, and the texts the
// coordinator writes into each periodic report.

#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/document_settings.hpp"

namespace parindex {

struct StoredDocumentSettings {
    DocumentSettings settings;
    std::string updated_at;  // ISO 8601 UTC
    std::string updated_by;
};

// Obstacles and proposals of one period's report, one item per line.
struct ReportNotes {
    std::string obstacles;
    std::string proposals;
    std::string updated_at;
    std::string updated_by;

    friend bool operator==(const ReportNotes&, const ReportNotes&) = default;
};

class DocumentRepository {
  public:
    virtual ~DocumentRepository() = default;
    // Nothing stored yet is an empty optional.
    [[nodiscard]] virtual Result<std::optional<StoredDocumentSettings>> find_settings() = 0;
    [[nodiscard]] virtual Result<void> save_settings(const StoredDocumentSettings& settings) = 0;
    [[nodiscard]] virtual Result<std::optional<ReportNotes>> find_notes(
        int year, const std::string& period) = 0;
    [[nodiscard]] virtual Result<void> save_notes(int year, const std::string& period,
                                                  const ReportNotes& notes) = 0;
};

}  // namespace parindex
