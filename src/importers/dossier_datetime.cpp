#include "importers/dossier_datetime.hpp"

#include "core/parse_number.hpp"

namespace parindex {

namespace {

constexpr int k_hours = 24;
constexpr int k_minutes = 60;

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::optional<int> digits(std::string_view text) {
    return all_digits(text) ? parse_exact<int>(text) : std::nullopt;
}

// "08:30" or "08:30:00", optionally with an ISO fraction of a second; no zone designator.
bool is_time(std::string_view text) {
    if (text.size() < 5 || text[2] != ':') {
        return false;
    }
    const auto hour = digits(text.substr(0, 2));
    const auto minute = digits(text.substr(3, 2));
    if (!hour || !minute || *hour >= k_hours || *minute >= k_minutes) {
        return false;
    }
    text.remove_prefix(5);
    if (text.empty()) {
        return true;
    }
    if (text.size() < 3 || text[0] != ':') {
        return false;
    }
    const auto second = digits(text.substr(1, 2));
    if (!second || *second >= k_minutes) {
        return false;
    }
    text.remove_prefix(3);
    if (text.empty()) {
        return true;
    }
    return text[0] == '.' && all_digits(text.substr(1));
}

std::optional<CivilDate> compact(std::string_view text) {
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(4, 2));
    const auto day = digits(text.substr(6, 2));
    if (!year || !month || !day) {
        return std::nullopt;
    }
    if (text.size() == 14) {
        const auto hour = digits(text.substr(8, 2));
        const auto minute = digits(text.substr(10, 2));
        const auto second = digits(text.substr(12, 2));
        if (!hour || !minute || !second || *hour >= k_hours || *minute >= k_minutes ||
            *second >= k_minutes) {
            return std::nullopt;
        }
    }
    return CivilDate::create(*year, *month, *day);
}

}  // namespace

std::optional<CivilDate> parse_dossier_datetime(std::string_view text) {
    if ((text.size() == 8 || text.size() == 14) && all_digits(text)) {
        return compact(text);
    }
    if (text.size() >= 10 && text[4] == '-') {
        const auto date = CivilDate::parse_iso(text.substr(0, 10));
        if (!date || text.size() == 10) {
            return date;
        }
        const char separator = text[10];
        return (separator == 'T' || separator == ' ') && is_time(text.substr(11)) ? date
                                                                                  : std::nullopt;
    }
    const std::size_t space = text.find(' ');
    const auto date = CivilDate::parse_dmy(text.substr(0, space));
    if (!date || space == std::string_view::npos) {
        return date;
    }
    return is_time(text.substr(space + 1)) ? date : std::nullopt;
}

}  // namespace parindex
