#pragma once
// Reporting periods. The plan's year is reported quarter by quarter (the province asks for
// quarterly, half-year and year reports); a period stays open for reports until a grace time
// after its last day, then closes, and the coordinator locks it once reviewed. Codes:
// "2025-Q3", "2025-H1", "2025-M07", "2025".

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "domain/deadline.hpp"

namespace parindex {

enum class PeriodKind { month, quarter, half, year };

enum class PeriodState {
    upcoming,  // not started
    open,      // reports may be written and submitted
    closed,    // past its grace time: late reports are still possible but flagged
    locked,    // reviewed and locked by the coordinator: no change at all
};

struct Period {
    PeriodKind kind = PeriodKind::quarter;
    int year = 0;
    int index = 1;  // month 1-12, quarter 1-4, half 1-2; 1 for a year

    [[nodiscard]] std::string code() const;
    [[nodiscard]] std::string label() const;  // "Quý III/2025"
    [[nodiscard]] CivilDate starts_on() const;
    [[nodiscard]] CivilDate ends_on() const;
    // The last day a report for it is on time: ends_on plus the grace days.
    [[nodiscard]] CivilDate closes_on() const;

    friend bool operator==(const Period&, const Period&) = default;
};

// Days after a period's end during which its reports are still on time.
inline constexpr int k_report_grace_days = 15;

[[nodiscard]] std::optional<Period> parse_period(std::string_view code);
[[nodiscard]] PeriodState period_state(const Period& period, const CivilDate& today,
                                       bool is_locked);

// The quarters of the plan's year.
[[nodiscard]] std::vector<Period> plan_quarters(int year);
// The quarters a task reports in: from the quarter the plan was issued in (`first`), through the
// year for work that runs all year, otherwise up to the quarter of its deadline.
[[nodiscard]] std::vector<Period> task_periods(const Deadline& deadline, const Period& first);
// The quarter holding the date.
[[nodiscard]] Period quarter_of(const CivilDate& date);

[[nodiscard]] std::string_view period_state_code(PeriodState state);

}  // namespace parindex
