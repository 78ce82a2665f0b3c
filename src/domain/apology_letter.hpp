#pragma once
// A letter of apology with a new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả) for a
// late dossier: the service centre fills in the reason and the new date, parindex the rest.

#include <string>

#include "core/civil_date.hpp"

namespace parindex {

// Who signs: printed in the top-left block of a Decree 30 document.
struct LetterIssuer {
    std::string authority;     // "UBND PHƯỜNG AN KHÁNH" (the body above, upper case)
    std::string office;        // "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" (the issuing office)
    std::string place;         // "An Khánh" for "An Khánh, ngày 05 tháng 11 năm 2025"
    std::string signer_title;  // "GIÁM ĐỐC"
    std::string signer_name;   // may be empty: left for a handwritten name
};

struct ApologyLetter {
    std::string dossier_code;
    std::string procedure_name;
    std::string unit_name;  // the unit that handles the dossier
    std::string applicant;  // may be empty: a dotted line to fill in by hand
    CivilDate received;
    CivilDate due;
    CivilDate new_due;
    std::string reason;
    CivilDate issued;
};

}  // namespace parindex
