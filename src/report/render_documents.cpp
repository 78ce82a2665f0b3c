#include "report/render_documents.hpp"

#include "report/periodic_report_docx.hpp"
#include "report/periodic_report_xlsx.hpp"
#include "report/plan_docx.hpp"
#include "report/plan_xlsx.hpp"

namespace parindex {

Result<std::string> render_periodic_report(const PeriodicReport& report, DocumentFormat format,
                                           const PdfConverter& converter) {
    switch (format) {
        case DocumentFormat::xlsx:
            return render_periodic_report_xlsx(report);
        case DocumentFormat::docx:
            return render_periodic_report_docx(report);
        case DocumentFormat::pdf:
            break;
    }
    PARINDEX_TRY_ASSIGN(docx, render_periodic_report_docx(report));
    return convert_to_pdf(converter, docx, "docx");
}

Result<std::string> render_plan(const PlanPrint& print, DocumentFormat format,
                                const PdfConverter& converter) {
    switch (format) {
        case DocumentFormat::xlsx:
            return render_plan_xlsx(print);
        case DocumentFormat::docx:
            return render_plan_docx(print);
        case DocumentFormat::pdf:
            break;
    }
    PARINDEX_TRY_ASSIGN(docx, render_plan_docx(print));
    return convert_to_pdf(converter, docx, "docx");
}

PlanPrint make_plan_print(const Plan& plan, const std::vector<Unit>& units,
                          DocumentSettings settings) {
    PlanPrint print{&plan, std::move(settings), {}};
    for (const Unit& unit : units) {
        print.unit_names.emplace(unit.key, unit.name);
    }
    return print;
}

std::string periodic_report_file_name(const Period& period, DocumentFormat format) {
    return "bao-cao-cchc-" + period.code() + "." + std::string(document_format_code(format));
}

std::string plan_file_name(int year, DocumentFormat format) {
    return "ke-hoach-cchc-" + std::to_string(year) + "." +
           std::string(document_format_code(format));
}

}  // namespace parindex
