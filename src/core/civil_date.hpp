#pragma once
// A calendar date without a time zone: deadlines, report periods and document dates are civil
// dates in Vietnam, written dd/mm/yyyy for people and yyyy-mm-dd for machines.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace parindex {

class CivilDate {
  public:
    // A valid date, or nothing (31/02/2025 is nothing).
    [[nodiscard]] static std::optional<CivilDate> create(int year, int month, int day);
    [[nodiscard]] static CivilDate last_day_of_month(int year, int month);
    // "31/12/2025" or "1/7/2025"; nothing for anything else.
    [[nodiscard]] static std::optional<CivilDate> parse_dmy(std::string_view text);
    // "2025-12-31"; nothing for anything else.
    [[nodiscard]] static std::optional<CivilDate> parse_iso(std::string_view text);

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; }
    [[nodiscard]] int day() const { return m_day; }

    // This date moved by a number of days (negative to go back).
    [[nodiscard]] CivilDate plus_days(int days) const;
    // Days from this date to `other` (negative when `other` is earlier).
    [[nodiscard]] int days_until(const CivilDate& other) const;
    // Days since 01/01/1970: a compact, ordered form for columns of dates.
    [[nodiscard]] int day_number() const;
    [[nodiscard]] static CivilDate from_day_number(int days);
    // 0 Sunday, 1 Monday, ..., 6 Saturday.
    [[nodiscard]] int weekday() const;

    [[nodiscard]] std::string to_dmy() const;  // 31/12/2025
    [[nodiscard]] std::string to_iso() const;  // 2025-12-31

    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
    friend bool operator==(const CivilDate&, const CivilDate&) = default;

  private:
    CivilDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    int m_year;
    int m_month;
    int m_day;
};

// The civil date in Vietnam (UTC+7, no daylight saving) of an instant written in ISO 8601 UTC
// ("2025-09-30T18:00:00Z" is 01/10/2025 there); nothing for other text.
[[nodiscard]] std::optional<CivilDate> vietnam_date_of(std::string_view iso_utc);

}  // namespace parindex
