#pragma once
// One line of the audit log: who did what to which record, when, with the record as JSON before
// and after, so a task's history can be shown and any change traced.

#include <cstdint>
#include <string>

namespace parindex {

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;         // ISO 8601 UTC
    std::string username;   // who
    std::string action;     // "report.submit", "report.return", "period.lock", ...
    std::string entity;     // "report:12", "period:2025-Q3", "user:4"
    std::string task_code;  // the task it concerns, when it concerns one
    std::string before;     // JSON, empty for a creation
    std::string after;      // JSON, empty for a deletion
};

}  // namespace parindex
