#include "app/period_calendar.hpp"

#include <algorithm>

#include "domain/permissions.hpp"

namespace parindex {

std::vector<PeriodView> list_periods(const Overview& overview) {
    std::vector<PeriodView> views;
    for (const Period& period : overview.reporting_periods()) {
        views.push_back(
            PeriodView{period, period_state(period, overview.today, overview.is_locked(period))});
    }
    return views;
}

Result<PeriodView> set_period_lock(WorkflowStore& store, const Clock& clock, const Actor& actor,
                                   const Overview& overview, const std::string& period_code,
                                   bool is_locked) {
    if (!can_lock_periods(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    const int year = overview.plan_view.plan.info.year;
    const auto period = parse_period(period_code);
    const std::vector<Period> quarters = plan_quarters(year);
    if (!period || std::find(quarters.begin(), quarters.end(), *period) == quarters.end()) {
        return fail(ErrorCode::not_found, Label::error_period_not_found, {period_code});
    }
    const std::string now = clock.now();
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        if (is_locked) {
            PARINDEX_TRY(store.period_locks().lock(year, period->code(), now, actor.username));
        } else {
            PARINDEX_TRY(store.period_locks().unlock(year, period->code()));
        }
        return store.audit().append(AuditEntry{0, now, actor.username,
                                               is_locked ? "period.lock" : "period.unlock",
                                               "period:" + period->code(), "", "", ""});
    }));
    return PeriodView{*period, period_state(*period, overview.today, is_locked)};
}

}  // namespace parindex
