#pragma once
// Units in SQLite.

#include "app/store.hpp"

namespace parindex {

class SqlConnection;

class SqlUnitRepository final : public UnitRepository {
  public:
    explicit SqlUnitRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<std::vector<Unit>> list_units() override;
    Result<void> save_units(const std::vector<Unit>& units) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
