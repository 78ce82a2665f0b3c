#pragma once
// Apology letters as one DOCX file in the layout of Nghị định 30/2020/NĐ-CP: A4, Times New
// Roman 13-14 pt, the issuer and the national motto side by side, place and date, title,
// body, signature block and recipients; one letter per page.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/apology_letter.hpp"

namespace parindex {

[[nodiscard]] Result<std::string> render_apology_letters(const LetterIssuer& issuer,
                                                         const std::vector<ApologyLetter>& letters);

}  // namespace parindex
