#include "core/labels.hpp"

#include <algorithm>
#include <array>

namespace parindex {

namespace {

constexpr std::array k_texts = {
#define PARINDEX_LABEL(id, text) std::string_view{text},
#include "core/labels.inc"
#undef PARINDEX_LABEL
};

}  // namespace

std::string_view label_text(Label label) {
    return k_texts.at(static_cast<std::size_t>(label));
}

std::string format_label(Label label, const std::vector<std::string>& args) {
    const std::string_view text = label_text(label);
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t close = text.find('}', i);
        const bool is_placeholder =
            text[i] == '{' && close != std::string_view::npos && close > i + 1 && close - i <= 3;
        if (!is_placeholder) {
            out += text[i];
            continue;
        }
        const std::string_view digits = is_placeholder ? text.substr(i + 1, close - i - 1) : "";
        if (!std::all_of(digits.begin(), digits.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
            out += text[i];
            continue;
        }
        std::size_t index = 0;
        for (const char digit : digits) {
            index = index * 10 + static_cast<std::size_t>(digit - '0');
        }
        if (index >= 1 && index <= args.size()) {
            out += args[index - 1];
        } else {
            out.append(text.substr(i, close - i + 1));
        }
        i = close;
    }
    return out;
}

}  // namespace parindex
