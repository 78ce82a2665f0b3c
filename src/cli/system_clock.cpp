#include "cli/system_clock.hpp"

#include <chrono>
#include <cstdio>

namespace parindex {

namespace {

constexpr std::chrono::hours k_vietnam_offset{7};

CivilDate to_civil(std::chrono::sys_days days) {
    const std::chrono::year_month_day date{days};
    return *CivilDate::create(static_cast<int>(date.year()),
                              static_cast<int>(static_cast<unsigned>(date.month())),
                              static_cast<int>(static_cast<unsigned>(date.day())));
}

// The instant as ISO 8601 UTC, shifted by whole days so that today in Vietnam falls on the fixed
// day when there is one (an instant at 21:00 UTC is already the next day in Vietnam).
std::string format_instant(std::chrono::system_clock::time_point instant,
                           const std::optional<CivilDate>& fixed_today) {
    auto seconds = std::chrono::floor<std::chrono::seconds>(instant);
    if (fixed_today) {
        const CivilDate real_today = to_civil(std::chrono::floor<std::chrono::days>(
            std::chrono::system_clock::now() + k_vietnam_offset));
        seconds += std::chrono::days{real_today.days_until(*fixed_today)};
    }
    const auto day = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::hh_mm_ss time{seconds - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", to_civil(day).to_iso().c_str(),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

}  // namespace

CivilDate SystemClock::today() const {
    if (m_fixed_today) {
        return *m_fixed_today;
    }
    return to_civil(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() + k_vietnam_offset));
}

std::string SystemClock::now() const {
    return format_instant(std::chrono::system_clock::now(), m_fixed_today);
}

std::string SystemClock::later(long seconds) const {
    // Session expiry is compared with now(); on a fixed day both move with the real clock.
    return format_instant(std::chrono::system_clock::now() + std::chrono::seconds{seconds},
                          m_fixed_today);
}

}  // namespace parindex
