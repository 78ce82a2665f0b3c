#pragma once
// Every piece of Vietnamese text a user sees goes through this table, so each term is
// translated once (glossary: docs/glossary.md). Identifiers stay English; labels.inc holds
// the text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {

enum class Label : std::uint16_t {
#define PARINDEX_LABEL(id, text) id,
#include "core/labels.inc"
#undef PARINDEX_LABEL
};

// The label's text as written in the table, placeholders untouched.
[[nodiscard]] std::string_view label_text(Label label);

// The label's text with {1}, {2}, ... replaced by the arguments; a placeholder without an
// argument is left as it is so that a missing argument shows instead of vanishing.
[[nodiscard]] std::string format_label(Label label, const std::vector<std::string>& args = {});

}  // namespace parindex
