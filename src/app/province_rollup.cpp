#include "app/province_rollup.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "app/document_admin.hpp"
#include "app/dossier_reports.hpp"
#include "app/overview.hpp"
#include "app/scorecard.hpp"
#include "core/text.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_max_threads = 4;

// The index is 100 × points / applicable maximum whatever the methodology's total (score_tree).
constexpr double k_index_scale = 100;

// The register's name; the code when it has none (a SQLite file's only ward).
std::string registered_name(const WardEntry& ward) {
    return ward.name.empty() ? ward.code : ward.name;
}

// The name the province registered the ward under comes first (a ward may have imported a plan
// or settings copied from its neighbour); a ward's own file, with no register, names itself.
std::string ward_name(const DocumentSettings& settings, const PlanInfo& info,
                      const WardEntry& ward) {
    if (!ward.name.empty()) {
        return ward.name;
    }
    if (!settings.ward_name.empty()) {
        return capitalize_first(settings.ward_name);  // "phường Bắc Kạn" as a list's entry
    }
    return info.issuing_body.empty() ? ward.code : info.issuing_body;
}

// What the plan gives: the name, the tasks and the index, scored as `parindex score` scores.
Result<void> add_plan_figures(WardSummary& summary, const WardEntry& ward, WorkflowStore& store,
                              const Overview& overview, const DossierSnapshot* dossiers,
                              const MethodologySource& methodology) {
    const Plan& plan = overview.plan_view.plan;
    summary.plan_year = plan.info.year;
    PARINDEX_TRY_ASSIGN(current, current_document_settings(store, plan.info));
    summary.name = ward_name(current.settings, plan.info, ward);
    summary.reports_to = current.settings.superior_body;
    summary.tasks = build_dashboard(overview).totals;
    PARINDEX_TRY_ASSIGN(scoring, methodology(store, plan));
    summary.template_methodology = scoring.is_template;
    PARINDEX_TRY_ASSIGN(card, build_scorecard(store, overview, dossiers, std::move(scoring)));
    const ScoreTotals& totals = card->tree.totals;
    summary.index_now = totals.index_now;
    summary.index_projected = totals.index_projected;
    summary.index_max = k_index_scale;
    summary.last_year = totals.last_year;
    return {};
}

// Every indicator, N/A ones too, so that all wards have the same columns.
void add_indicators(WardSummary& summary, const DossierSnapshot* dossiers, int year,
                    const CivilDate& today) {
    const std::optional<IndicatorGroup> group = year_to_date_indicators(dossiers, year, today);
    const IndicatorCounts counts = group ? group->counts : IndicatorCounts{};
    summary.dossiers = counts.handled;
    for (const Indicator indicator : all_indicators()) {
        summary.indicators.push_back(IndicatorValue{
            indicator, std::string(indicator_id(indicator)),
            std::string(label_text(indicator_label(indicator))), counts.rate(indicator)});
    }
}

// How wards compare on one figure: higher is better; none means not ranked.
using Figure = std::function<std::optional<std::int64_t>(const WardSummary&)>;

// Sorts the wards best first, those without the figure after them and the failed ones last (each
// part by code), and numbers the ranks: equal figures share a rank, the next one skips (1, 2, 2,
// 4), as a league table does.
void rank_by(std::vector<WardSummary>& wards, const Figure& figure) {
    struct Keyed {
        int tier = 0;  // 0 ranked, 1 no figure, 2 failed
        std::int64_t value = 0;
        WardSummary* ward = nullptr;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(wards.size());
    for (WardSummary& ward : wards) {
        const std::optional<std::int64_t> value = ward.error.empty() ? figure(ward) : std::nullopt;
        keyed.push_back(Keyed{!ward.error.empty() ? 2 : value ? 0 : 1, value.value_or(0), &ward});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& left, const Keyed& right) {
        if (left.tier != right.tier) {
            return left.tier < right.tier;
        }
        if (left.value != right.value) {
            return left.value > right.value;
        }
        return left.ward->code < right.ward->code;
    });
    std::vector<WardSummary> sorted;
    sorted.reserve(wards.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        WardSummary& ward = sorted.emplace_back(std::move(*keyed[i].ward));
        const bool tied = i > 0 && keyed[i - 1].tier == 0 && keyed[i - 1].value == keyed[i].value;
        ward.rank = keyed[i].tier != 0 ? 0 : tied ? sorted[i - 1].rank : static_cast<int>(i + 1);
    }
    wards = std::move(sorted);
}

// The projected index in hundredths: the scorecard rounds points to hundredths, and two wards a
// person sees with the same index must share the rank.
std::optional<std::int64_t> projected_index(const WardSummary& ward) {
    if (!ward.index_projected) {
        return std::nullopt;
    }
    constexpr double k_hundredths = 100;
    return std::llround(*ward.index_projected * k_hundredths);
}

// What a ward's summary is computed from: the figures its periodic report would give.
Result<WardSummary> summarise_ward(WorkflowStore& store, const Clock& clock,
                                   const MethodologySource& methodology, const WardEntry& ward) {
    WardSummary summary;
    summary.code = ward.code;
    summary.name = registered_name(ward);
    const CivilDate today = clock.today();
    PARINDEX_TRY_ASSIGN(dossiers, load_dossier_snapshot(store));
    if (dossiers->latest_import) {
        summary.data_as_of = dossiers->latest_import->latest_day;
    }
    auto overview = load_overview(store, clock, dossiers.get());
    if (!overview && overview.error().code != ErrorCode::not_found) {
        return tl::unexpected(overview.error());
    }
    int year = today.year();  // without a plan, the dossiers of the calendar year
    if (overview) {
        PARINDEX_TRY(
            add_plan_figures(summary, ward, store, **overview, dossiers.get(), methodology));
        year = summary.plan_year;
    }
    add_indicators(summary, dossiers.get(), year, today);
    return summary;
}

}  // namespace

const IndicatorValue* WardSummary::find_indicator(Indicator indicator) const {
    const auto found =
        std::find_if(indicators.begin(), indicators.end(),
                     [&](const IndicatorValue& value) { return value.indicator == indicator; });
    return found == indicators.end() ? nullptr : &*found;
}

std::string ward_note(const WardSummary& ward) {
    if (!ward.error.empty()) {
        return format_label(Label::province_load_failed, {ward.error});
    }
    if (ward.plan_year == 0) {
        return std::string(label_text(Label::province_no_plan));
    }
    return ward.template_methodology ? std::string(label_text(Label::province_template_methodology))
                                     : std::string();
}

std::string province_name_of(const std::vector<WardSummary>& wards) {
    std::map<std::string, int, std::less<>> votes;
    for (const WardSummary& ward : wards) {
        if (!ward.reports_to.empty()) {
            ++votes[ward.reports_to];
        }
    }
    const auto most = std::max_element(
        votes.begin(), votes.end(),
        [](const auto& left, const auto& right) { return left.second < right.second; });
    return most == votes.end() ? std::string() : most->first;
}

// A ward's open store and the summary computed from it, with what it was computed at.
struct ProvinceRollup::Slot {
    std::mutex mutex;
    std::unique_ptr<WorkflowStore> store;
    std::optional<WardSummary> summary;
    WardEntry ward;                      // the register's entry the summary was made with
    std::optional<std::int64_t> marker;  // the store's external_change_marker() then
    std::optional<CivilDate> day;        // the clock's day then
};

ProvinceRollup::ProvinceRollup(Deployment& deployment, const Clock& clock,
                               MethodologySource methodology)
    : m_deployment(deployment), m_clock(clock), m_methodology(std::move(methodology)) {}

ProvinceRollup::~ProvinceRollup() = default;

ProvinceRollup::Slot& ProvinceRollup::slot_of(const std::string& code) {
    std::unique_ptr<Slot>& slot = m_slots[code];
    if (!slot) {
        slot = std::make_unique<Slot>();
    }
    return *slot;
}

WardSummary ProvinceRollup::summary_of(Slot& slot, const WardEntry& ward) {
    // Lock order: a slot, then (to open a store) m_mutex; never the other way round.
    const std::lock_guard lock(slot.mutex);
    const auto failed = [&](const Error& error) {
        WardSummary summary;
        summary.code = ward.code;
        summary.name = registered_name(ward);
        summary.error = describe(error);
        return summary;
    };
    // A broken connection, or a database that may be back: open a new one next time. Without a
    // store there is no summary, so a new store never serves an old one.
    const auto dropped = [&](const Error& error) {
        slot.store.reset();
        slot.summary.reset();
        return failed(error);
    };
    if (!slot.store) {
        auto opened = [&] {
            const std::lock_guard deployment_lock(m_mutex);
            return m_deployment.open_ward(ward.code);
        }();
        if (!opened) {
            return failed(opened.error());
        }
        slot.store = std::move(*opened);
    }
    const Result<std::int64_t> marker = slot.store->external_change_marker();
    if (!marker) {
        return dropped(marker.error());
    }
    const CivilDate today = m_clock.today();
    if (slot.summary && slot.marker == *marker && slot.day == today && slot.ward == ward) {
        return *slot.summary;
    }
    Result<WardSummary> computed = summarise_ward(*slot.store, m_clock, m_methodology, ward);
    if (!computed && computed.error().code == ErrorCode::storage) {
        return dropped(computed.error());
    }
    // Any other failure (a methodology that does not read, say) is kept like a summary: the same
    // data would fail again until it changes.
    slot.summary = computed ? std::move(*computed) : failed(computed.error());
    slot.ward = ward;
    slot.marker = *marker;
    slot.day = today;
    return *slot.summary;
}

Result<std::vector<WardSummary>> ProvinceRollup::summaries() {
    std::vector<std::pair<Slot*, WardEntry>> wards;
    {
        const std::lock_guard lock(m_mutex);
        PARINDEX_TRY_ASSIGN(entries, m_deployment.list_wards());
        for (WardEntry& entry : entries) {
            Slot& slot = slot_of(entry.code);
            wards.emplace_back(&slot, std::move(entry));
        }
    }
    // Each ward has its own store and lock, so the wards to compute (all of them on the first
    // ranking: a tenth of a second each) are shared among the machine's cores.
    std::vector<WardSummary> summaries(wards.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < wards.size(); i = next++) {
            summaries[i] = summary_of(*wards[i].first, wards[i].second);
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(
        std::min<std::size_t>(std::thread::hardware_concurrency(), wards.size()), 1, k_max_threads);
    {
        std::vector<std::jthread> helpers;
        for (std::size_t t = 1; t < threads; ++t) {
            helpers.emplace_back(work);
        }
        work();
    }
    return summaries;
}

Result<std::vector<WardSummary>> ProvinceRollup::ranking() {
    PARINDEX_TRY_ASSIGN(wards, summaries());
    rank_by(wards, projected_index);
    return wards;
}

Result<std::vector<WardSummary>> ProvinceRollup::ranking_by(std::string_view indicator_code) {
    const std::optional<Indicator> indicator = indicator_from_id(indicator_code);
    if (!indicator) {
        std::string codes;
        for (const Indicator known : all_indicators()) {
            codes += (codes.empty() ? "" : ", ") + std::string(indicator_id(known));
        }
        return fail(ErrorCode::invalid_input, Label::error_province_indicator,
                    {std::string(indicator_code), codes}, Location{{}, 0, "by"});
    }
    PARINDEX_TRY_ASSIGN(wards, summaries());
    rank_by(wards, [&](const WardSummary& ward) -> std::optional<std::int64_t> {
        const IndicatorValue* value = ward.find_indicator(*indicator);
        return value == nullptr ? std::nullopt : value->rate.basis_points();
    });
    return wards;
}

Result<WardSummary> ProvinceRollup::ward(const std::string& code) {
    PARINDEX_TRY_ASSIGN(wards, ranking());
    const auto found = std::find_if(wards.begin(), wards.end(),
                                    [&](const WardSummary& ward) { return ward.code == code; });
    if (found == wards.end()) {
        return fail(ErrorCode::not_found, Label::error_ward_unknown, {code});
    }
    return std::move(*found);
}

}  // namespace parindex
