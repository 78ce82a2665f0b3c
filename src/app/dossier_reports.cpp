#include "app/dossier_reports.hpp"

#include <algorithm>
#include <array>

#include "core/enum_table.hpp"
#include "domain/dossier_rules.hpp"

namespace parindex {

namespace {

constexpr std::array k_action_codes = {
    EnumEntry<ActionList>{ActionList::late_without_apology, "late_without_apology"},
    EnumEntry<ActionList>{ActionList::pending_overdue, "pending_overdue"},
    EnumEntry<ActionList>{ActionList::not_digitised, "not_digitised"},
    EnumEntry<ActionList>{ActionList::fee_not_paid_online, "fee_not_paid_online"},
};
constexpr std::array k_action_labels = {
    EnumEntry<ActionList, Label>{ActionList::late_without_apology,
                                 Label::action_late_without_apology},
    EnumEntry<ActionList, Label>{ActionList::pending_overdue, Label::action_pending_overdue},
    EnumEntry<ActionList, Label>{ActionList::not_digitised, Label::action_not_digitised},
    EnumEntry<ActionList, Label>{ActionList::fee_not_paid_online,
                                 Label::action_fee_not_paid_online},
};

struct Filter {
    std::optional<std::uint16_t> unit;
    std::optional<std::uint16_t> procedure;
};

Result<Filter> resolve_filter(const DossierSnapshot& snapshot, const IndicatorRequest& request) {
    if (request.to < request.from) {
        return fail(ErrorCode::invalid_input, Label::error_period_reversed,
                    {request.from.to_dmy(), request.to.to_dmy()});
    }
    Filter filter;
    if (!request.unit_code.empty()) {
        filter.unit = snapshot.find_unit(request.unit_code);
        if (!filter.unit) {
            return fail(ErrorCode::not_found, Label::error_dossier_unit_unknown,
                        {request.unit_code});
        }
    }
    if (!request.procedure_code.empty()) {
        filter.procedure = snapshot.find_procedure(request.procedure_code);
        if (!filter.procedure) {
            return fail(ErrorCode::not_found, Label::error_procedure_unknown,
                        {request.procedure_code});
        }
    }
    return filter;
}

std::optional<CivilDate> date_of(std::int32_t day) {
    return day == k_no_day ? std::nullopt
                           : std::optional<CivilDate>(CivilDate::from_day_number(day));
}

bool is_listed(ActionList list, const DossierRow& row, Handling handling, bool on_time,
               const Procedure& procedure, const DayPeriod& period) {
    switch (list) {
        case ActionList::late_without_apology:
            return !on_time && !has_timely_apology(row.apologised, row.due);
        case ActionList::pending_overdue:
            return handling == Handling::pending && row.due < period.to;
        case ActionList::not_digitised: {
            const bool electronic = (row.flags & flag_electronic_result) != 0;
            const bool result_in_order =
                electronic || !procedure.issues_result || handling != Handling::finished;
            return (row.flags & flag_digitised) == 0 || !result_in_order;
        }
        case ActionList::fee_not_paid_online:
            return procedure.has_fee && (row.flags & (flag_paid_national | flag_paid_gateway)) == 0;
    }
    return false;
}

}  // namespace

std::optional<IndicatorGroup> year_to_date_indicators(const DossierSnapshot* dossiers, int year,
                                                      const CivilDate& as_of) {
    const auto first = CivilDate::create(year, 1, 1);
    if (dossiers == nullptr || dossiers->data.table.size() == 0 || !first || as_of < *first) {
        return std::nullopt;
    }
    constexpr int k_december = 12;
    const CivilDate last = std::min(as_of, CivilDate::last_day_of_month(year, k_december));
    std::vector<IndicatorGroup> groups = compute_indicators(
        dossiers->data, IndicatorQuery{*first, last, Grouping::ward, std::nullopt, std::nullopt});
    if (groups.empty()) {
        return std::nullopt;
    }
    return std::move(groups.front());
}

std::string_view action_list_code(ActionList list) {
    return lookup(k_action_codes, list);
}

std::optional<ActionList> action_list_from_code(std::string_view code) {
    return reverse_lookup(k_action_codes, code);
}

Label action_list_label(ActionList list) {
    return lookup(k_action_labels, list);
}

Result<std::vector<IndicatorRow>> indicator_rows(
    const DossierSnapshot& snapshot, const IndicatorRequest& request,
    const std::function<std::string(std::string_view unit_key)>& plan_unit_name) {
    PARINDEX_TRY_ASSIGN(filter, resolve_filter(snapshot, request));
    const DossierData& data = snapshot.data;
    const auto groups = compute_indicators(
        data,
        IndicatorQuery{request.from, request.to, request.grouping, filter.unit, filter.procedure});
    std::vector<IndicatorRow> rows;
    rows.reserve(groups.size() * k_indicator_count);
    for (const IndicatorGroup& group : groups) {
        std::string name;
        if (request.grouping == Grouping::unit) {
            const auto unit = snapshot.find_unit(group.key);
            const std::string& key = data.units[*unit].plan_unit_key;
            name = key.empty() ? std::string() : plan_unit_name(key);
        } else if (request.grouping == Grouping::procedure) {
            name = data.procedures[*snapshot.find_procedure(group.key)].name;
        }
        for (const Indicator indicator : all_indicators()) {
            rows.push_back(IndicatorRow{group.key, name, group.from, group.to, indicator,
                                        group.counts.rate(indicator)});
        }
    }
    return rows;
}

Result<std::vector<ActionItem>> action_items(const DossierSnapshot& snapshot, ActionList list,
                                             const IndicatorRequest& request) {
    PARINDEX_TRY_ASSIGN(filter, resolve_filter(snapshot, request));
    const DossierData& data = snapshot.data;
    const DossierTable& table = data.table;
    const DayPeriod period{request.from.day_number(), request.to.day_number()};
    std::vector<ActionItem> items;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const DossierRow row = table.row(i);
        const Handling handling = handling_of(row.status, row.received, row.ended, period);
        const bool filtered_out = (filter.unit && row.unit != *filter.unit) ||
                                  (filter.procedure && row.procedure != *filter.procedure);
        if (handling == Handling::outside || filtered_out) {
            continue;
        }
        const Procedure& procedure = data.procedures[row.procedure];
        const bool on_time = is_on_time(handling, row.ended, row.paused_days,
                                        row.supplement_requests, row.due, period);
        if (!is_listed(list, row, handling, on_time, procedure, period)) {
            continue;
        }
        const std::int32_t end =
            handling == Handling::finished ? row.ended - row.paused_days : period.to;
        items.push_back(ActionItem{std::string(row.code), data.units[row.unit].code, procedure.code,
                                   procedure.name, row.status, row.channel,
                                   CivilDate::from_day_number(row.received),
                                   CivilDate::from_day_number(row.due), date_of(row.ended),
                                   date_of(row.apologised), std::max(0, end - row.due)});
    }
    std::sort(items.begin(), items.end(), [](const ActionItem& a, const ActionItem& b) {
        return std::tie(a.unit_code, a.procedure_code, a.due, a.code) <
               std::tie(b.unit_code, b.procedure_code, b.due, b.code);
    });
    return items;
}

}  // namespace parindex

namespace parindex {

Result<std::vector<ScoreRow>> score_rows(const DossierSnapshot& snapshot,
                                         const IndicatorRequest& request,
                                         const std::vector<ScoreRule>& rules) {
    IndicatorRequest ward = request;
    ward.grouping = Grouping::ward;
    PARINDEX_TRY_ASSIGN(rows, indicator_rows(snapshot, ward, [](std::string_view key) {
                            return std::string(key);
                        }));
    std::vector<ScoreRow> scores;
    for (const ScoreRule& rule : rules) {
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const IndicatorRow& r) {
            return r.indicator == rule.indicator;
        });
        const Rate rate = row != rows.end() ? row->rate : Rate{};
        scores.push_back(ScoreRow{rule, rate, score(rule, rate)});
    }
    return scores;
}

}  // namespace parindex
