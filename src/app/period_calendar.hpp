#pragma once
// Use cases: the plan's reporting periods with their states, and locking a reviewed period.

#include <vector>

#include "app/clock.hpp"
#include "app/overview.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

struct PeriodView {
    Period period;
    PeriodState state = PeriodState::upcoming;
};

[[nodiscard]] std::vector<PeriodView> list_periods(const Overview& overview);

// Locks (or unlocks) a period of the plan's year; recorded in the audit log.
[[nodiscard]] Result<PeriodView> set_period_lock(WorkflowStore& store, const Clock& clock,
                                                 const Actor& actor, const Overview& overview,
                                                 const std::string& period_code, bool is_locked);

}  // namespace parindex
