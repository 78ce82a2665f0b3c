#pragma once
// Checks text a person typed into a form: shared by the use cases that take it.

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace parindex {

// Trimmed, required, valid UTF-8, at most `limit` characters, returned as NFC; an error names the
// field by its label and by its code.
[[nodiscard]] Result<std::string> required_text(const std::string& text, std::size_t limit,
                                                Label field, std::string_view field_code);

}  // namespace parindex
