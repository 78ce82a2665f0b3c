#include "importers/cell_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/text.hpp"

namespace parindex {

namespace {

// Words that must open the repeated statement before it counts as a duplicate: fewer would
// catch ordinary repetition ("Thực hiện ... Thực hiện").
constexpr std::size_t k_min_repeated_words = 6;

struct Entity {
    std::string_view name;
    std::string_view text;
};

constexpr std::array k_entities = {
    Entity{"&nbsp;", " "}, Entity{"&amp;", "&"},   Entity{"&lt;", "<"},
    Entity{"&gt;", ">"},   Entity{"&quot;", "\""}, Entity{"&#39;", "'"},
};

bool is_line_break_tag(std::string_view tag) {
    const std::string name = fold_for_matching(tag);
    return name == "p" || name == "br" || name == "div" || name == "li";
}

std::string decode_entities(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool is_entity = false;
        for (const Entity& entity : k_entities) {
            if (text.substr(i).starts_with(entity.name)) {
                out += entity.text;
                i += entity.name.size() - 1;
                is_entity = true;
                break;
            }
        }
        if (!is_entity) {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) {
            words.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}

bool is_subsequence(const std::vector<std::string_view>& part,
                    const std::vector<std::string_view>& whole) {
    std::size_t next = 0;
    for (const std::string_view word : whole) {
        if (next < part.size() && part[next] == word) {
            ++next;
        }
    }
    return next == part.size();
}

std::string join_words(const std::vector<std::string_view>& words, std::size_t first,
                       std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += words[i];
    }
    return out;
}

}  // namespace

std::optional<std::string> strip_html(std::string_view cell) {
    std::string out;
    bool had_tag = false;
    std::size_t i = 0;
    while (i < cell.size()) {
        const std::size_t close = cell[i] == '<' ? cell.find('>', i) : std::string_view::npos;
        const bool is_tag =
            close != std::string_view::npos && i + 1 < cell.size() &&
            (std::isalpha(static_cast<unsigned char>(cell[i + 1])) != 0 || cell[i + 1] == '/');
        if (!is_tag) {
            out += cell[i++];
            continue;
        }
        had_tag = true;
        std::string_view tag = cell.substr(i + 1, close - i - 1);
        if (tag.starts_with('/')) {
            tag.remove_prefix(1);
        }
        tag = tag.substr(0, tag.find_first_of(" /"));
        if (is_line_break_tag(tag)) {
            out += '\n';
        }
        i = close + 1;
    }
    if (!had_tag) {
        return std::nullopt;
    }
    return tidy_lines(decode_entities(out));
}

std::optional<DuplicateRemoval> remove_duplicated_opening(std::string_view cell) {
    const std::vector<std::string_view> words = split_words(cell);
    if (words.size() < 2 * k_min_repeated_words) {
        return std::nullopt;
    }
    for (std::size_t start = k_min_repeated_words; start + k_min_repeated_words <= words.size();
         ++start) {
        const bool repeats_opening = std::equal(words.begin(), words.begin() + k_min_repeated_words,
                                                words.begin() + static_cast<std::ptrdiff_t>(start));
        if (!repeats_opening) {
            continue;
        }
        const std::vector<std::string_view> draft(
            words.begin(), words.begin() + static_cast<std::ptrdiff_t>(start));
        const std::vector<std::string_view> statement(
            words.begin() + static_cast<std::ptrdiff_t>(start), words.end());
        if (is_subsequence(draft, statement)) {
            return DuplicateRemoval{join_words(words, start, words.size()),
                                    join_words(words, 0, start)};
        }
    }
    return std::nullopt;
}

std::string tidy_lines(std::string_view cell) {
    std::string out;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find('\n', start), cell.size());
        const std::string line = collapse_whitespace(cell.substr(start, end - start));
        if (!line.empty()) {
            if (!out.empty()) {
                out += '\n';
            }
            out += line;
        }
        start = end + 1;
    }
    return out;
}

}  // namespace parindex
