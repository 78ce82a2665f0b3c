#pragma once
// Use case: the coordinator corrects a target that extraction read wrongly (or could not read).
// The corrected target is marked edited, so a re-import keeps it while the requirement text is
// unchanged (carry_over_edited_targets).

#include <string>

#include "app/clock.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

[[nodiscard]] Result<Target> correct_target(WorkflowStore& store, const Clock& clock,
                                            const Actor& actor, const std::string& task_code,
                                            int index, Target corrected);

}  // namespace parindex
