#pragma once
// The official documents in the format a person asked for: the periodic report as DOCX, PDF or
// XLSX, and the plan as DOCX, PDF or XLSX. A PDF is the DOCX converted by LibreOffice, so both
// carry the same layout.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/periodic_report.hpp"
#include "domain/unit.hpp"
#include "report/document_format.hpp"
#include "report/pdf_conversion.hpp"
#include "report/plan_print.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_periodic_report(const PeriodicReport& report,
                                                         DocumentFormat format,
                                                         const PdfConverter& converter);

[[nodiscard]] Result<std::string> render_plan(const PlanPrint& print, DocumentFormat format,
                                              const PdfConverter& converter);

// The plan ready to print, each unit key named by the directory.
[[nodiscard]] PlanPrint make_plan_print(const Plan& plan, const std::vector<Unit>& units,
                                        DocumentSettings settings);

// "bao-cao-cchc-2025-Q3.docx", "ke-hoach-cchc-2025.xlsx": ASCII names for downloads.
[[nodiscard]] std::string periodic_report_file_name(const Period& period, DocumentFormat format);
[[nodiscard]] std::string plan_file_name(int year, DocumentFormat format);

}  // namespace parindex
