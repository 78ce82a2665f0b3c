#pragma once
// Use case: the plan to show, with the units its assignments name.

#include <optional>

#include "app/store.hpp"

namespace parindex {

struct PlanView {
    Plan plan;
    std::vector<Unit> units;  // every stored unit; groups fan out to the plain ones
};

// The plan of `year`, or of the latest year when none is given.
[[nodiscard]] Result<PlanView> load_plan(Store& store, std::optional<int> year);

}  // namespace parindex
