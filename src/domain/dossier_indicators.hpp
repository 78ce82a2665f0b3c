#pragma once
// The dossier indicators of docs/dossiers.md section 3 over any period, for the ward or per
// unit, procedure, field or month: one scan of the columnar table, counts kept exactly, the
// rate derived from them and rounded once.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/labels.hpp"
#include "domain/dossier_rules.hpp"
#include "domain/dossier_table.hpp"

namespace parindex {

enum class Indicator : std::uint8_t {
    on_time_rate,
    apology_rate,
    e_result_rate,
    digitised_rate,
    reuse_rate,
    online_rate,
    full_online_rate,
    online_payment_rate,
    payment_procedures_rate,
    payment_enabled_rate,
    satisfaction_rate,
};
inline constexpr std::size_t k_indicator_count = 11;

[[nodiscard]] const std::vector<Indicator>& all_indicators();
[[nodiscard]] std::string_view indicator_id(Indicator indicator);
[[nodiscard]] std::optional<Indicator> indicator_from_id(std::string_view id);
[[nodiscard]] Label indicator_label(Indicator indicator);

// A rate with the counts it comes from. No denominator: not applicable (N/A), never 0% or 100%.
struct Rate {
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;

    // Hundredths of a percent, rounded half up: 9345 is 93.45%.
    [[nodiscard]] std::optional<std::int64_t> basis_points() const;
    [[nodiscard]] std::optional<double> percent() const;
    friend bool operator==(const Rate&, const Rate&) = default;
};

// "93,45%" or "N/A".
[[nodiscard]] std::string format_rate(const Rate& rate);

enum class Grouping : std::uint8_t { ward, unit, procedure, field, month };
[[nodiscard]] std::string_view grouping_code(Grouping grouping);
[[nodiscard]] std::optional<Grouping> grouping_from_code(std::string_view code);

struct IndicatorQuery {
    CivilDate from;
    CivilDate to;
    Grouping grouping = Grouping::ward;
    std::optional<std::uint16_t> unit;       // only this unit's dossiers
    std::optional<std::uint16_t> procedure;  // only this procedure's dossiers
};

// The exact counts behind every indicator of one group.
struct IndicatorCounts {
    std::int64_t handled = 0;
    std::int64_t finished = 0;
    std::int64_t on_time = 0;
    std::int64_t late = 0;
    std::int64_t late_apologised = 0;
    std::int64_t result_required = 0;  // finished, of procedures that issue a result
    std::int64_t electronic_result = 0;
    std::int64_t digitised = 0;
    std::int64_t reused = 0;
    std::int64_t online = 0;
    std::int64_t fully_online_procedure = 0;
    std::int64_t fully_online = 0;
    std::int64_t fee_dossiers = 0;
    std::int64_t fee_paid_online = 0;
    std::int64_t complained = 0;
    std::int64_t fee_procedures = 0;       // with at least one dossier in H
    std::int64_t fee_procedures_paid = 0;  // of those, with one paid online
    std::int64_t catalogue_fee_procedures = 0;
    std::int64_t catalogue_payment_ready = 0;

    [[nodiscard]] Rate rate(Indicator indicator) const;
    // Adds another share of rows' counts (the scan is split over threads).
    void add(const IndicatorCounts& other);
    friend bool operator==(const IndicatorCounts&, const IndicatorCounts&) = default;
};

struct IndicatorGroup {
    std::string key;  // unit code, procedure code, field code, "2025-03", or "" for the ward
    CivilDate from;
    CivilDate to;
    IndicatorCounts counts;
};

// Groups in key order (months in time order); a unit, procedure or field without any dossier
// in H is left out, while the ward and every month of the period are always there.
[[nodiscard]] std::vector<IndicatorGroup> compute_indicators(const DossierData& data,
                                                             const IndicatorQuery& query);

}  // namespace parindex
