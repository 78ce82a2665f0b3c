#include "domain/deadline.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/enum_table.hpp"
#include "core/labels.hpp"
#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "domain/node_code.hpp"

namespace parindex {

namespace {

// The deadline is read from its folded words ("Trước ngày 31/12/2025" becomes
// "truoc ngay 31 12 2025"), so case, diacritics and separators do not matter.
using Words = std::vector<std::string_view>;

Words split_words(std::string_view folded) {
    Words words;
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Drops the leading words when they are exactly `prefix`; true when it did.
bool consume(Words& words, std::initializer_list<std::string_view> prefix) {
    if (words.size() < prefix.size() || !std::equal(prefix.begin(), prefix.end(), words.begin())) {
        return false;
    }
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(prefix.size()));
    return true;
}

std::optional<CivilDate> read_date(const Words& words) {
    if (words.size() != 3) {
        return std::nullopt;
    }
    const auto day = parse_exact<int>(words[0]);
    const auto month = parse_exact<int>(words[1]);
    const auto year = parse_exact<int>(words[2]);
    if (!day || !month || !year) {
        return std::nullopt;
    }
    return CivilDate::create(*year, *month, *day);
}

std::optional<int> read_year(const Words& words) {
    if (words.size() != 1 || words[0].size() != 4) {
        return std::nullopt;
    }
    return parse_exact<int>(words[0]);
}

std::optional<int> read_quarter(std::string_view word) {
    const auto number = parse_exact<int>(word);
    if (number) {
        return *number >= 1 && *number <= 4 ? number : std::nullopt;
    }
    std::string upper(word);
    for (char& c : upper) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const auto roman = from_roman(upper);
    return roman && *roman <= 4 ? roman : std::nullopt;
}

std::optional<Deadline> read_quarter_deadline(Words words) {
    if (words.empty()) {
        return std::nullopt;
    }
    const auto quarter = read_quarter(words[0]);
    words.erase(words.begin());
    consume(words, {"nam"});
    const auto year = read_year(words);
    if (!quarter || !year) {
        return std::nullopt;
    }
    return Deadline{DeadlineKind::within_quarter,
                    CivilDate::last_day_of_month(*year, *quarter * 3)};
}

std::optional<Deadline> read_month_deadline(Words words) {
    if (words.empty()) {
        return std::nullopt;
    }
    const auto month = parse_exact<int>(words[0]);
    words.erase(words.begin());
    consume(words, {"nam"});
    const auto year = read_year(words);
    if (!month || *month < 1 || *month > 12 || !year || !CivilDate::create(*year, *month, 1)) {
        return std::nullopt;
    }
    return Deadline{DeadlineKind::within_month, CivilDate::last_day_of_month(*year, *month)};
}

std::optional<Deadline> year_end(DeadlineKind kind, int year) {
    const auto due = CivilDate::create(year, 12, 31);
    if (!due) {
        return std::nullopt;
    }
    return Deadline{kind, *due};
}

using KindCode = EnumEntry<DeadlineKind>;

constexpr std::array k_kind_codes = {
    KindCode{DeadlineKind::before_date, "before_date"},
    KindCode{DeadlineKind::on_date, "on_date"},
    KindCode{DeadlineKind::within_year, "within_year"},
    KindCode{DeadlineKind::within_quarter, "within_quarter"},
    KindCode{DeadlineKind::within_month, "within_month"},
    KindCode{DeadlineKind::ongoing, "ongoing"},
};

}  // namespace

std::optional<Deadline> parse_deadline(std::string_view text, int plan_year) {
    const std::string folded = fold_for_matching(text);
    Words words = split_words(folded);
    if (consume(words, {"thuong", "xuyen"}) || consume(words, {"hang", "thang"}) ||
        consume(words, {"hang", "quy"}) || consume(words, {"dinh", "ky"})) {
        return words.empty() ? year_end(DeadlineKind::ongoing, plan_year) : std::nullopt;
    }
    if (consume(words, {"truoc", "ngay"})) {
        const auto date = read_date(words);
        return date ? std::optional<Deadline>(Deadline{DeadlineKind::before_date, *date})
                    : std::nullopt;
    }
    consume(words, {"trong"});
    if (consume(words, {"nam"})) {
        const auto year = read_year(words);
        return year ? year_end(DeadlineKind::within_year, *year) : std::nullopt;
    }
    if (consume(words, {"quy"})) {
        return read_quarter_deadline(std::move(words));
    }
    if (consume(words, {"thang"})) {
        return read_month_deadline(std::move(words));
    }
    consume(words, {"ngay"});
    const auto date = read_date(words);
    return date ? std::optional<Deadline>(Deadline{DeadlineKind::on_date, *date}) : std::nullopt;
}

std::string describe_deadline(const Deadline& deadline) {
    const CivilDate& due = deadline.due;
    switch (deadline.kind) {
        case DeadlineKind::before_date:
            return format_label(Label::deadline_before_date, {due.to_dmy()});
        case DeadlineKind::on_date:
            return format_label(Label::deadline_on_date, {due.to_dmy()});
        case DeadlineKind::within_year:
            return format_label(Label::deadline_within_year, {std::to_string(due.year())});
        case DeadlineKind::within_quarter:
            return format_label(Label::deadline_within_quarter,
                                {to_roman(due.month() / 3), std::to_string(due.year())});
        case DeadlineKind::within_month:
            return format_label(Label::deadline_within_month,
                                {std::to_string(due.month()), std::to_string(due.year())});
        case DeadlineKind::ongoing:
            return std::string(label_text(Label::deadline_ongoing));
    }
    return {};
}

bool is_periodic(DeadlineKind kind) {
    return kind == DeadlineKind::within_year || kind == DeadlineKind::ongoing;
}

std::string_view deadline_kind_code(DeadlineKind kind) {
    return lookup(k_kind_codes, kind);
}

std::optional<DeadlineKind> deadline_kind_from_code(std::string_view code) {
    return reverse_lookup(k_kind_codes, code);
}

}  // namespace parindex
