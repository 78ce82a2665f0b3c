#pragma once
// Records as JSON for the audit log's before and after columns.

#include <string>

#include "domain/obstacle.hpp"
#include "domain/report.hpp"
#include "domain/user.hpp"

namespace parindex {

[[nodiscard]] std::string snapshot(const ProgressReport& report);
[[nodiscard]] std::string snapshot(const User& user);  // never the password hash
[[nodiscard]] std::string snapshot(const Obstacle& obstacle);
[[nodiscard]] std::string snapshot(const TaskComment& comment);

}  // namespace parindex
