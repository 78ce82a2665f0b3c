#pragma once
// The plan (Kế hoạch) regenerated from data as a DOCX file in the Decree 30 layout, to be printed
// and signed: the issuer block and national title, "Số: .../KH-UBND", place and date, "KẾ HOẠCH"
// and its title, the body as stored, "Nơi nhận" and the signature; then, on landscape pages,
// "PHỤ LỤC" and the appendix table with the seed's columns (STT; Lĩnh vực, tiêu chí; Yêu cầu năm
// N; Thời gian hoàn thành; Phân công nhiệm vụ: Cơ quan chủ trì, Cơ quan phối hợp), its two header
// rows repeated on every page. Reading the appendix back gives the same plan.

#include <string>

#include "core/error.hpp"
#include "report/plan_print.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_plan_docx(const PlanPrint& print);

}  // namespace parindex
