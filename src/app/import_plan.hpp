#pragma once
// Use case: bring a plan read from a document into the store. Resolves its units against the
// stored ones, reads its targets, compares it with the stored plan of the same year, and writes
// it in one transaction only when something changed.

#include <vector>

#include "app/store.hpp"
#include "domain/plan_diff.hpp"
#include "domain/plan_draft.hpp"

namespace parindex {

enum class ImportOutcome {
    created,    // no plan of that year was stored
    updated,    // the stored plan differed; `changes` says how
    unchanged,  // identical to the stored plan: nothing written
};

struct PlanImportReport {
    ImportOutcome outcome = ImportOutcome::unchanged;
    int year = 0;
    PlanCounts counts;
    int unit_count = 0;
    PlanChanges changes;
    std::vector<Diagnostic> warnings;  // the reader's and the builder's, by line
};

// `reader_warnings` are those the document reader already reported; they lead the report.
[[nodiscard]] Result<PlanImportReport> import_plan(Store& store, const PlanDraft& draft,
                                                   std::vector<Diagnostic> reader_warnings);

}  // namespace parindex
