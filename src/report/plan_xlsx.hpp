#pragma once
// The plan's appendix as an XLSX workbook with the seed's columns and its two header rows
// ("Phân công nhiệm vụ" merged over "Cơ quan chủ trì" and "Cơ quan phối hợp"), area rows merged
// across the table, text wrapped, the header frozen. Reading it back gives the same plan.

#include <string>

#include "core/error.hpp"
#include "report/plan_print.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_plan_xlsx(const PlanPrint& print);

}  // namespace parindex
