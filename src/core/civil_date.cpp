#include "core/civil_date.hpp"

#include <chrono>
#include <cstdio>

#include "core/parse_number.hpp"

namespace parindex {

namespace {

std::optional<int> parse_int(std::string_view text, std::size_t min_digits,
                             std::size_t max_digits) {
    if (text.size() < min_digits || text.size() > max_digits) {
        return std::nullopt;
    }
    return parse_exact<int>(text);
}

}  // namespace

std::optional<CivilDate> CivilDate::create(int year, int month, int day) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return CivilDate(year, month, day);
}

CivilDate CivilDate::last_day_of_month(int year, int month) {
    const std::chrono::year_month_day_last last{
        std::chrono::year{year},
        std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
    return CivilDate(year, month, static_cast<int>(static_cast<unsigned>(last.day())));
}

std::optional<CivilDate> CivilDate::parse_dmy(std::string_view text) {
    const std::size_t first = text.find('/');
    const std::size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos) {
        return std::nullopt;
    }
    const auto day = parse_int(text.substr(0, first), 1, 2);
    const auto month = parse_int(text.substr(first + 1, second - first - 1), 1, 2);
    const auto year = parse_int(text.substr(second + 1), 4, 4);
    if (!day || !month || !year) {
        return std::nullopt;
    }
    return create(*year, *month, *day);
}

std::optional<CivilDate> CivilDate::parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto year = parse_int(text.substr(0, 4), 4, 4);
    const auto month = parse_int(text.substr(5, 2), 2, 2);
    const auto day = parse_int(text.substr(8, 2), 2, 2);
    if (!day || !month || !year) {
        return std::nullopt;
    }
    return create(*year, *month, *day);
}

namespace {

std::chrono::sys_days to_sys_days(int year, int month, int day) {
    return std::chrono::year_month_day{std::chrono::year{year},
                                       std::chrono::month{static_cast<unsigned>(month)},
                                       std::chrono::day{static_cast<unsigned>(day)}};
}

}  // namespace

CivilDate CivilDate::plus_days(int days) const {
    const std::chrono::year_month_day moved{to_sys_days(m_year, m_month, m_day) +
                                            std::chrono::days{days}};
    return CivilDate(static_cast<int>(moved.year()),
                     static_cast<int>(static_cast<unsigned>(moved.month())),
                     static_cast<int>(static_cast<unsigned>(moved.day())));
}

int CivilDate::days_until(const CivilDate& other) const {
    return static_cast<int>((to_sys_days(other.m_year, other.m_month, other.m_day) -
                             to_sys_days(m_year, m_month, m_day))
                                .count());
}

int CivilDate::day_number() const {
    return static_cast<int>(to_sys_days(m_year, m_month, m_day).time_since_epoch().count());
}

CivilDate CivilDate::from_day_number(int days) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{days}}};
    return CivilDate(static_cast<int>(date.year()),
                     static_cast<int>(static_cast<unsigned>(date.month())),
                     static_cast<int>(static_cast<unsigned>(date.day())));
}

int CivilDate::weekday() const {
    return static_cast<int>(std::chrono::weekday{to_sys_days(m_year, m_month, m_day)}.c_encoding());
}

std::optional<CivilDate> vietnam_date_of(std::string_view iso_utc) {
    constexpr int k_offset_hours = 7;
    constexpr int k_hours_per_day = 24;
    if (iso_utc.size() < 13 || iso_utc[10] != 'T') {
        return std::nullopt;
    }
    const auto date = CivilDate::parse_iso(iso_utc.substr(0, 10));
    const auto hour = parse_exact<int>(iso_utc.substr(11, 2));
    if (!date || !hour || *hour < 0 || *hour >= k_hours_per_day) {
        return std::nullopt;
    }
    return *hour + k_offset_hours >= k_hours_per_day ? date->plus_days(1) : *date;
}

std::string CivilDate::to_dmy() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", m_day, m_month, m_year);
    return buffer;
}

std::string CivilDate::to_iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", m_year, m_month, m_day);
    return buffer;
}

}  // namespace parindex
