#pragma once
// Reads the plan's details from the body that precedes its appendix in a Decree 30 document:
// the number ("Số: 15/KH-UBND"), place and date, title, issuing body and signer. Every detail
// is optional: a draft has no number yet, and an appendix alone has no body at all.

#include <string>
#include <vector>

#include "domain/plan.hpp"

namespace parindex {

// The details found in the lines before the appendix table; the year stays 0 unless the title
// or the date states one.
[[nodiscard]] PlanInfo read_plan_preamble(const std::vector<std::string>& lines);

// The first four-digit number after the word "năm" ("Yêu cầu năm 2025" gives 2025).
[[nodiscard]] int find_year_after_nam(std::string_view text);

}  // namespace parindex
