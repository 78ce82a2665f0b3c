#include "store/sql/sql_audit_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<void> SqlAuditRepository::append(const AuditEntry& entry) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare("INSERT INTO audit_log (at, username, action, entity, "
                                        "task_code, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    return statement.bind(1, entry.at)
        .bind(2, entry.username)
        .bind(3, entry.action)
        .bind(4, entry.entity)
        .bind(5, entry.task_code)
        .bind(6, entry.before)
        .bind(7, entry.after)
        .run();
}

Result<std::vector<AuditEntry>> SqlAuditRepository::list_for_task(const std::string& task_code) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT id, at, username, action, entity, task_code, "
                                             "before, after FROM audit_log WHERE task_code = ? "
                                             "ORDER BY id"));
    statement.bind(1, task_code);
    std::vector<AuditEntry> entries;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        entries.push_back(AuditEntry{statement.integer(0), statement.text(1), statement.text(2),
                                     statement.text(3), statement.text(4), statement.text(5),
                                     statement.text(6), statement.text(7)});
        return {};
    }));
    return entries;
}

}  // namespace parindex
