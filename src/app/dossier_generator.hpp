#pragma once
// Realistic synthetic dossiers for tests and benchmarks (`parindex gen dossiers`): a catalogue
// with a mix of procedures (civil status, land, construction, business, certification, ...),
// units of a ward, the three channels, supplements, late tails, apology letters, holidays.
// The same seed gives the same data on every machine: only std::mt19937_64's raw output is
// used, never the standard distributions, whose results differ between libraries.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/dossier.hpp"
#include "domain/working_calendar.hpp"

namespace parindex {

struct GeneratedWard {
    std::vector<Procedure> procedures;    // the catalogue, every procedure in_catalogue
    std::vector<std::string> unit_codes;  // DonViXuLy codes used by the dossiers
};

[[nodiscard]] GeneratedWard generate_ward(std::uint64_t seed);

struct GeneratorOptions {
    std::size_t count = 0;
    std::uint64_t seed = 1;
    int year = 2025;  // dossiers are received through this year (a few in December stay open)
};

// Emits `options.count` dossiers with unique codes, in order of receipt. Due dates are derived
// from the procedure's time limit with `calendar`; about one in ten leaves NgayHenTra empty so
// that importers derive it too.
void generate_dossiers(const GeneratorOptions& options, const GeneratedWard& ward,
                       const WorkingCalendar& calendar,
                       const std::function<void(const DossierRecord&)>& emit);

}  // namespace parindex
