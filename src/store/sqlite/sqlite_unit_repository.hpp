#pragma once
// Units in SQLite.

#include "app/store.hpp"

namespace parindex {

class SqliteConnection;

class SqliteUnitRepository final : public UnitRepository {
  public:
    explicit SqliteUnitRepository(SqliteConnection& connection) : m_connection(connection) {}

    Result<std::vector<Unit>> list_units() override;
    Result<void> save_units(const std::vector<Unit>& units) override;

  private:
    SqliteConnection& m_connection;
};

}  // namespace parindex
