#pragma once
// The per-dossier rules of docs/dossiers.md section 3, in one place for the indicator engine and
// the action lists alike. Inline: the engine calls them for millions of rows per request.

#include <cstdint>

#include "domain/dossier_table.hpp"

namespace parindex {

// A report period of whole days, both ends included, as day numbers.
struct DayPeriod {
    std::int32_t from = 0;
    std::int32_t to = 0;
};

enum class Handling : std::uint8_t {
    outside,   // not in the handled set H: never received, received after the period, or
               // finished before it
    finished,  // finished within the period
    pending,   // still open at the period's end (or finished after it)
};

[[nodiscard]] constexpr Handling handling_of(DossierStatus status, std::int32_t received,
                                             std::int32_t ended, DayPeriod period) {
    if (!was_received(status) || received > period.to) {
        return Handling::outside;
    }
    if (is_terminal(status) && ended <= period.to) {
        return ended >= period.from ? Handling::finished : Handling::outside;
    }
    return Handling::pending;
}

// On time (early included): at most one request for documents, and the end of processing, less
// the days spent waiting for the applicant, not after the due date. A pending dossier is on time
// while the period's last day is not past its due date.
[[nodiscard]] constexpr bool is_on_time(Handling handling, std::int32_t ended,
                                        std::uint16_t paused_days, std::uint8_t supplement_requests,
                                        std::int32_t due, DayPeriod period) {
    const std::int64_t effective_end = handling == Handling::finished
                                           ? std::int64_t{ended} - paused_days
                                           : std::int64_t{period.to};
    return supplement_requests <= 1 && effective_end <= due;
}

// The apology letter counts when it was issued no later than the dossier's due date.
[[nodiscard]] constexpr bool has_timely_apology(std::int32_t apologised, std::int32_t due) {
    return apologised != k_no_day && apologised <= due;
}

}  // namespace parindex
