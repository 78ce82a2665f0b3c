#pragma once
// How a dossier is laid out in the `dossiers` table, shared by the engines' bulk writers: the
// column list, the stored form of days (yyyymmdd integers, which sort and compare as dates) and
// one record turned into its column values.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/dossier.hpp"

namespace parindex {

inline constexpr std::string_view k_dossier_column_list =
    "code, unit_id, procedure_id, channel, status, received, due, due_derived, ended, returned, "
    "apologised, supplement_requests, paused_days, paid_online, digitised, reused, "
    "electronic_result, complained";
// The columns after `code`, all integers or NULL.
inline constexpr std::size_t k_dossier_number_columns = 17;

[[nodiscard]] std::int64_t to_stored_day(const CivilDate& date);
[[nodiscard]] std::optional<CivilDate> from_stored_day(std::int64_t value);

// One row of `dossiers`, in the order of k_dossier_column_list.
struct DossierColumnValues {
    std::string_view code;  // points into the record it was made from
    std::array<std::optional<std::int64_t>, k_dossier_number_columns> numbers;
};

[[nodiscard]] DossierColumnValues dossier_column_values(const DossierRecord& dossier,
                                                        std::int64_t unit_id,
                                                        std::int64_t procedure_id,
                                                        bool due_derived);

}  // namespace parindex
