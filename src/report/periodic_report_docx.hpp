#pragma once
// The periodic PAR report as a DOCX file in the layout of Nghị định 30/2020/NĐ-CP: A4 portrait,
// margins 20/30/15 mm, Times New Roman 13-14 pt; the issuer block and the national title side by
// side, "Số: .../BC-UBND", place and date in italics, the title and its summary, the body
// (overall results; results per area with each task's targets, values and status; unmet targets
// with their reasons; obstacles and proposals), the signature block and "Nơi nhận"; then the
// appendix table of every task on landscape pages, its header repeated on each page.

#include <string>

#include "core/error.hpp"
#include "domain/periodic_report.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_periodic_report_docx(const PeriodicReport& report);

}  // namespace parindex
