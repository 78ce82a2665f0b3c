#pragma once
// Urging (đôn đốc): what each person should act on now. A report due within a week is a
// reminder to its unit; once its period has closed without a submitted report it is overdue, and
// the longer it stays so, the higher it climbs: to the unit head, then to the coordinator.
// Submitted reports wait for the coordinator's review; returned ones wait for their unit.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/report.hpp"
#include "domain/role.hpp"

namespace parindex {

enum class UrgingKind { due_soon, overdue, returned, to_review };
enum class UrgingLevel { unit, unit_head, coordinator };

inline constexpr int k_reminder_days = 7;          // before a period closes
inline constexpr int k_escalate_to_head_days = 5;  // after it closed
inline constexpr int k_escalate_to_coordinator_days = 10;

// A unit's duty to report on a task in some periods.
struct Responsibility {
    std::string task_code;
    std::string unit_key;
    AssignmentRole role = AssignmentRole::lead;
    std::vector<Period> periods;
};

struct UrgingItem {
    UrgingKind kind = UrgingKind::due_soon;
    UrgingLevel level = UrgingLevel::unit;
    std::string task_code;
    std::string unit_key;
    Period period;
    std::int64_t report_id = 0;  // 0 when no report exists yet
    CivilDate due_on;            // when the report was or is due
};

// `locked`: codes of locked periods, which ask nothing more of anyone.
[[nodiscard]] std::vector<UrgingItem> compute_urgings(const std::vector<Responsibility>& duties,
                                                      const std::vector<ProgressReport>& reports,
                                                      const std::vector<std::string>& locked,
                                                      const CivilDate& today);

// Whether the item belongs in this person's inbox.
[[nodiscard]] bool concerns(const UrgingItem& item, const Actor& actor);

[[nodiscard]] std::string_view urging_kind_code(UrgingKind kind);
[[nodiscard]] std::string_view urging_level_code(UrgingLevel level);

}  // namespace parindex
