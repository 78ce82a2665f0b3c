// Province benchmark (issue 7): a province of N wards of M dossiers a year in one PostgreSQL
// database (see bench/README.md). It measures the dossier import of every ward (COPY through the
// real import use case), the province ranking (cold, warm, after one ward changes) and one ward's
// indicators as `parindex kpi` computes them, then the same on a SQLite file holding one of those
// wards. It prints figures and checks nothing: exit status 0, or 2 when it cannot run.
//
// Usage: province_bench [--wards N] [--dossiers M] [--seed S] POSTGRES_URL SQLITE_PATH
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app/dossier_cache.hpp"
#include "app/dossier_generator.hpp"
#include "app/dossier_import.hpp"
#include "app/dossier_reports.hpp"
#include "app/import_plan.hpp"
#include "app/load_plan.hpp"
#include "app/province_rollup.hpp"
#include "bench_support.hpp"
#include "cli/province_commands.hpp"
#include "importers/plan_file_reader.hpp"
#include "importers/shipped_calendar.hpp"
#include "store/open_store.hpp"
#include "store/postgresql/pg_connection.hpp"

namespace parindex {
namespace {

namespace fs = std::filesystem;
using bench::ms_since;
using bench::SteadyClock;

constexpr std::size_t k_default_wards = 92;
constexpr std::size_t k_default_dossiers = 25'000;
constexpr std::uint64_t k_default_seed = 1;
constexpr int k_year = 2025;
constexpr int k_warm_rankings = 20;
constexpr int k_changes = 5;                    // rounds of "one ward changes, then rank"
constexpr std::size_t k_change_dossiers = 500;  // dossiers re-imported into that ward
constexpr int k_cold_opens = 5;                 // fresh opens for one ward's indicators
constexpr std::uint64_t k_change_salt = 7919;   // the changed dossiers' seed, apart from the year's

// The end of the plan year: the generator's data are a snapshot taken then.
class FixedClock : public Clock {
  public:
    [[nodiscard]] CivilDate today() const override { return *CivilDate::create(k_year, 12, 31); }
    [[nodiscard]] std::string now() const override { return "2025-12-31T10:00:00Z"; }
    [[nodiscard]] std::string later(long /*seconds*/) const override {
        return "2026-01-01T10:00:00Z";
    }
};

// The generator's units mapped to the plan's, as the demo does (cli/demo_dossiers.cpp), so that
// the scorecard sees the dossiers of the units its tasks name.
struct UnitMapping {
    const char* code;
    const char* plan_unit_key;
};
constexpr UnitMapping k_unit_mapping[] = {
    {"TTPVHCC", "trung tam phuc vu hanh chinh cong"},
    {"VP-HDND-UBND", "van phong hdnd va ubnd"},
    {"P-VHXH", "phong van hoa xa hoi"},
    {"P-KT", "phong kinh te ha tang va do thi"},
};

[[noreturn]] void die(const std::string& message) {
    std::cerr << "province_bench: " << message << '\n';
    std::exit(2);
}

template <class T>
T check(Result<T> result, const std::string& what) {
    if (!result) {
        die(what + ": " + describe(result.error()));
    }
    return std::move(*result);
}

void check(const Result<void>& result, const std::string& what) {
    if (!result) {
        die(what + ": " + describe(result.error()));
    }
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        die("cannot read " + path.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Milliseconds: the median (mean of the middle two for an even count) and the nearest-rank p95.
struct Spread {
    double median = 0;
    double p95 = 0;
    double max = 0;
    double total = 0;
};

Spread spread_of(std::vector<double> ms) {
    if (ms.empty()) {
        return {};
    }
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    Spread out;
    out.median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n)));
    out.p95 = ms[std::max<std::size_t>(rank, 1) - 1];
    out.max = ms.back();
    for (const double value : ms) {
        out.total += value;
    }
    return out;
}

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

// The figures, in the order measured: a table for people, then `name value unit` lines.
struct Figure {
    std::string label;  // empty: `name` is a section heading
    std::string name;
    double value = 0;
    std::string unit;
    int decimals = 0;
};

class Figures {
  public:
    void section(const std::string& title) { m_rows.push_back({{}, title, 0, {}, 0}); }
    void add(const std::string& label, const std::string& name, double value,
             const std::string& unit, int decimals) {
        m_rows.push_back({label, name, value, unit, decimals});
    }

    void print(std::ostream& out) const {
        for (const Figure& figure : m_rows) {
            if (figure.label.empty()) {
                out << '\n' << figure.name << '\n';
                continue;
            }
            out << "  " << std::left << std::setw(58) << figure.label << std::right << std::setw(14)
                << fixed(figure.value, figure.decimals) << ' ' << figure.unit << '\n';
        }
        out << "\nFigures (name value unit)\n";
        for (const Figure& figure : m_rows) {
            if (!figure.label.empty()) {
                out << figure.name << ' ' << fixed(figure.value, figure.decimals) << ' '
                    << figure.unit << '\n';
            }
        }
    }

  private:
    std::vector<Figure> m_rows;
};

struct Options {
    std::size_t wards = k_default_wards;
    std::size_t dossiers = k_default_dossiers;
    std::uint64_t seed = k_default_seed;
    std::string postgres;
    std::string sqlite;
};

[[noreturn]] void usage() {
    die("usage: province_bench [--wards N] [--dossiers M] [--seed S] POSTGRES_URL SQLITE_PATH");
}

std::uint64_t positive(const std::string& text, const char* option) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos ||
        std::stoull(text) == 0) {
        die(std::string(option) + " must be a positive number: " + text);
    }
    return std::stoull(text);
}

Options parse(int argc, char** argv) {
    Options options;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
            }
            return argv[++i];
        };
        if (arg == "--wards") {
            options.wards = positive(value(), "--wards");
        } else if (arg == "--dossiers") {
            options.dossiers = positive(value(), "--dossiers");
        } else if (arg == "--seed") {
            options.seed = positive(value(), "--seed");
        } else if (arg.starts_with("--")) {
            usage();
        } else {
            positional.push_back(arg);
        }
    }
    if (positional.size() != 2 || !is_postgresql_url(positional[0]) ||
        is_postgresql_url(positional[1])) {
        usage();
    }
    options.postgres = positional[0];
    options.sqlite = positional[1];
    return options;
}

// "w001" … "w092"; wider codes past 999 wards.
std::string ward_code(std::size_t number, std::size_t wards) {
    const int width = std::max(3, static_cast<int>(std::to_string(wards).size()));
    std::ostringstream code;
    code << 'w' << std::setw(width) << std::setfill('0') << number;
    return code.str();
}

// What every ward shares: the plan, the catalogue, the calendar the generator counts with.
struct Province {
    PlanReading plan;
    GeneratedWard catalogue;
    std::vector<CalendarDay> calendar;
    std::uint64_t seed = 1;
    std::size_t dossiers = 0;
};

// Ward `number`'s dossiers of the year: the same for a number on every run and engine.
std::vector<DossierRecord> ward_dossiers(const Province& province, std::size_t number,
                                         std::size_t count, std::uint64_t salt = 0) {
    std::vector<DossierRecord> dossiers;
    dossiers.reserve(count);
    generate_dossiers(GeneratorOptions{count, province.seed * 1'000'003 + number + salt, k_year},
                      province.catalogue, WorkingCalendar(province.calendar),
                      [&](const DossierRecord& dossier) { dossiers.push_back(dossier); });
    return dossiers;
}

// What a ward has before its dossiers: the shipped calendar, the plan and the catalogue, each
// through its use case.
void prepare_ward(WorkflowStore& store, const Province& province, const Clock& clock) {
    check(ensure_default_calendar(store), "store the calendar");
    check(import_plan(store, province.plan.draft, province.plan.warnings), "import the plan");
    const ImportRequest request{"catalogue", true, "bench"};
    check(import_procedures(store, clock, request, from_list(province.catalogue.procedures)),
          "import the catalogue");
}

// Maps the one-stop system's units, which the first import registered, to the plan's.
void map_units(WorkflowStore& store) {
    check(store.transaction([&]() -> Result<void> {
        for (const UnitMapping& unit : k_unit_mapping) {
            PARINDEX_TRY(store.dossiers().map_dossier_unit(
                DossierUnit{std::string(unit.code), std::string(unit.plan_unit_key)}));
        }
        return {};
    }),
          "map the units");
}

// Imports the dossiers in one transaction, as `parindex dossiers import` does; milliseconds.
double import_timed(WorkflowStore& store, const Clock& clock,
                    const std::vector<DossierRecord>& dossiers, ImportSummary* summary = nullptr) {
    const auto start = SteadyClock::now();
    ImportSummary imported =
        check(import_dossiers(store, clock, ImportRequest{"dossiers.csv", false, "bench"},
                              from_list(dossiers)),
              "import the dossiers");
    const double ms = ms_since(start);
    if (!imported.rejected.empty()) {
        die(std::to_string(imported.rejected.size()) +
            " dossiers rejected, the first: " + imported.rejected.front().message);
    }
    if (summary != nullptr) {
        *summary = std::move(imported);
    }
    return ms;
}

// One ward's indicators as `parindex kpi` computes them, from a fresh open of the database:
// the store, the dossier snapshot, the plan (for the units' names), then the year-to-date rows
// for the whole ward. Each part in milliseconds.
struct KpiTiming {
    double open = 0;
    double load = 0;
    double plan = 0;
    double compute = 0;
    double total = 0;
    std::int64_t handled = 0;
};

KpiTiming ward_indicators(const std::string& location, const std::string& ward,
                          const Clock& clock) {
    KpiTiming timing;
    const auto start = SteadyClock::now();
    auto store = check(open_store(location, ward), "open the ward");
    timing.open = ms_since(start);
    auto step = SteadyClock::now();
    const auto snapshot = check(load_dossier_snapshot(*store), "load the dossiers");
    timing.load = ms_since(step);
    step = SteadyClock::now();
    const auto plan = load_plan(*store, std::nullopt);
    timing.plan = ms_since(step);
    step = SteadyClock::now();
    const auto unit_name = [&](std::string_view key) -> std::string {
        if (plan) {
            for (const Unit& unit : plan->units) {
                if (unit.key == key) {
                    return unit.name;
                }
            }
        }
        return std::string(key);
    };
    const auto rows = check(
        indicator_rows(*snapshot,
                       IndicatorRequest{
                           *CivilDate::create(k_year, 1, 1), clock.today(), Grouping::ward, {}, {}},
                       unit_name),
        "compute the indicators");
    timing.compute = ms_since(step);
    timing.total = ms_since(start);
    for (const IndicatorRow& row : rows) {
        timing.handled = std::max(timing.handled, row.rate.denominator);
    }
    return timing;
}

void add_kpi_figures(Figures& figures, const std::string& engine, const std::string& prefix,
                     const std::vector<KpiTiming>& runs) {
    const auto median = [&](double KpiTiming::*part) {
        std::vector<double> ms;
        for (const KpiTiming& run : runs) {
            ms.push_back(run.*part);
        }
        return spread_of(ms);
    };
    const Spread total = median(&KpiTiming::total);
    figures.add(engine + ": cold, median of " + std::to_string(runs.size()) + " fresh opens",
                prefix + "_cold_median", total.median, "ms", 1);
    figures.add("  max", prefix + "_cold_max", total.max, "ms", 1);
    figures.add("  open the store (median)", prefix + "_open_median",
                median(&KpiTiming::open).median, "ms", 1);
    figures.add("  load the dossier snapshot (median)", prefix + "_load_median",
                median(&KpiTiming::load).median, "ms", 1);
    figures.add("  load the plan (median)", prefix + "_plan_median",
                median(&KpiTiming::plan).median, "ms", 1);
    figures.add("  compute the year-to-date indicators (median)", prefix + "_compute_median",
                median(&KpiTiming::compute).median, "ms", 2);
}

// Checks that every ward has figures: a ranking of errors would be fast and mean nothing.
std::size_t ranked_wards(const std::vector<WardSummary>& wards, std::size_t expected) {
    if (wards.size() != expected) {
        die("the ranking lists " + std::to_string(wards.size()) + " wards, not " +
            std::to_string(expected));
    }
    std::size_t ranked = 0;
    for (const WardSummary& ward : wards) {
        if (!ward.error.empty()) {
            die("ward " + ward.code + " failed to load: " + ward.error);
        }
        ranked += ward.rank > 0 ? 1 : 0;
    }
    return ranked;
}

double mib(std::int64_t bytes) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

std::int64_t file_bytes(const std::string& path) {
    std::int64_t total = 0;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code error;
        const auto size = fs::file_size(path + suffix, error);
        if (!error) {
            total += static_cast<std::int64_t>(size);
        }
    }
    return total;
}

std::int64_t pg_database_bytes(const std::string& url) {
    auto connection = check(PgConnection::open(url, {}), "connect for the database size");
    auto statement = check(connection->prepare("SELECT pg_database_size(current_database())"),
                           "ask the database size");
    if (!check(statement.step(), "read the database size")) {
        die("no database size");
    }
    return statement.integer(0);
}

int run(int argc, char** argv) {
    const Options options = parse(argc, argv);
    const FixedClock clock;
    Figures figures;
    const double rows_per_ward = static_cast<double>(options.dossiers);

    std::cout << "parindex province benchmark: " << options.wards << " wards x " << options.dossiers
              << " dossiers of " << k_year << ", seed " << options.seed << ", today "
              << clock.today().to_iso() << '\n'
              << "  PostgreSQL: " << options.postgres << "\n  SQLite:     " << options.sqlite
              << '\n';

    Province province;
    province.seed = options.seed;
    province.dossiers = options.dossiers;
    province.plan =
        check(read_plan_file(read_text(PARINDEX_DEMO_PLAN), "ke-hoach-par-index-2025.txt"),
              "read the plan");
    province.catalogue = generate_ward(options.seed);

    // (a) The wards and their dossiers on PostgreSQL.
    auto deployment = check(open_deployment(options.postgres), "open the PostgreSQL database");
    if (!check(deployment->list_wards(), "list the wards").empty()) {
        die("the database already has wards: give the benchmark an empty database");
    }
    std::vector<double> setup_ms;
    std::vector<double> import_ms;
    std::int64_t imported_rows = 0;
    const auto load_start = SteadyClock::now();
    for (std::size_t number = 1; number <= options.wards; ++number) {
        const std::string code = ward_code(number, options.wards);
        auto step = SteadyClock::now();
        check(deployment->add_ward(WardEntry{code, "Phường " + code}), "add ward " + code);
        auto store = check(deployment->open_ward(code), "open ward " + code);
        prepare_ward(*store, province, clock);
        setup_ms.push_back(ms_since(step));
        if (province.calendar.empty()) {
            check(store->transaction([&]() -> Result<void> {
                PARINDEX_TRY_ASSIGN(days, store->dossiers().list_calendar_days());
                province.calendar = std::move(days);
                return {};
            }),
                  "read the calendar");
        }
        const std::vector<DossierRecord> dossiers =
            ward_dossiers(province, number, options.dossiers);
        ImportSummary summary;
        import_ms.push_back(import_timed(*store, clock, dossiers, &summary));
        imported_rows += summary.inserted;
        map_units(*store);
        if (number % 10 == 0 || number == options.wards) {
            std::cerr << "  " << number << '/' << options.wards << " wards imported, "
                      << fixed(ms_since(load_start) / 1000.0, 0) << " s\n";
        }
    }
    const double load_s = ms_since(load_start) / 1000.0;
    const Spread setup = spread_of(setup_ms);
    const Spread import = spread_of(import_ms);
    figures.section("PostgreSQL: " + std::to_string(options.wards) +
                    " wards, import (COPY, one "
                    "transaction per ward)");
    figures.add("dossiers imported", "pg_import_rows", static_cast<double>(imported_rows), "rows",
                0);
    figures.add("dossier import, all wards (sum of the imports)", "pg_import_total",
                import.total / 1000.0, "s", 2);
    figures.add("  rows/s", "pg_import_rows_per_s",
                static_cast<double>(imported_rows) / (import.total / 1000.0), "rows/s", 0);
    figures.add("dossier import per ward, median", "pg_import_ward_median", import.median, "ms", 1);
    figures.add("  p95", "pg_import_ward_p95", import.p95, "ms", 1);
    figures.add("  max", "pg_import_ward_max", import.max, "ms", 1);
    figures.add("  rows/s at the median", "pg_import_ward_rows_per_s",
                rows_per_ward / (import.median / 1000.0), "rows/s", 0);
    figures.add("ward setup (register, migrate, plan, catalogue), median", "pg_setup_ward_median",
                setup.median, "ms", 1);
    figures.add("  all wards", "pg_setup_total", setup.total / 1000.0, "s", 2);
    figures.add("wall time of the whole load (with generating the data)", "pg_load_wall", load_s,
                "s", 1);

    // (b) The province ranking.
    figures.section("PostgreSQL: province ranking of " + std::to_string(options.wards) +
                    " wards (ProvinceRollup::ranking)");
    {
        ProvinceRollup rollup(*deployment, clock, stored_methodology_source());
        auto start = SteadyClock::now();
        const auto cold = check(rollup.ranking(), "rank the wards");
        const double cold_ms = ms_since(start);
        const std::size_t ranked = ranked_wards(cold, options.wards);
        std::vector<double> warm_ms;
        for (int i = 0; i < k_warm_rankings; ++i) {
            start = SteadyClock::now();
            ranked_wards(check(rollup.ranking(), "rank the wards"), options.wards);
            warm_ms.push_back(ms_since(start));
        }
        const Spread warm = spread_of(warm_ms);
        // One ward changes through another connection, as an import on the server or the
        // command line does; the next ranking recomputes that ward only.
        std::vector<double> reimport_ms;
        std::vector<double> changed_ms;
        std::int64_t reinserted = 0;
        std::int64_t reupdated = 0;
        for (int round = 0; round < k_changes; ++round) {
            const std::size_t number = static_cast<std::size_t>(round) % options.wards + 1;
            const std::vector<DossierRecord> dossiers = ward_dossiers(
                province, number, std::min(k_change_dossiers, options.dossiers), k_change_salt);
            {
                auto store = check(deployment->open_ward(ward_code(number, options.wards)),
                                   "open the changed ward");
                ImportSummary summary;
                reimport_ms.push_back(import_timed(*store, clock, dossiers, &summary));
                reinserted = summary.inserted;
                reupdated = summary.updated;
            }
            start = SteadyClock::now();
            ranked_wards(check(rollup.ranking(), "rank the wards"), options.wards);
            changed_ms.push_back(ms_since(start));
        }
        const Spread changed = spread_of(changed_ms);
        figures.add("wards ranked (by projected index)", "ranking_wards_ranked",
                    static_cast<double>(ranked), "wards", 0);
        figures.add("cold: first ranking() on a fresh ProvinceRollup", "ranking_cold", cold_ms,
                    "ms", 1);
        figures.add("warm: median of " + std::to_string(k_warm_rankings) + " calls",
                    "ranking_warm_median", warm.median, "ms", 2);
        figures.add("  p95", "ranking_warm_p95", warm.p95, "ms", 2);
        figures.add("after one ward changes: median of " + std::to_string(k_changes) + " rounds",
                    "ranking_changed_median", changed.median, "ms", 1);
        figures.add("  max", "ranking_changed_max", changed.max, "ms", 1);
        figures.add("  the change: new dossiers imported into one ward", "change_inserted",
                    static_cast<double>(reinserted), "rows", 0);
        figures.add("    and dossiers updated", "change_updated", static_cast<double>(reupdated),
                    "rows", 0);
        figures.add("  its import, median", "change_import_median", spread_of(reimport_ms).median,
                    "ms", 1);
    }

    // (c) One ward's indicators, from a fresh open each time, as `parindex kpi` does.
    const std::string measured_ward = ward_code(1, options.wards);
    std::vector<KpiTiming> pg_runs;
    for (int i = 0; i < k_cold_opens; ++i) {
        pg_runs.push_back(ward_indicators(options.postgres, measured_ward, clock));
    }
    figures.section("One ward's indicators (" + measured_ward +
                    ", year to date, by ward, as `parindex kpi`)");
    add_kpi_figures(figures, "PostgreSQL", "kpi_pg", pg_runs);

    // (d) The same ward in a SQLite file: its import, indicators and ranking.
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(options.sqlite + suffix);
    }
    double sqlite_import_ms = 0;
    std::int64_t sqlite_rows = 0;
    {
        auto store = check(open_store(options.sqlite), "open the SQLite file");
        prepare_ward(*store, province, clock);
        ImportSummary summary;
        const std::vector<DossierRecord> dossiers = ward_dossiers(province, 1, options.dossiers);
        sqlite_import_ms = import_timed(*store, clock, dossiers, &summary);
        sqlite_rows = summary.inserted;
        map_units(*store);
        // The same change as the first round on PostgreSQL, so both hold the same ward.
        const std::vector<DossierRecord> change = ward_dossiers(
            province, 1, std::min(k_change_dossiers, options.dossiers), k_change_salt);
        import_timed(*store, clock, change);
    }
    std::vector<KpiTiming> sqlite_runs;
    for (int i = 0; i < k_cold_opens; ++i) {
        sqlite_runs.push_back(ward_indicators(options.sqlite, {}, clock));
    }
    if (sqlite_runs.front().handled != pg_runs.front().handled) {
        die("the SQLite ward handled " + std::to_string(sqlite_runs.front().handled) +
            " dossiers and the PostgreSQL one " + std::to_string(pg_runs.front().handled));
    }
    add_kpi_figures(figures, "SQLite", "kpi_sqlite", sqlite_runs);
    figures.add("dossiers handled in the year (both engines)", "kpi_handled",
                static_cast<double>(pg_runs.front().handled), "dossiers", 0);

    figures.section("SQLite: the same ward alone in a file");
    figures.add("dossier import, one ward", "sqlite_import_ward", sqlite_import_ms, "ms", 1);
    figures.add("  rows/s", "sqlite_import_ward_rows_per_s",
                static_cast<double>(sqlite_rows) / (sqlite_import_ms / 1000.0), "rows/s", 0);
    {
        auto sqlite_deployment =
            check(open_deployment(options.sqlite), "open the SQLite deployment");
        ProvinceRollup rollup(*sqlite_deployment, clock, stored_methodology_source());
        auto start = SteadyClock::now();
        ranked_wards(check(rollup.ranking(), "rank the SQLite ward"), 1);
        const double cold_ms = ms_since(start);
        std::vector<double> warm_ms;
        for (int i = 0; i < k_warm_rankings; ++i) {
            start = SteadyClock::now();
            ranked_wards(check(rollup.ranking(), "rank the SQLite ward"), 1);
            warm_ms.push_back(ms_since(start));
        }
        const Spread warm = spread_of(warm_ms);
        figures.add("ranking of its one ward: cold", "sqlite_ranking_cold", cold_ms, "ms", 1);
        figures.add("  warm, median of " + std::to_string(k_warm_rankings),
                    "sqlite_ranking_warm_median", warm.median, "ms", 2);
        figures.add("  p95", "sqlite_ranking_warm_p95", warm.p95, "ms", 2);
    }

    // (e) Memory and sizes.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    figures.section("Memory and sizes");
    figures.add("peak RSS of the benchmark (getrusage)", "peak_rss",
                static_cast<double>(usage.ru_maxrss) / 1024.0, "MiB", 1);
    const std::int64_t pg_bytes = pg_database_bytes(options.postgres);
    figures.add("PostgreSQL database (pg_database_size)", "pg_database_size", mib(pg_bytes), "MiB",
                1);
    figures.add("  per ward", "pg_database_size_per_ward",
                mib(pg_bytes) / static_cast<double>(options.wards), "MiB", 2);
    figures.add("SQLite file of one ward (with -wal, -shm)", "sqlite_file_size",
                mib(file_bytes(options.sqlite)), "MiB", 2);

    figures.print(std::cout);
    return 0;
}

}  // namespace
}  // namespace parindex

int main(int argc, char** argv) {
    return parindex::bench::run_main("province_bench", argc, argv, parindex::run);
}
