#include "domain/target_extraction.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse_number.hpp"
#include "core/text.hpp"

namespace parindex {

namespace {

// The regexes run over UTF-8 bytes: every Vietnamese phrase is a literal byte sequence, so a
// capital first letter is written as an alternation "(?:Đ|đ)" (a bracket class would split the
// two bytes of "Đ"). Clauses are whitespace-collapsed first, so one literal space is enough.

enum class UnitKind {
    percent,       // "%"
    counted_noun,  // the noun the {NOUN} placeholder matched: "đơn vị", "hệ thống"
    none,
};

enum class LabelFrom {
    // The number closes the phrase ("X đạt trên 90%": label X) or opens it ("Hoàn thành 100%
    // Kế hoạch": label "Hoàn thành Kế hoạch"); the text around the match decides which.
    around_number,
    object,   // the text after the phrase: "không có X" measures X
    outside,  // both sides of a parenthesised count: "X (24 hệ thống) Y" measures "X Y"
};

struct Rule {
    // Placeholders: {N} a number ("01", "90,5"), {NOUN} a counted noun, {YEAR} four digits.
    // Every other group must be non-capturing: the placeholders own the capture groups.
    std::string_view pattern;
    Comparator comparator;
    UnitKind unit;
    LabelFrom label;
    std::optional<double> stated_value;  // the threshold a phrase implies without a number
};

// One row per phrase the plans use. Where two rows match at the same place the longer match
// wins, so "tối thiểu từ 90% trở lên" is read whole rather than as "tối thiểu từ 90%".
constexpr std::array k_rules = {
    Rule{"(?:T|t)rên {N} ?%", Comparator::greater, UnitKind::percent, LabelFrom::around_number,
         std::nullopt},
    Rule{"(?:D|d)ưới {N} ?%", Comparator::less, UnitKind::percent, LabelFrom::around_number,
         std::nullopt},
    Rule{"(?:(?:T|t)ối thiểu |(?:Í|í)t nhất )?(?:T|t)ừ {N} ?% trở lên",
         Comparator::greater_or_equal, UnitKind::percent, LabelFrom::around_number, std::nullopt},
    Rule{"(?:(?:T|t)ối thiểu|(?:Í|í)t nhất) (?:từ )?{N} ?%", Comparator::greater_or_equal,
         UnitKind::percent, LabelFrom::around_number, std::nullopt},
    Rule{"(?:K|k)hông quá {N} ?%", Comparator::less_or_equal, UnitKind::percent,
         LabelFrom::around_number, std::nullopt},
    Rule{"(?:T|t)ối đa {N} ?%", Comparator::less_or_equal, UnitKind::percent,
         LabelFrom::around_number, std::nullopt},
    Rule{"(?:Đ|đ)ạt (?:tỷ lệ |tỉ lệ )?{N} ?%", Comparator::greater_or_equal, UnitKind::percent,
         LabelFrom::around_number, std::nullopt},
    Rule{"là {N} ?%", Comparator::greater_or_equal, UnitKind::percent, LabelFrom::around_number,
         std::nullopt},
    // A bare "100%" in a plan is a floor to reach; "100%/tổng số ..." reads as "100% of ...".
    Rule{"{N} ?%/?", Comparator::greater_or_equal, UnitKind::percent, LabelFrom::around_number,
         std::nullopt},
    Rule{"(?:(?:Í|í)t nhất|(?:T|t)ối thiểu) (?:từ )?{N} {NOUN}", Comparator::greater_or_equal,
         UnitKind::counted_noun, LabelFrom::around_number, std::nullopt},
    Rule{"\\({N} {NOUN}\\)", Comparator::greater_or_equal, UnitKind::counted_noun,
         LabelFrom::outside, std::nullopt},
    Rule{"(?:G|g)iảm so với (?:năm )?{YEAR}", Comparator::decrease, UnitKind::none,
         LabelFrom::around_number, std::nullopt},
    Rule{"(?:T|t)ăng so với (?:năm )?{YEAR}", Comparator::increase, UnitKind::none,
         LabelFrom::around_number, std::nullopt},
    Rule{"(?:K|k)hông có(?= )", Comparator::equal, UnitKind::none, LabelFrom::object, 0.0},
};

// What a plan counts besides percentages. The group ends with a lookahead for a word end, so a
// noun never matches the first syllables of a longer word.
constexpr auto k_counted_nouns = std::to_array<std::string_view>({
    "doanh nghiệp", "công trình", "sáng kiến", "nhiệm vụ", "chỉ tiêu", "hệ thống",
    "cơ quan",      "văn bản",    "thủ tục",   "dịch vụ",  "mô hình",  "đơn vị",
    "hồ sơ",        "dự án",      "người",     "cuộc",     "buổi",     "TTHC",
    "lần",          "đợt",        "lớp",       "kỳ",
});

constexpr std::array<std::string_view, 4> k_rate_words = {"tỷ lệ", "Tỷ lệ", "tỉ lệ", "Tỉ lệ"};

// Words that open a requirement but are not what is measured ("Phần đầu" is the seed's typo).
constexpr std::array<std::string_view, 8> k_leading_fillers = {
    "Phấn đấu", "phấn đấu", "Phần đầu", "phần đầu", "Đạt", "đạt", "Có", "có",
};

// The verb that links a subject to its number: "X đạt 90%", "X là 100%".
constexpr std::array<std::string_view, 2> k_trailing_links = {"đạt", "là"};

// Text after a number that starts with one of these belongs elsewhere: to the next target
// ("và tỷ lệ ...") or to the scope of this one ("đối với các TTHC ...").
constexpr std::array<std::string_view, 4> k_connectors = {"và", "Và", "hoặc", "Hoặc"};
constexpr std::array<std::string_view, 2> k_scope_words = {"đối với", "Đối với"};

constexpr std::string_view k_number_group = "([0-9]+(?:,[0-9]+)?)";
constexpr std::string_view k_year_group = "([0-9]{4})";
constexpr std::string_view k_year_word = "năm ";

struct CompiledRule {
    const Rule* rule = nullptr;
    std::regex regex;
    std::size_t number_group = 0;  // 0: the pattern has no such placeholder
    std::size_t noun_group = 0;
    std::size_t year_group = 0;
};

std::string noun_group() {
    std::string group = "(";
    for (std::size_t i = 0; i < k_counted_nouns.size(); ++i) {
        group += i == 0 ? "" : "|";
        group += k_counted_nouns[i];
    }
    return group + ")(?=[ ,.;:)]|$)";
}

CompiledRule compile(const Rule& rule) {
    CompiledRule compiled;
    compiled.rule = &rule;
    std::string pattern;
    std::size_t groups = 0;
    for (std::size_t i = 0; i < rule.pattern.size();) {
        const std::string_view rest = rule.pattern.substr(i);
        if (rest.starts_with("{N}")) {
            pattern += k_number_group;
            compiled.number_group = ++groups;
            i += 3;
        } else if (rest.starts_with("{NOUN}")) {
            pattern += noun_group();
            compiled.noun_group = ++groups;
            i += 6;
        } else if (rest.starts_with("{YEAR}")) {
            pattern += k_year_group;
            compiled.year_group = ++groups;
            i += 6;
        } else {
            pattern += rule.pattern[i];
            ++i;
        }
    }
    compiled.regex = std::regex(pattern, std::regex::ECMAScript);
    return compiled;
}

const std::vector<CompiledRule>& compiled_rules() {
    static const std::vector<CompiledRule> rules = [] {
        std::vector<CompiledRule> out;
        out.reserve(k_rules.size());
        for (const Rule& rule : k_rules) {
            out.push_back(compile(rule));
        }
        return out;
    }();
    return rules;
}

// --- Reading numbers -------------------------------------------------------------------------

// "01" is 1 and "90,5" is 90.5: the comma is the Vietnamese decimal separator.
std::optional<double> parse_number(std::string text) {
    std::replace(text.begin(), text.end(), ',', '.');
    return parse_exact<double>(text);
}

// --- Finding the phrases ---------------------------------------------------------------------

struct Match {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t label_from = 0;  // where the text after the number begins
    const Rule* rule = nullptr;
    std::optional<double> value;
    std::string unit;
    std::optional<int> reference_year;
};

bool is_ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Bytes from 0x80 up belong to a multi-byte letter: Vietnamese letters count as word bytes.
bool is_word_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || is_ascii_alnum(byte);
}

// "là 100%" must not match inside a longer word; the regex cannot look behind.
bool starts_at_word_boundary(std::string_view clause, std::size_t start) {
    if (start == 0 || !is_word_byte(clause[start])) {
        return true;
    }
    return !is_word_byte(clause[start - 1]);
}

// A four-digit number right after "năm" is a year ("năm 2025"), never a threshold.
bool is_year(std::string_view clause, std::size_t number_start, std::size_t number_length) {
    return number_length == 4 && clause.substr(0, number_start).ends_with(k_year_word);
}

std::optional<Match> read_match(const CompiledRule& compiled, std::string_view clause,
                                const std::cmatch& found) {
    Match match;
    match.rule = compiled.rule;
    match.start = static_cast<std::size_t>(found.position(0));
    match.end = match.start + static_cast<std::size_t>(found.length(0));
    match.label_from = match.end;
    if (!starts_at_word_boundary(clause, match.start)) {
        return std::nullopt;
    }
    match.value = compiled.rule->stated_value;
    if (compiled.number_group != 0) {
        const auto group = compiled.number_group;
        const auto position = static_cast<std::size_t>(found.position(group));
        const auto length = static_cast<std::size_t>(found.length(group));
        if (is_year(clause, position, length)) {
            return std::nullopt;
        }
        match.value = parse_number(found.str(group));
        if (!match.value) {
            return std::nullopt;
        }
    }
    if (compiled.year_group != 0) {
        match.reference_year = parse_exact<int>(found.str(compiled.year_group));
    }
    switch (compiled.rule->unit) {
        case UnitKind::percent:
            match.unit = "%";
            break;
        case UnitKind::counted_noun:
            match.unit = found.str(compiled.noun_group);
            if (compiled.rule->label == LabelFrom::around_number) {
                // The noun is part of what is counted: "01 đơn vị SNCL ..." measures "đơn vị SNCL".
                match.label_from = static_cast<std::size_t>(found.position(compiled.noun_group));
            }
            break;
        case UnitKind::none:
            break;
    }
    return match;
}

// Every rule's matches, then the earliest (and at one place the longest) wins each stretch of
// text, so "trên 90%" is not read a second time as a bare "90%".
std::vector<Match> find_matches(std::string_view clause) {
    std::vector<Match> candidates;
    for (const CompiledRule& compiled : compiled_rules()) {
        const char* const begin = clause.data();
        const char* const end = clause.data() + clause.size();
        for (std::cregex_iterator it(begin, end, compiled.regex), last; it != last; ++it) {
            if (auto match = read_match(compiled, clause, *it)) {
                candidates.push_back(std::move(*match));
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Match& a, const Match& b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.end > b.end;
    });
    std::vector<Match> chosen;
    for (Match& candidate : candidates) {
        if (chosen.empty() || candidate.start >= chosen.back().end) {
            chosen.push_back(std::move(candidate));
        }
    }
    return chosen;
}

// --- Labels ----------------------------------------------------------------------------------

// The length of the listed word (possibly of several syllables) that opens the text, or 0.
template <std::size_t N>
std::size_t leading_word(std::string_view text, const std::array<std::string_view, N>& words) {
    for (const std::string_view word : words) {
        if (text.starts_with(word) && (text.size() == word.size() || text[word.size()] == ' ')) {
            return word.size();
        }
    }
    return 0;
}

template <std::size_t N>
bool starts_with_word(std::string_view text, const std::array<std::string_view, N>& words) {
    return leading_word(text, words) != 0;
}

bool mentions_rate(std::string_view text) {
    return std::any_of(k_rate_words.begin(), k_rate_words.end(),
                       [&](std::string_view word) { return text.find(word) != text.npos; });
}

bool mentions_rate_or_percent(std::string_view text) {
    return text.find('%') != text.npos || mentions_rate(text);
}

// From the last "tỷ lệ" on: "Phấn đấu tỷ lệ hồ sơ ..." measures "tỷ lệ hồ sơ ...".
std::string_view from_last_rate(std::string_view text) {
    std::size_t last = text.npos;
    for (const std::string_view word : k_rate_words) {
        const std::size_t at = text.rfind(word);
        if (at != text.npos && (last == text.npos || at > last)) {
            last = at;
        }
    }
    return last == text.npos ? text : text.substr(last);
}

constexpr std::string_view k_edge_punctuation = " ,;:.";

// Trims spaces and punctuation, a list dash ("- Tỷ lệ") and a joining "và" at the start.
std::string_view trim_edges(std::string_view text) {
    for (bool changed = true; changed;) {
        changed = false;
        const std::size_t first = text.find_first_not_of(k_edge_punctuation);
        text = first == text.npos ? std::string_view{} : text.substr(first);
        if (text.starts_with("- ") || text == "-") {
            text.remove_prefix(1);
            changed = true;
        } else if (const std::size_t length = leading_word(text, k_connectors); length != 0) {
            text.remove_prefix(length);
            changed = true;
        }
    }
    const std::size_t last = text.find_last_not_of(k_edge_punctuation);
    return last == text.npos ? std::string_view{} : text.substr(0, last + 1);
}

// What is measured, without the words that only frame it: "Phấn đấu", "đạt", "là".
std::string tidy(std::string_view text) {
    text = trim_edges(text);
    while (const std::size_t length = leading_word(text, k_leading_fillers)) {
        text = trim_edges(text.substr(length));
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::string_view link : k_trailing_links) {
            const bool whole = text == link;
            const bool after_space = text.size() > link.size() && text.ends_with(link) &&
                                     text[text.size() - link.size() - 1] == ' ';
            if (whole || after_space) {
                text = trim_edges(text.substr(0, text.size() - link.size()));
                changed = true;
            }
        }
    }
    return std::string(text);
}

std::string join_words(const std::string& first, const std::string& second) {
    if (first.empty() || second.empty()) {
        return first + second;
    }
    return first + " " + second;
}

// The number opens a phrase when a subject follows it ("100% TTHC ... được công khai"). Not
// when a comma, "và" or a scope follows, nor when a rate was named before the number.
bool opens_phrase(std::string_view before, std::string_view after) {
    const std::size_t first = after.find_first_not_of(' ');
    if (first == after.npos) {
        return false;
    }
    after.remove_prefix(first);
    if (!is_word_byte(after.front()) || starts_with_word(after, k_connectors) ||
        starts_with_word(after, k_scope_words)) {
        return false;
    }
    return !mentions_rate(before);
}

std::string label_for(const Match& match, std::string_view clause, std::size_t previous_end,
                      std::size_t next_start) {
    const std::string_view before = clause.substr(previous_end, match.start - previous_end);
    const std::string_view after = clause.substr(match.label_from, next_start - match.label_from);
    std::string label;
    switch (match.rule->label) {
        case LabelFrom::around_number:
            if (opens_phrase(before, after)) {
                label = join_words(tidy(before), tidy(after));
            } else {
                label = tidy(from_last_rate(before));
                label = label.empty() ? tidy(after) : label;
            }
            break;
        case LabelFrom::object:
            label = tidy(after);
            label = label.empty() ? tidy(from_last_rate(before)) : label;
            break;
        case LabelFrom::outside:
            label = join_words(tidy(from_last_rate(before)), tidy(after));
            break;
    }
    if (label.empty()) {
        label = tidy(clause);
    }
    return capitalize_first(label);
}

// --- Clauses ---------------------------------------------------------------------------------

// Lines and ";" separate statements that each carry their own targets.
std::vector<std::string> split_clauses(std::string_view text) {
    std::vector<std::string> clauses;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t stop = std::min(text.find_first_of("\n;", start), text.size());
        std::string clause = collapse_whitespace(text.substr(start, stop - start));
        if (!clause.empty()) {
            clauses.push_back(std::move(clause));
        }
        start = stop + 1;
    }
    return clauses;
}

std::size_t count_percent(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '%'));
}

// A rate named with no number read, or a "%" outside every match, is worth a person's look.
bool has_unread_number(std::string_view clause, const std::vector<Match>& matches) {
    if (matches.empty()) {
        return mentions_rate_or_percent(clause);
    }
    std::size_t read = 0;
    for (const Match& match : matches) {
        read += count_percent(clause.substr(match.start, match.end - match.start));
    }
    return read < count_percent(clause);
}

void read_clause(std::string_view clause, TargetExtraction& extraction) {
    const std::vector<Match> matches = find_matches(clause);
    extraction.has_unread_number =
        extraction.has_unread_number || has_unread_number(clause, matches);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const std::size_t previous_end = i == 0 ? 0 : matches[i - 1].end;
        const std::size_t next_start =
            i + 1 < matches.size() ? matches[i + 1].start : clause.size();
        Target target;
        target.label = label_for(matches[i], clause, previous_end, next_start);
        target.comparator = matches[i].rule->comparator;
        target.value = matches[i].value;
        target.unit = matches[i].unit;
        target.reference_year = matches[i].reference_year;
        target.origin = TargetOrigin::extracted;
        extraction.targets.push_back(std::move(target));
    }
}

}  // namespace

TargetExtraction extract_targets(std::string_view requirement) {
    // The importer hands over NFC; normalising again keeps the byte-literal rules safe for
    // any other caller.
    const std::string text = to_nfc(requirement);
    TargetExtraction extraction;
    for (const std::string& clause : split_clauses(text)) {
        read_clause(clause, extraction);
    }
    if (!extraction.targets.empty()) {
        return extraction;
    }
    Target qualitative;
    qualitative.label = capitalize_first(collapse_whitespace(text));
    qualitative.comparator = Comparator::qualitative;
    qualitative.origin = TargetOrigin::extracted;
    extraction.targets.push_back(std::move(qualitative));
    extraction.has_unread_number = mentions_rate_or_percent(text);
    return extraction;
}

}  // namespace parindex
