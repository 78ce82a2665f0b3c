#pragma once
// The time the use cases see: today's civil date in Vietnam and the current instant. An
// interface so that tests, and demos of a past plan year, can fix it.

#include <string>

#include "core/civil_date.hpp"

namespace parindex {

class Clock {
  public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual CivilDate today() const = 0;
    // ISO 8601 in UTC, seconds precision: "2025-11-20T08:30:00Z".
    [[nodiscard]] virtual std::string now() const = 0;
    // The same instant plus some seconds (session expiry).
    [[nodiscard]] virtual std::string later(long seconds) const = 0;
};

}  // namespace parindex
