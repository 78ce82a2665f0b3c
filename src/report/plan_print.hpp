#pragma once
// A plan ready to print: the plan and the names its unit keys print as. The regenerated plan
// writes each unit by its directory name, one per line in its cell, so that importing the
// printed appendix resolves every cell back to the same units.

#include <map>
#include <string>

#include "domain/document_settings.hpp"
#include "domain/plan.hpp"

namespace parindex {

struct PlanPrint {
    const Plan* plan = nullptr;
    DocumentSettings settings;
    std::map<std::string, std::string, std::less<>> unit_names;  // unit key -> name
};

}  // namespace parindex
