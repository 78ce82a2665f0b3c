#pragma once
// Use cases that change what the score is computed from: the year's methodology, the results
// sheets (last year's baseline, this year's appraisal), one criterion's appraisal round, and the
// values entered for criteria (survey results, counts, manual points). Each is one transaction,
// allowed to the coordinator and the admin (can_edit_scores).

#include <string_view>
#include <vector>

#include "app/clock.hpp"
#include "app/workflow_store.hpp"
#include "domain/role.hpp"
#include "domain/score_tree.hpp"

namespace parindex {

// Checks `methodology` against `plan` and stores `text` as the methodology of its year when
// nothing is wrong. Returns the problems found, each at its line; none means stored.
[[nodiscard]] Result<std::vector<Diagnostic>> import_methodology(
    WorkflowStore& store, const Actor& actor, const Clock& clock, const Plan& plan,
    const Methodology& methodology, std::string_view text, std::string_view source_name);

struct ResultsImport {
    int stored = 0;
    std::vector<Diagnostic> skipped;  // rows whose code the methodology does not have, by line
};

// Stores the results of `year` from a sheet. Points outside 0..max refuse the whole sheet
// (naming the line); rows of unknown criteria are skipped and reported.
[[nodiscard]] Result<ResultsImport> import_results(WorkflowStore& store, const Actor& actor,
                                                   const Clock& clock,
                                                   const Methodology& methodology, int year,
                                                   std::vector<ResultSheetRow> rows,
                                                   std::string_view source_name);

// Replaces one criterion's appraisal round of `year` with `result` (every field as given).
[[nodiscard]] Result<CriterionResult> save_appraisal(WorkflowStore& store, const Actor& actor,
                                                     const Clock& clock,
                                                     const Methodology& methodology, int year,
                                                     CriterionResult result);

// Sets (or, with no value, removes) the value entered for a criterion whose rule reads
// `entered`.
[[nodiscard]] Result<void> save_entry(WorkflowStore& store, const Actor& actor, const Clock& clock,
                                      const Methodology& methodology, int year,
                                      const std::string& code, std::optional<double> value,
                                      const std::string& note);

}  // namespace parindex
