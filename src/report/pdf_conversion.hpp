#pragma once
// PDF from an office document, made by LibreOffice in headless mode (soffice --convert-to pdf),
// so that the PDF has exactly the DOCX's layout and fonts. Each conversion runs in its own
// temporary directory with its own LibreOffice profile, so conversions may run side by side, and
// is stopped after a time limit.

#include <chrono>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace parindex {

struct PdfConverter {
    std::string soffice = "soffice";  // the program, looked up on PATH unless a path
    std::chrono::seconds time_limit{120};
};

// `extension` names the input's format: "docx" or "xlsx". A missing LibreOffice, a failed or
// overlong conversion is an error saying so; nothing is left behind in the temporary directory.
[[nodiscard]] Result<std::string> convert_to_pdf(const PdfConverter& converter,
                                                 std::string_view document,
                                                 std::string_view extension);

}  // namespace parindex
