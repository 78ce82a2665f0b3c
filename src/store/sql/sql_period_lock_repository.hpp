#pragma once
// Locked reporting periods in SQLite: a row per locked (year, period).

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlPeriodLockRepository final : public PeriodLockRepository {
  public:
    explicit SqlPeriodLockRepository(SqlConnection& connection) : m_connection(connection) {}

    // Period codes in text order.
    Result<std::vector<std::string>> list_locked(int plan_year) override;
    // Locking a locked period changes nothing: it keeps its first time and author.
    Result<void> lock(int plan_year, const std::string& period, const std::string& at,
                      const std::string& by) override;
    // Unlocking an unlocked period changes nothing.
    Result<void> unlock(int plan_year, const std::string& period) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
