#pragma once
// The deadline of a task (Thời gian hoàn thành) as plans write it: "Trước ngày 31/12/2025",
// "Trong năm 2025", "Trong quý III năm 2025", "Trong tháng 6/2025", "Thường xuyên", or a date.

#include <optional>
#include <string>
#include <string_view>

#include "core/civil_date.hpp"

namespace parindex {

enum class DeadlineKind {
    before_date,     // "Trước ngày 31/12/2025": done by that date
    on_date,         // "31/12/2025"
    within_year,     // "Trong năm 2025": by the year's end, reported every period
    within_quarter,  // "Trong quý III năm 2025", "Quý 3/2025"
    within_month,    // "Trong tháng 6/2025", "Tháng 6/2025"
    ongoing,         // "Thường xuyên": every reporting period, all year
};

struct Deadline {
    DeadlineKind kind = DeadlineKind::within_year;
    CivilDate due;  // the last day on which the task is on time

    friend bool operator==(const Deadline&, const Deadline&) = default;
};

// Reads a deadline; plan_year closes "Thường xuyên" at the plan's year end. Nothing when the
// text is not one of the forms above.
[[nodiscard]] std::optional<Deadline> parse_deadline(std::string_view text, int plan_year);

// The deadline as a plan writes it, dates as dd/mm/yyyy.
[[nodiscard]] std::string describe_deadline(const Deadline& deadline);

// True when the task is reported on in every period (ongoing and within-the-year work).
[[nodiscard]] bool is_periodic(DeadlineKind kind);

[[nodiscard]] std::string_view deadline_kind_code(DeadlineKind kind);
[[nodiscard]] std::optional<DeadlineKind> deadline_kind_from_code(std::string_view code);

}  // namespace parindex
