#pragma once
// Unit keys as a person reads them: names joined by "; ", a group followed by how many units
// it stands for.

#include <string>
#include <vector>

#include "domain/unit.hpp"

namespace parindex {

[[nodiscard]] std::string unit_names(const std::vector<std::string>& keys,
                                     const std::vector<Unit>& units);

}  // namespace parindex
