#pragma once
// "My work": the urgings that concern the person, and the open obstacles waiting for those who
// answer them.

#include <vector>

#include "app/overview.hpp"
#include "domain/obstacle.hpp"
#include "domain/urging.hpp"

namespace parindex {

struct InboxItem {
    UrgingItem urging;
    const Obstacle* obstacle = nullptr;  // set for an open obstacle; urging is then unused
};

[[nodiscard]] std::vector<InboxItem> build_inbox(const Overview& overview, const Actor& actor,
                                                 const std::vector<Obstacle>& obstacles);

// Every unit's duty to report on every task it leads or supports, in the task's periods.
[[nodiscard]] std::vector<Responsibility> responsibilities(const Overview& overview);

}  // namespace parindex
