#pragma once
// The audit log in SQLite: appended to, never changed.

#include "app/workflow_store.hpp"

namespace parindex {

class SqlConnection;

class SqlAuditRepository final : public AuditRepository {
  public:
    explicit SqlAuditRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<void> append(const AuditEntry& entry) override;
    // In the order they were appended (id order).
    Result<std::vector<AuditEntry>> list_for_task(const std::string& task_code) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
