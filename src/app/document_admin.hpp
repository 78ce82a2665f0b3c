#pragma once
// Use cases of the official documents' data: the ward's document settings (stored, or read off
// the plan until someone saves them) and the obstacles and proposals the coordinator writes into
// each periodic report. Changes are one transaction each, allowed to the coordinator and the
// admin (can_edit_documents).

#include <vector>

#include "app/clock.hpp"
#include "app/workflow_store.hpp"
#include "domain/period.hpp"
#include "domain/role.hpp"

namespace parindex {

struct CurrentDocumentSettings {
    DocumentSettings settings;
    bool stored = false;  // false: read off the plan (default_document_settings)
    std::string updated_at;
    std::string updated_by;
};

[[nodiscard]] Result<CurrentDocumentSettings> current_document_settings(WorkflowStore& store,
                                                                        const PlanInfo& plan);

// Stores the settings when check_document_settings finds nothing wrong; returns the problems
// found, each naming its field (none: stored).
[[nodiscard]] Result<std::vector<Diagnostic>> save_document_settings(WorkflowStore& store,
                                                                     const Actor& actor,
                                                                     const Clock& clock,
                                                                     DocumentSettings settings);

// The notes of the period's report; empty notes when none were written.
[[nodiscard]] Result<ReportNotes> report_notes(WorkflowStore& store, const Period& period);

// Replaces the notes of the period's report (texts of at most 20,000 characters each).
[[nodiscard]] Result<ReportNotes> save_report_notes(WorkflowStore& store, const Actor& actor,
                                                    const Clock& clock, const Period& period,
                                                    std::string obstacles, std::string proposals);

}  // namespace parindex
