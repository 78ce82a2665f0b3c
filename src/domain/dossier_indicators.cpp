#include "domain/dossier_indicators.hpp"

#include <algorithm>
#include <array>
#include <thread>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_indicator_ids = {
    EnumEntry<Indicator>{Indicator::on_time_rate, "on_time_rate"},
    EnumEntry<Indicator>{Indicator::apology_rate, "apology_rate"},
    EnumEntry<Indicator>{Indicator::e_result_rate, "e_result_rate"},
    EnumEntry<Indicator>{Indicator::digitised_rate, "digitised_rate"},
    EnumEntry<Indicator>{Indicator::reuse_rate, "reuse_rate"},
    EnumEntry<Indicator>{Indicator::online_rate, "online_rate"},
    EnumEntry<Indicator>{Indicator::full_online_rate, "full_online_rate"},
    EnumEntry<Indicator>{Indicator::online_payment_rate, "online_payment_rate"},
    EnumEntry<Indicator>{Indicator::payment_procedures_rate, "payment_procedures_rate"},
    EnumEntry<Indicator>{Indicator::payment_enabled_rate, "payment_enabled_rate"},
    EnumEntry<Indicator>{Indicator::satisfaction_rate, "satisfaction_rate"},
};
static_assert(k_indicator_ids.size() == k_indicator_count);

constexpr std::array k_indicator_labels = {
    EnumEntry<Indicator, Label>{Indicator::on_time_rate, Label::indicator_on_time_rate},
    EnumEntry<Indicator, Label>{Indicator::apology_rate, Label::indicator_apology_rate},
    EnumEntry<Indicator, Label>{Indicator::e_result_rate, Label::indicator_e_result_rate},
    EnumEntry<Indicator, Label>{Indicator::digitised_rate, Label::indicator_digitised_rate},
    EnumEntry<Indicator, Label>{Indicator::reuse_rate, Label::indicator_reuse_rate},
    EnumEntry<Indicator, Label>{Indicator::online_rate, Label::indicator_online_rate},
    EnumEntry<Indicator, Label>{Indicator::full_online_rate, Label::indicator_full_online_rate},
    EnumEntry<Indicator, Label>{Indicator::online_payment_rate,
                                Label::indicator_online_payment_rate},
    EnumEntry<Indicator, Label>{Indicator::payment_procedures_rate,
                                Label::indicator_payment_procedures_rate},
    EnumEntry<Indicator, Label>{Indicator::payment_enabled_rate,
                                Label::indicator_payment_enabled_rate},
    EnumEntry<Indicator, Label>{Indicator::satisfaction_rate, Label::indicator_satisfaction_rate},
};

constexpr std::array k_grouping_codes = {
    EnumEntry<Grouping>{Grouping::ward, "ward"},
    EnumEntry<Grouping>{Grouping::unit, "unit"},
    EnumEntry<Grouping>{Grouping::procedure, "procedure"},
    EnumEntry<Grouping>{Grouping::field, "field"},
    EnumEntry<Grouping>{Grouping::month, "month"},
};

// What the engine needs to know of a procedure, as bits looked up once per row.
constexpr std::uint8_t trait_issues_result = 1U << 0U;
constexpr std::uint8_t trait_fully_online = 1U << 1U;
constexpr std::uint8_t trait_fee = 1U << 2U;
constexpr std::uint8_t trait_payment_ready = 1U << 3U;
constexpr std::uint8_t trait_in_catalogue = 1U << 4U;

std::vector<std::uint8_t> procedure_traits(const std::vector<Procedure>& procedures) {
    std::vector<std::uint8_t> traits;
    traits.reserve(procedures.size());
    for (const Procedure& p : procedures) {
        std::uint8_t bits = 0;
        bits |= p.issues_result ? trait_issues_result : std::uint8_t{0};
        bits |= p.level == OnlineLevel::fully_online ? trait_fully_online : std::uint8_t{0};
        bits |= p.has_fee ? trait_fee : std::uint8_t{0};
        bits |= p.online_payment_ready ? trait_payment_ready : std::uint8_t{0};
        bits |= p.in_catalogue ? trait_in_catalogue : std::uint8_t{0};
        traits.push_back(bits);
    }
    return traits;
}

// Marks per (group, procedure): the procedure had a dossier in H, a fee dossier, one paid online.
constexpr std::uint8_t mark_handled = 1U << 0U;
constexpr std::uint8_t mark_fee = 1U << 1U;
constexpr std::uint8_t mark_paid = 1U << 2U;

struct Scan {
    const DossierData& data;
    const std::vector<std::uint8_t>& traits;
    Grouping grouping;
    std::optional<std::uint16_t> unit;
    std::optional<std::uint16_t> procedure;
};

std::size_t group_count(const DossierData& data, Grouping grouping) {
    switch (grouping) {
        case Grouping::unit:
            return data.units.size();
        case Grouping::procedure:
            return data.procedures.size();
        case Grouping::field:
            return data.fields.size();
        case Grouping::ward:
        case Grouping::month:
            break;
    }
    return 1;
}

// One pass over rows [begin, end) for one period: counts per group and the procedure marks.
void scan_rows(const Scan& scan, DayPeriod period, std::size_t begin, std::size_t end,
               std::vector<IndicatorCounts>& counts, std::vector<std::uint8_t>& marks) {
    const DossierTable& table = scan.data.table;
    const std::size_t procedure_count = scan.data.procedures.size();
    const auto* units = table.units().data();
    const auto* procedures = table.procedures().data();
    const auto* statuses = table.statuses().data();
    const auto* channels = table.channels().data();
    const auto* supplements = table.supplement_requests().data();
    const auto* flags = table.flags().data();
    const auto* paused = table.paused_days().data();
    const auto* received = table.received().data();
    const auto* due = table.due().data();
    const auto* ended = table.ended().data();
    const auto* apologised = table.apologised().data();
    for (std::size_t i = begin; i < end; ++i) {
        const Handling handling = handling_of(statuses[i], received[i], ended[i], period);
        if (handling == Handling::outside) {
            continue;
        }
        const std::uint16_t proc = procedures[i];
        if ((scan.unit && units[i] != *scan.unit) || (scan.procedure && proc != *scan.procedure)) {
            continue;
        }
        std::size_t group = 0;
        switch (scan.grouping) {
            case Grouping::unit:
                group = units[i];
                break;
            case Grouping::procedure:
                group = proc;
                break;
            case Grouping::field:
                group = scan.data.field_of[proc];
                break;
            case Grouping::ward:
            case Grouping::month:
                break;
        }
        IndicatorCounts& c = counts[group];
        const std::uint8_t trait = scan.traits[proc];
        const std::uint8_t flag = flags[i];
        const bool finished = handling == Handling::finished;
        const bool on_time =
            is_on_time(handling, ended[i], paused[i], supplements[i], due[i], period);
        const bool electronic = (flag & flag_electronic_result) != 0;
        const bool paid = (flag & (flag_paid_national | flag_paid_gateway)) != 0;
        const bool fee = (trait & trait_fee) != 0;
        c.handled += 1;
        c.finished += finished ? 1 : 0;
        c.on_time += on_time ? 1 : 0;
        c.late += on_time ? 0 : 1;
        c.late_apologised += !on_time && has_timely_apology(apologised[i], due[i]) ? 1 : 0;
        const bool result_required = finished && (trait & trait_issues_result) != 0;
        c.result_required += result_required ? 1 : 0;
        c.electronic_result += result_required && electronic ? 1 : 0;
        const bool result_in_order = electronic || (trait & trait_issues_result) == 0 || !finished;
        c.digitised += (flag & flag_digitised) != 0 && result_in_order ? 1 : 0;
        c.reused += (flag & flag_reused) != 0 ? 1 : 0;
        const bool online = channels[i] == Channel::online;
        c.online += online ? 1 : 0;
        const bool fully_online = (trait & trait_fully_online) != 0;
        c.fully_online_procedure += fully_online ? 1 : 0;
        c.fully_online += fully_online && online ? 1 : 0;
        c.fee_dossiers += fee ? 1 : 0;
        c.fee_paid_online += fee && paid ? 1 : 0;
        c.complained += (flag & flag_complained) != 0 ? 1 : 0;
        const std::size_t mark_group = scan.grouping == Grouping::unit ? group : 0;
        std::uint8_t& mark = marks[mark_group * procedure_count + proc];
        mark |= mark_handled;
        mark |= fee ? mark_fee : std::uint8_t{0};
        mark |= fee && paid ? mark_paid : std::uint8_t{0};
    }
}

// A scan split over the machine's cores: each thread counts its share of the rows, and the
// shares are added up. Small tables stay on the calling thread.
void scan_period(const Scan& scan, DayPeriod period, std::vector<IndicatorCounts>& counts,
                 std::vector<std::uint8_t>& marks) {
    constexpr std::size_t k_rows_per_thread = 262144;
    constexpr std::size_t k_max_threads = 8;
    const std::size_t rows = scan.data.table.size();
    const std::size_t threads = std::clamp<std::size_t>(
        std::min<std::size_t>(std::thread::hardware_concurrency(), rows / k_rows_per_thread), 1,
        k_max_threads);
    if (threads == 1) {
        scan_rows(scan, period, 0, rows, counts, marks);
        return;
    }
    const std::size_t share = (rows + threads - 1) / threads;
    std::vector<std::vector<IndicatorCounts>> part_counts(threads - 1, counts);
    std::vector<std::vector<std::uint8_t>> part_marks(threads - 1, marks);
    {
        std::vector<std::jthread> workers;
        for (std::size_t t = 1; t < threads; ++t) {
            workers.emplace_back([&, t] {
                scan_rows(scan, period, t * share, std::min(rows, (t + 1) * share),
                          part_counts[t - 1], part_marks[t - 1]);
            });
        }
        scan_rows(scan, period, 0, std::min(rows, share), counts, marks);
    }
    for (std::size_t t = 0; t + 1 < threads; ++t) {
        for (std::size_t g = 0; g < counts.size(); ++g) {
            counts[g].add(part_counts[t][g]);
        }
        for (std::size_t m = 0; m < marks.size(); ++m) {
            marks[m] |= part_marks[t][m];
        }
    }
}

// The group a procedure belongs to when the grouping follows procedures; nothing otherwise.
std::size_t procedure_group(const Scan& scan, std::size_t procedure) {
    switch (scan.grouping) {
        case Grouping::procedure:
            return procedure;
        case Grouping::field:
            return scan.data.field_of[procedure];
        case Grouping::ward:
        case Grouping::month:
        case Grouping::unit:
            break;
    }
    return 0;
}

// Procedure-level counts: those with fee dossiers in H (paid online or not), and the catalogue's
// fee procedures (with online payment ready or not). By unit, the catalogue is narrowed to the
// procedures the unit handled dossiers for in the period.
void count_procedures(const Scan& scan, const std::vector<std::uint8_t>& marks,
                      std::vector<IndicatorCounts>& counts) {
    const std::size_t procedure_count = scan.data.procedures.size();
    for (std::size_t p = 0; p < procedure_count; ++p) {
        const std::uint8_t trait = scan.traits[p];
        const bool catalogue_fee = (trait & trait_in_catalogue) != 0 && (trait & trait_fee) != 0;
        const bool ready = (trait & trait_payment_ready) != 0;
        if (scan.grouping == Grouping::unit) {
            for (std::size_t g = 0; g < counts.size(); ++g) {
                const std::uint8_t mark = marks[g * procedure_count + p];
                IndicatorCounts& c = counts[g];
                c.fee_procedures += (mark & mark_fee) != 0 ? 1 : 0;
                c.fee_procedures_paid += (mark & mark_paid) != 0 ? 1 : 0;
                const bool handled_here = (mark & mark_handled) != 0;
                c.catalogue_fee_procedures += handled_here && catalogue_fee ? 1 : 0;
                c.catalogue_payment_ready += handled_here && catalogue_fee && ready ? 1 : 0;
            }
            continue;
        }
        const std::uint8_t mark = marks[p];
        // A report for one unit narrows the catalogue as its row of the unit grouping does.
        const bool in_scope =
            (!scan.procedure || *scan.procedure == p) && (!scan.unit || (mark & mark_handled) != 0);
        IndicatorCounts& c = counts[procedure_group(scan, p)];
        c.fee_procedures += (mark & mark_fee) != 0 ? 1 : 0;
        c.fee_procedures_paid += (mark & mark_paid) != 0 ? 1 : 0;
        c.catalogue_fee_procedures += in_scope && catalogue_fee ? 1 : 0;
        c.catalogue_payment_ready += in_scope && catalogue_fee && ready ? 1 : 0;
    }
}

std::string group_key(const DossierData& data, Grouping grouping, std::size_t group) {
    switch (grouping) {
        case Grouping::unit:
            return data.units[group].code;
        case Grouping::procedure:
            return data.procedures[group].code;
        case Grouping::field:
            return data.fields[group];
        case Grouping::ward:
        case Grouping::month:
            break;
    }
    return {};
}

std::string month_key(const CivilDate& day) {
    return day.to_iso().substr(0, 7);
}

std::vector<std::pair<CivilDate, CivilDate>> periods_of(const IndicatorQuery& query) {
    if (query.grouping != Grouping::month) {
        return {{query.from, query.to}};
    }
    std::vector<std::pair<CivilDate, CivilDate>> months;
    for (CivilDate start = query.from; start <= query.to;) {
        const CivilDate month_end = CivilDate::last_day_of_month(start.year(), start.month());
        const CivilDate end = std::min(month_end, query.to);
        months.emplace_back(start, end);
        start = end.plus_days(1);
    }
    return months;
}

}  // namespace

const std::vector<Indicator>& all_indicators() {
    static const std::vector<Indicator> indicators = [] {
        std::vector<Indicator> all;
        all.reserve(k_indicator_ids.size());
        for (const auto& entry : k_indicator_ids) {
            all.push_back(entry.key);
        }
        return all;
    }();
    return indicators;
}

std::string_view indicator_id(Indicator indicator) {
    return lookup(k_indicator_ids, indicator);
}

std::optional<Indicator> indicator_from_id(std::string_view id) {
    return reverse_lookup(k_indicator_ids, id);
}

Label indicator_label(Indicator indicator) {
    return lookup(k_indicator_labels, indicator);
}

std::string_view grouping_code(Grouping grouping) {
    return lookup(k_grouping_codes, grouping);
}

std::optional<Grouping> grouping_from_code(std::string_view code) {
    return reverse_lookup(k_grouping_codes, code);
}

std::optional<std::int64_t> Rate::basis_points() const {
    constexpr std::int64_t k_scale = 10000;
    if (denominator <= 0) {
        return std::nullopt;
    }
    return (numerator * k_scale * 2 + denominator) / (denominator * 2);
}

std::optional<double> Rate::percent() const {
    constexpr double k_hundredths = 100.0;
    const auto points = basis_points();
    return points ? std::optional<double>(static_cast<double>(*points) / k_hundredths)
                  : std::nullopt;
}

std::string format_rate(const Rate& rate) {
    constexpr std::int64_t k_hundred = 100;
    constexpr std::int64_t k_ten = 10;
    const auto points = rate.basis_points();
    if (!points) {
        return std::string(label_text(Label::word_not_applicable));
    }
    std::string text = std::to_string(*points / k_hundred);
    const std::int64_t hundredths = *points % k_hundred;
    if (hundredths != 0) {
        text += ',';
        text += static_cast<char>('0' + hundredths / k_ten);
        if (hundredths % k_ten != 0) {
            text += static_cast<char>('0' + hundredths % k_ten);
        }
    }
    return text + "%";
}

void IndicatorCounts::add(const IndicatorCounts& other) {
    handled += other.handled;
    finished += other.finished;
    on_time += other.on_time;
    late += other.late;
    late_apologised += other.late_apologised;
    result_required += other.result_required;
    electronic_result += other.electronic_result;
    digitised += other.digitised;
    reused += other.reused;
    online += other.online;
    fully_online_procedure += other.fully_online_procedure;
    fully_online += other.fully_online;
    fee_dossiers += other.fee_dossiers;
    fee_paid_online += other.fee_paid_online;
    complained += other.complained;
    fee_procedures += other.fee_procedures;
    fee_procedures_paid += other.fee_procedures_paid;
    catalogue_fee_procedures += other.catalogue_fee_procedures;
    catalogue_payment_ready += other.catalogue_payment_ready;
}

Rate IndicatorCounts::rate(Indicator indicator) const {
    switch (indicator) {
        case Indicator::on_time_rate:
            return {on_time, handled};
        case Indicator::apology_rate:
            return {late_apologised, late};
        case Indicator::e_result_rate:
            return {electronic_result, result_required};
        case Indicator::digitised_rate:
            return {digitised, handled};
        case Indicator::reuse_rate:
            return {reused, handled};
        case Indicator::online_rate:
            return {online, handled};
        case Indicator::full_online_rate:
            return {fully_online, fully_online_procedure};
        case Indicator::online_payment_rate:
            return {fee_paid_online, fee_dossiers};
        case Indicator::payment_procedures_rate:
            return {fee_procedures_paid, fee_procedures};
        case Indicator::payment_enabled_rate:
            return {catalogue_payment_ready, catalogue_fee_procedures};
        case Indicator::satisfaction_rate:
            // 100% less the late share less the complaint share, floored at 0: the same as
            // (H - late - complaints) / H.
            return {std::max<std::int64_t>(0, handled - late - complained), handled};
    }
    return {};
}

std::vector<IndicatorGroup> compute_indicators(const DossierData& data,
                                               const IndicatorQuery& query) {
    const std::vector<std::uint8_t> traits = procedure_traits(data.procedures);
    const Scan scan{data, traits, query.grouping, query.unit, query.procedure};
    const std::size_t groups = group_count(data, query.grouping);
    const std::size_t mark_groups = query.grouping == Grouping::unit ? groups : 1;
    std::vector<IndicatorGroup> result;
    for (const auto& [from, to] : periods_of(query)) {
        std::vector<IndicatorCounts> counts(groups);
        std::vector<std::uint8_t> marks(mark_groups * data.procedures.size());
        scan_period(scan, DayPeriod{from.day_number(), to.day_number()}, counts, marks);
        count_procedures(scan, marks, counts);
        for (std::size_t g = 0; g < groups; ++g) {
            const bool keep = counts[g].handled > 0 || query.grouping == Grouping::ward ||
                              query.grouping == Grouping::month;
            if (keep) {
                const std::string key = query.grouping == Grouping::month
                                            ? month_key(from)
                                            : group_key(data, query.grouping, g);
                result.push_back(IndicatorGroup{key, from, to, counts[g]});
            }
        }
    }
    if (query.grouping != Grouping::month) {
        std::sort(result.begin(), result.end(),
                  [](const IndicatorGroup& a, const IndicatorGroup& b) { return a.key < b.key; });
    }
    return result;
}

}  // namespace parindex
