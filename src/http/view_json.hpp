#pragma once
// The JSON shapes of docs/api.md, one function per shape. Only json_fwd here.

#include <nlohmann/json_fwd.hpp>

#include "app/dashboard.hpp"
#include "app/inbox.hpp"
#include "app/overview.hpp"
#include "app/period_calendar.hpp"
#include "domain/audit_entry.hpp"
#include "domain/obstacle.hpp"
#include "domain/user.hpp"

namespace parindex {

[[nodiscard]] nlohmann::json user_json(const User& user);
[[nodiscard]] nlohmann::json status_json(const TaskStatus& status);
[[nodiscard]] nlohmann::json counts_json(const StatusCounts& counts);
[[nodiscard]] nlohmann::json task_summary_json(const TaskView& task, const Overview& overview);
[[nodiscard]] nlohmann::json report_json(const ProgressReport& report, const Overview& overview,
                                         const Actor& actor);
[[nodiscard]] nlohmann::json evidence_json(const EvidenceFile& file);
[[nodiscard]] nlohmann::json document_json(const DocumentReference& document);
[[nodiscard]] nlohmann::json obstacle_json(const Obstacle& obstacle, const Overview& overview);
[[nodiscard]] nlohmann::json comment_json(const TaskComment& comment);
[[nodiscard]] nlohmann::json audit_json(const AuditEntry& entry);
[[nodiscard]] nlohmann::json period_json(const PeriodView& period);
[[nodiscard]] nlohmann::json dashboard_json(const Dashboard& dashboard, const Overview& overview);
[[nodiscard]] nlohmann::json inbox_item_json(const InboxItem& item, const Overview& overview);
[[nodiscard]] nlohmann::json public_progress_json(const Dashboard& dashboard,
                                                  const Overview& overview);

}  // namespace parindex
