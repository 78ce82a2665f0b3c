#include "store/sql/dossier_columns.hpp"

namespace parindex {

namespace {

constexpr int k_year_factor = 10000;
constexpr int k_month_factor = 100;

std::optional<std::int64_t> stored_day(const std::optional<CivilDate>& date) {
    return date ? std::optional(to_stored_day(*date)) : std::nullopt;
}

std::int64_t flag(bool value) {
    return value ? 1 : 0;
}

}  // namespace

std::int64_t to_stored_day(const CivilDate& date) {
    return std::int64_t{date.year()} * k_year_factor + std::int64_t{date.month()} * k_month_factor +
           date.day();
}

std::optional<CivilDate> from_stored_day(std::int64_t value) {
    return CivilDate::create(static_cast<int>(value / k_year_factor),
                             static_cast<int>(value / k_month_factor % k_month_factor),
                             static_cast<int>(value % k_month_factor));
}

DossierColumnValues dossier_column_values(const DossierRecord& d, std::int64_t unit_id,
                                          std::int64_t procedure_id, bool due_derived) {
    return DossierColumnValues{
        d.code,
        {unit_id, procedure_id, static_cast<std::int64_t>(d.channel),
         static_cast<std::int64_t>(d.status), to_stored_day(d.received), stored_day(d.due),
         flag(due_derived), stored_day(d.ended), stored_day(d.returned), stored_day(d.apologised),
         d.supplement_requests, d.paused_days, static_cast<std::int64_t>(d.paid_online),
         flag(d.digitised), flag(d.reused), flag(d.electronic_result), flag(d.complained)}};
}

}  // namespace parindex
