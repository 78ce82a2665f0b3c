#pragma once
// Reads the date and time forms dossier exports use (docs/dossiers.md section 1) and keeps the
// date: "2025-03-14T08:30:00" or "2025-03-14 08:30" (ISO 8601, seconds optional),
// "20250314083000" (the national portal's wire form) or "20250314", and "14/03/2025 08:30[:00]"
// or "14/03/2025" (Vietnamese spreadsheets). A date alone means 00:00. Times are local; a zone
// designator
// ("Z", "+07:00") is refused rather than guessed at.

#include <optional>
#include <string_view>

#include "core/civil_date.hpp"

namespace parindex {

[[nodiscard]] std::optional<CivilDate> parse_dossier_datetime(std::string_view text);

}  // namespace parindex
