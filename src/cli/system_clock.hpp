#pragma once
// The clock of a running parindex: Vietnam's civil date (UTC+7 all year), and instants in UTC.
// A fixed "today" (serve --today) replays a past plan year for demonstrations and training,
// keeping the time of day real.

#include <optional>

#include "app/clock.hpp"

namespace parindex {

class SystemClock final : public Clock {
  public:
    explicit SystemClock(std::optional<CivilDate> fixed_today = std::nullopt)
        : m_fixed_today(fixed_today) {}

    [[nodiscard]] CivilDate today() const override;
    [[nodiscard]] std::string now() const override;
    [[nodiscard]] std::string later(long seconds) const override;

  private:
    std::optional<CivilDate> m_fixed_today;
};

}  // namespace parindex
