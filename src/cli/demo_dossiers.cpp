#include "cli/demo_dossiers.hpp"

#include <array>

#include "app/dossier_generator.hpp"
#include "app/dossier_import.hpp"
#include "importers/shipped_calendar.hpp"

namespace parindex {

namespace {

constexpr std::uint64_t k_seed = 2025;
constexpr std::size_t k_count = 30000;

struct UnitMapping {
    std::string_view code;
    std::string_view plan_unit_key;
};

constexpr std::array k_unit_mapping = {
    UnitMapping{"TTPVHCC", "trung tam phuc vu hanh chinh cong"},
    UnitMapping{"VP-HDND-UBND", "van phong hdnd va ubnd"},
    UnitMapping{"P-VHXH", "phong van hoa xa hoi"},
    UnitMapping{"P-KT", "phong kinh te ha tang va do thi"},
};

// A dossier as the one-stop system shows it on `today`: what had not happened yet is removed.
std::optional<DossierRecord> as_of(DossierRecord dossier, const CivilDate& today) {
    if (today < dossier.received) {
        return std::nullopt;
    }
    if (dossier.ended && today < *dossier.ended) {
        dossier.status = DossierStatus::processing;
        dossier.ended.reset();
        dossier.returned.reset();
        dossier.electronic_result = false;
    }
    if (dossier.returned && today < *dossier.returned) {
        dossier.returned.reset();
    }
    if (dossier.apologised && today < *dossier.apologised) {
        dossier.apologised.reset();
    }
    return dossier;
}

}  // namespace

Result<bool> seed_demo_dossiers(WorkflowStore& store, const Clock& clock) {
    std::int64_t stored = 0;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(count, store.dossiers().count_dossiers());
        stored = count;
        return {};
    }));
    if (stored > 0) {
        return false;
    }
    PARINDEX_TRY(ensure_default_calendar(store));
    std::vector<CalendarDay> days;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(listed, store.dossiers().list_calendar_days());
        days = std::move(listed);
        return {};
    }));
    const GeneratedWard ward = generate_ward(k_seed);
    const ImportRequest request{"demo", true, "demo"};
    PARINDEX_TRY(import_procedures(store, clock, request, from_list(ward.procedures)));
    const CivilDate today = clock.today();
    std::vector<DossierRecord> dossiers;
    generate_dossiers(GeneratorOptions{k_count, k_seed, today.year()}, ward, WorkingCalendar(days),
                      [&](const DossierRecord& dossier) {
                          if (auto seen = as_of(dossier, today)) {
                              dossiers.push_back(std::move(*seen));
                          }
                      });
    PARINDEX_TRY(import_dossiers(store, clock, request, from_list(dossiers)));
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        for (const UnitMapping& unit : k_unit_mapping) {
            PARINDEX_TRY(store.dossiers().map_dossier_unit(
                DossierUnit{std::string(unit.code), std::string(unit.plan_unit_key)}));
        }
        return {};
    }));
    return true;
}

}  // namespace parindex
