#include "store/sql/sql_period_lock_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<std::vector<std::string>> SqlPeriodLockRepository::list_locked(int plan_year) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT period FROM period_locks WHERE plan_year = ? "
                                             "ORDER BY period"));
    statement.bind(1, plan_year);
    std::vector<std::string> periods;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        periods.push_back(statement.text(0));
        return {};
    }));
    return periods;
}

Result<void> SqlPeriodLockRepository::lock(int plan_year, const std::string& period,
                                           const std::string& at, const std::string& by) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("INSERT INTO period_locks (plan_year, period, "
                                             "locked_at, locked_by) VALUES (?, ?, ?, ?) "
                                             "ON CONFLICT (plan_year, period) DO NOTHING"));
    return statement.bind(1, plan_year).bind(2, period).bind(3, at).bind(4, by).run();
}

Result<void> SqlPeriodLockRepository::unlock(int plan_year, const std::string& period) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("DELETE FROM period_locks WHERE plan_year = ? AND period = ?"));
    return statement.bind(1, plan_year).bind(2, period).run();
}

}  // namespace parindex
