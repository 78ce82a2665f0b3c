#include "domain/period.hpp"

#include <algorithm>
#include <array>

#include "core/enum_table.hpp"
#include "core/labels.hpp"
#include "core/parse_number.hpp"
#include "domain/node_code.hpp"

namespace parindex {

namespace {

constexpr int k_months_per_quarter = 3;
constexpr int k_months_per_half = 6;

constexpr std::array k_state_codes = {
    EnumEntry<PeriodState>{PeriodState::upcoming, "upcoming"},
    EnumEntry<PeriodState>{PeriodState::open, "open"},
    EnumEntry<PeriodState>{PeriodState::closed, "closed"},
    EnumEntry<PeriodState>{PeriodState::locked, "locked"},
};

int months_in(PeriodKind kind) {
    switch (kind) {
        case PeriodKind::month:
            return 1;
        case PeriodKind::quarter:
            return k_months_per_quarter;
        case PeriodKind::half:
            return k_months_per_half;
        case PeriodKind::year:
            return 12;
    }
    return 12;
}

int first_month(const Period& period) {
    return (period.index - 1) * months_in(period.kind) + 1;
}

std::string two_digits(int number) {
    return number < 10 ? "0" + std::to_string(number) : std::to_string(number);
}

}  // namespace

std::string Period::code() const {
    const std::string prefix = std::to_string(year);
    switch (kind) {
        case PeriodKind::month:
            return prefix + "-M" + two_digits(index);
        case PeriodKind::quarter:
            return prefix + "-Q" + std::to_string(index);
        case PeriodKind::half:
            return prefix + "-H" + std::to_string(index);
        case PeriodKind::year:
            return prefix;
    }
    return prefix;
}

std::string Period::label() const {
    const std::string y = std::to_string(year);
    switch (kind) {
        case PeriodKind::month:
            return format_label(Label::period_month, {std::to_string(index), y});
        case PeriodKind::quarter:
            return format_label(Label::period_quarter, {to_roman(index), y});
        case PeriodKind::half:
            return format_label(index == 1 ? Label::period_first_half : Label::period_second_half,
                                {y});
        case PeriodKind::year:
            return format_label(Label::period_year, {y});
    }
    return y;
}

CivilDate Period::starts_on() const {
    return *CivilDate::create(year, first_month(*this), 1);
}

CivilDate Period::ends_on() const {
    return CivilDate::last_day_of_month(year, first_month(*this) + months_in(kind) - 1);
}

CivilDate Period::closes_on() const {
    return ends_on().plus_days(k_report_grace_days);
}

std::optional<Period> parse_period(std::string_view code) {
    const auto year = parse_exact<int>(code.substr(0, 4));
    if (!year || *year < 1900) {
        return std::nullopt;
    }
    if (code.size() == 4) {
        return Period{PeriodKind::year, *year, 1};
    }
    if (code.size() < 7 || code[4] != '-') {
        return std::nullopt;
    }
    const auto index = parse_exact<int>(code.substr(6));
    if (!index) {
        return std::nullopt;
    }
    const char letter = code[5];
    const PeriodKind kind = letter == 'M'   ? PeriodKind::month
                            : letter == 'Q' ? PeriodKind::quarter
                            : letter == 'H' ? PeriodKind::half
                                            : PeriodKind::year;
    const bool is_month_form = kind != PeriodKind::month || code.size() == 8;
    if (kind == PeriodKind::year || !is_month_form || *index < 1 || *index > 12 / months_in(kind)) {
        return std::nullopt;
    }
    return Period{kind, *year, *index};
}

PeriodState period_state(const Period& period, const CivilDate& today, bool is_locked) {
    if (is_locked) {
        return PeriodState::locked;
    }
    if (today < period.starts_on()) {
        return PeriodState::upcoming;
    }
    return today <= period.closes_on() ? PeriodState::open : PeriodState::closed;
}

std::vector<Period> plan_quarters(int year) {
    return {Period{PeriodKind::quarter, year, 1}, Period{PeriodKind::quarter, year, 2},
            Period{PeriodKind::quarter, year, 3}, Period{PeriodKind::quarter, year, 4}};
}

Period quarter_of(const CivilDate& date) {
    return Period{PeriodKind::quarter, date.year(), (date.month() - 1) / k_months_per_quarter + 1};
}

std::vector<Period> task_periods(const Deadline& deadline, const Period& first) {
    std::vector<Period> periods;
    const bool runs_all_year = is_periodic(deadline.kind) || deadline.due.year() != first.year;
    const int last = runs_all_year ? 4 : std::max(quarter_of(deadline.due).index, first.index);
    for (int index = first.index; index <= last; ++index) {
        periods.push_back(Period{PeriodKind::quarter, first.year, index});
    }
    return periods;
}

std::string_view period_state_code(PeriodState state) {
    return lookup(k_state_codes, state);
}

}  // namespace parindex
