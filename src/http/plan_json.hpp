#pragma once
// The plan as JSON, for the API and for `parindex plan show --json`. The JSON library stays in
// the .cpp.

#include <string>

#include "app/load_plan.hpp"

namespace parindex {

// {"plan": {...}, "counts": {...}, "units": [...], "nodes": [...]}: nodes flat, in document
// order, each naming its parent's code, so a client can build the tree or filter it.
enum class JsonLayout {
    indented,  // for people at a terminal
    compact,   // for the API: a third smaller
};

[[nodiscard]] std::string plan_to_json(const PlanView& view, JsonLayout layout);

}  // namespace parindex
