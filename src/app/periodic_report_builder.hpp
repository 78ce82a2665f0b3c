#pragma once
// Use case: the content of the periodic PAR report for one period, gathered from everything
// parindex tracks: the plan's tasks with their computed status and measured targets as of the
// period's last day (reports of later periods left out), the lead units' accounts, the dossier
// indicators over the year to that day, the score tree when a methodology applies, open
// obstacles, and the coordinator's notes; framed by the ward's document settings.

#include <optional>

#include "app/clock.hpp"
#include "app/dossier_cache.hpp"
#include "app/workflow_store.hpp"
#include "domain/methodology.hpp"
#include "domain/periodic_report.hpp"

namespace parindex {

// A period of another year than the latest plan's is not_found; one that has not started yet is
// invalid_input. `dossiers` may be null (no one-stop data); without `methodology` the report
// has no scores.
[[nodiscard]] Result<PeriodicReport> build_periodic_report(WorkflowStore& store, const Clock& clock,
                                                           const DossierSnapshot* dossiers,
                                                           const Period& period,
                                                           std::optional<Methodology> methodology);

}  // namespace parindex
