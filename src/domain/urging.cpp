#include "domain/urging.hpp"

#include <algorithm>
#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_kind_codes = {
    EnumEntry<UrgingKind>{UrgingKind::due_soon, "due_soon"},
    EnumEntry<UrgingKind>{UrgingKind::overdue, "overdue"},
    EnumEntry<UrgingKind>{UrgingKind::returned, "returned"},
    EnumEntry<UrgingKind>{UrgingKind::to_review, "to_review"},
};
constexpr std::array k_level_codes = {
    EnumEntry<UrgingLevel>{UrgingLevel::unit, "unit"},
    EnumEntry<UrgingLevel>{UrgingLevel::unit_head, "unit_head"},
    EnumEntry<UrgingLevel>{UrgingLevel::coordinator, "coordinator"},
};

const ProgressReport* find_report(const std::vector<ProgressReport>& reports,
                                  const Responsibility& duty, const Period& period) {
    const auto found = std::find_if(reports.begin(), reports.end(), [&](const ProgressReport& r) {
        return r.task_code == duty.task_code && r.unit_key == duty.unit_key && r.period == period;
    });
    return found == reports.end() ? nullptr : &*found;
}

UrgingLevel level_for_lateness(int days_late) {
    if (days_late > k_escalate_to_coordinator_days) {
        return UrgingLevel::coordinator;
    }
    return days_late > k_escalate_to_head_days ? UrgingLevel::unit_head : UrgingLevel::unit;
}

// The item one period of one duty calls for, if any.
std::optional<UrgingItem> urge(const Responsibility& duty, const Period& period,
                               const ProgressReport* report, const CivilDate& today) {
    UrgingItem item{UrgingKind::due_soon,
                    UrgingLevel::unit,
                    duty.task_code,
                    duty.unit_key,
                    period,
                    report != nullptr ? report->id : 0,
                    period.closes_on()};
    const ReportState state = report != nullptr ? report->state : ReportState::draft;
    switch (state) {
        case ReportState::accepted:
            return std::nullopt;
        case ReportState::submitted:
            item.kind = UrgingKind::to_review;
            item.level = UrgingLevel::coordinator;
            return item;
        case ReportState::returned:
            item.kind = UrgingKind::returned;
            return item;
        case ReportState::draft:
            break;
    }
    const int days_left = today.days_until(period.closes_on());
    if (today < period.starts_on() || days_left > k_reminder_days) {
        return std::nullopt;
    }
    if (days_left >= 0) {
        return item;
    }
    item.kind = UrgingKind::overdue;
    item.level = level_for_lateness(-days_left);
    return item;
}

}  // namespace

std::vector<UrgingItem> compute_urgings(const std::vector<Responsibility>& duties,
                                        const std::vector<ProgressReport>& reports,
                                        const std::vector<std::string>& locked,
                                        const CivilDate& today) {
    std::vector<UrgingItem> items;
    for (const Responsibility& duty : duties) {
        for (const Period& period : duty.periods) {
            if (std::find(locked.begin(), locked.end(), period.code()) != locked.end()) {
                continue;
            }
            if (auto item = urge(duty, period, find_report(reports, duty, period), today)) {
                items.push_back(std::move(*item));
            }
        }
    }
    return items;
}

bool concerns(const UrgingItem& item, const Actor& actor) {
    switch (actor.role) {
        case Role::unit_staff:
            return item.kind != UrgingKind::to_review && actor.unit_key == item.unit_key;
        case Role::unit_head:
            // The head hears of an overdue report once it has climbed to them (ADR 0006).
            return item.kind != UrgingKind::to_review && actor.unit_key == item.unit_key &&
                   (item.kind != UrgingKind::overdue || item.level != UrgingLevel::unit);
        case Role::coordinator:
        case Role::admin:
            return item.kind == UrgingKind::to_review || item.level == UrgingLevel::coordinator;
        case Role::chairman:
        case Role::vice_chairman:
            return item.level == UrgingLevel::coordinator && item.kind == UrgingKind::overdue;
        case Role::viewer:
        case Role::province_admin:
        case Role::province_officer:
            return false;
    }
    return false;
}

std::string_view urging_kind_code(UrgingKind kind) {
    return lookup(k_kind_codes, kind);
}
std::string_view urging_level_code(UrgingLevel level) {
    return lookup(k_level_codes, level);
}

}  // namespace parindex
