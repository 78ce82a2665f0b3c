#pragma once
// Reads over the dossier snapshot for people: indicator rows with names beside the codes, the
// action lists that say which dossiers cost the ward its points, and their letters.

#include <optional>
#include <string>
#include <vector>

#include "app/dossier_cache.hpp"
#include "domain/dossier_indicators.hpp"

namespace parindex {

struct IndicatorRow {
    std::string key;   // unit, procedure or field code, "2025-03", or "" for the ward
    std::string name;  // the procedure's name, the plan unit's name; "" when none is known
    CivilDate from;
    CivilDate to;
    Indicator indicator = Indicator::on_time_rate;
    Rate rate;
};

struct IndicatorRequest {
    CivilDate from;
    CivilDate to;
    Grouping grouping = Grouping::ward;
    std::string unit_code;       // empty: every unit
    std::string procedure_code;  // empty: every procedure
};

// Rows by group then indicator (dossiers.md order). An unknown unit or procedure code is
// not_found naming it; `from` after `to` is invalid_input.
[[nodiscard]] Result<std::vector<IndicatorRow>> indicator_rows(
    const DossierSnapshot& snapshot, const IndicatorRequest& request,
    const std::function<std::string(std::string_view unit_key)>& plan_unit_name);

// The ward's indicators over `year` from 1 January to `as_of` (31 December once the year is
// over): what the periodic report and the province's roll-up show. Nothing without dossiers or
// before the year began.
[[nodiscard]] std::optional<IndicatorGroup> year_to_date_indicators(const DossierSnapshot* dossiers,
                                                                    int year,
                                                                    const CivilDate& as_of);

enum class ActionList {
    late_without_apology,  // late in the period, no apology letter by the due date
    pending_overdue,       // still open at the period's end and past the due date
    not_digitised,         // not counted as digitised
    fee_not_paid_online,   // a fee procedure's dossier not paid online
};
[[nodiscard]] std::string_view action_list_code(ActionList list);
[[nodiscard]] std::optional<ActionList> action_list_from_code(std::string_view code);
[[nodiscard]] Label action_list_label(ActionList list);

struct ActionItem {
    std::string code;
    std::string unit_code;
    std::string procedure_code;
    std::string procedure_name;
    DossierStatus status = DossierStatus::received;
    Channel channel = Channel::in_person;
    CivilDate received;
    CivilDate due;
    std::optional<CivilDate> ended;
    std::optional<CivilDate> apologised;
    int days_late = 0;  // working or not: calendar days past the due date (0 when not late)
};

[[nodiscard]] Result<std::vector<ActionItem>> action_items(const DossierSnapshot& snapshot,
                                                           ActionList list,
                                                           const IndicatorRequest& request);

}  // namespace parindex

#include "domain/score_rule.hpp"

namespace parindex {

struct ScoreRow {
    ScoreRule rule;
    Rate rate;
    std::optional<double> points;  // nothing when the rate is N/A
};

// The methodology's points for the ward (or the request's unit or procedure) over the period.
[[nodiscard]] Result<std::vector<ScoreRow>> score_rows(const DossierSnapshot& snapshot,
                                                       const IndicatorRequest& request,
                                                       const std::vector<ScoreRule>& rules);

}  // namespace parindex
