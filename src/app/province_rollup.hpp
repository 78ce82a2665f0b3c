#pragma once
// Use case: the province's view of its wards (issue 7). Each ward is summed up as its periodic
// report would: the PAR index now and projected, its tasks by traffic light and official status,
// the dossier indicators of its plan year; then the wards are ranked. A province holds about a
// hundred wards of tens of thousands of dossiers each, so a summary is kept until the ward's data
// changes or the day turns, and a ranking asks each ward only whether it changed.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/clock.hpp"
#include "app/dashboard.hpp"
#include "app/deployment.hpp"
#include "domain/dossier_indicators.hpp"
#include "domain/methodology.hpp"

namespace parindex {

// One dossier indicator of docs/dossiers.md over the ward's plan year to date.
struct IndicatorValue {
    Indicator indicator = Indicator::on_time_rate;
    std::string code;   // indicator_id: "on_time_rate"
    std::string label;  // "Tỷ lệ hồ sơ đúng hạn"
    Rate rate;          // its counts; rate.percent() is nothing when not applicable

    friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

struct WardSummary {
    std::string code;  // the register's code
    // The name the ward is registered under, else its document settings' ward name, else its
    // plan's issuing body (a SQLite ward has no register).
    std::string name;
    std::string reports_to;  // the settings' superior body: "UBND tỉnh Thái Nguyên"
    int plan_year = 0;       // 0: no plan imported yet
    std::optional<double> index_now;
    std::optional<double> index_projected;  // to 31 December
    std::optional<double> index_max;        // the index's scale
    std::optional<double> last_year;        // last year's index, when its results are in
    bool template_methodology = false;      // scored with the shipped template, not the province's
    StatusCounts tasks;
    std::vector<IndicatorValue> indicators;  // every indicator, in dossiers.md order
    std::int64_t dossiers = 0;               // handled this year: the indicators' denominator H
    std::optional<CivilDate> data_as_of;     // the newest one-stop import's latest day
    // Place in the list it came in (by projected index, or by the indicator asked for), 1 the
    // best, ties sharing it; 0 for a ward without a figure to rank.
    int rank = 0;
    std::string error;  // why the ward's data did not load; then it has no figures

    [[nodiscard]] const IndicatorValue* find_indicator(Indicator indicator) const;
    // Its data loaded and it has a plan: it has tasks, a plan year and (usually) an index.
    [[nodiscard]] bool has_plan() const { return error.empty() && plan_year != 0; }
};

// The methodology a ward is scored with (the province's stored one, else the shipped template):
// read by an adapter, as the methodology is YAML.
using MethodologySource = std::function<Result<Methodology>(WorkflowStore&, const Plan&)>;

// What to keep in mind reading a ward's row: why it has no figures (its data failed to load, or
// it has no plan), or that its index comes from the template methodology; empty otherwise.
[[nodiscard]] std::string ward_note(const WardSummary& ward);

// The superior body most wards name in their settings (the province's people's committee); empty
// when none does.
[[nodiscard]] std::string province_name_of(const std::vector<WardSummary>& wards);

class ProvinceRollup {
  public:
    ProvinceRollup(Deployment& deployment, const Clock& clock, MethodologySource methodology);
    ~ProvinceRollup();
    ProvinceRollup(const ProvinceRollup&) = delete;
    ProvinceRollup& operator=(const ProvinceRollup&) = delete;

    // Every ward, ranked by projected index (best first), then the wards without an index (no
    // plan), then those whose data failed to load (with `error`).
    [[nodiscard]] Result<std::vector<WardSummary>> ranking();
    // Ranked by one indicator (its id), highest first, wards where it is not applicable after:
    // every indicator of docs/dossiers.md counts what is wanted, so higher is always better. An
    // unknown id is invalid_input.
    [[nodiscard]] Result<std::vector<WardSummary>> ranking_by(std::string_view indicator_code);
    // One ward, its rank by projected index among all; not_found for a code not registered.
    [[nodiscard]] Result<WardSummary> ward(const std::string& code);

    // The day the summaries are as of.
    [[nodiscard]] CivilDate today() const { return m_clock.today(); }

  private:
    struct Slot;

    // Every registered ward's summary, fresh or cached, unranked.
    Result<std::vector<WardSummary>> summaries();
    // The ward's slot, made on first use; under m_mutex.
    Slot& slot_of(const std::string& code);
    // The slot's summary: the cached one while the ward's data and the day are the same.
    WardSummary summary_of(Slot& slot, const WardEntry& ward);

    Deployment& m_deployment;
    const Clock& m_clock;
    MethodologySource m_methodology;
    // Guards the deployment and the map; each slot has its own lock, so that two requests
    // summarise two wards at once and a cached ward is not held up by another's computation.
    mutable std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<Slot>, std::less<>> m_slots;
};

}  // namespace parindex
