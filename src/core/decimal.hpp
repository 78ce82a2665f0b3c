#pragma once
// Numbers as Vietnamese writes them: a comma before the decimals, no trailing zeros
// (90.5 is "90,5", 100.0 is "100").

#include <string>

namespace parindex {

[[nodiscard]] std::string format_decimal(double value);
// A count with a dot between thousands, as Vietnamese writes it: 3031 is "3.031".
[[nodiscard]] std::string format_count(long long count);

}  // namespace parindex
