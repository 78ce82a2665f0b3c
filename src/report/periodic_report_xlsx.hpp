#pragma once
// The periodic PAR report as an XLSX workbook for people who work in Excel: the plan's tasks,
// their progress (targets, values, status, reasons), the dossier indicators and the score tree,
// one sheet each. Numbers are number cells; header rows are frozen and filtered.

#include <string>

#include "core/error.hpp"
#include "domain/periodic_report.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_periodic_report_xlsx(const PeriodicReport& report);

}  // namespace parindex
