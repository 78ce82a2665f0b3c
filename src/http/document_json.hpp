#pragma once
// The official documents' data as JSON (docs/api.md, "Báo cáo và văn bản"): the document
// settings, and the periodic report's content for the web page's preview.

#include <nlohmann/json_fwd.hpp>

#include "app/document_admin.hpp"
#include "domain/periodic_report.hpp"

namespace parindex {

[[nodiscard]] nlohmann::json document_settings_json(const CurrentDocumentSettings& current);
// The settings a request body gives; a field of the wrong type is an error naming it, a missing
// one keeps the value in `base`.
[[nodiscard]] Result<DocumentSettings> document_settings_from_json(const nlohmann::json& body,
                                                                   DocumentSettings base);
[[nodiscard]] nlohmann::json periodic_report_json(const PeriodicReport& report,
                                                  const ReportNotes& notes);
[[nodiscard]] nlohmann::json report_notes_json(const ReportNotes& notes);

}  // namespace parindex
