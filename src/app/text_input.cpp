#include "app/text_input.hpp"

#include "core/text.hpp"

namespace parindex {

Result<std::string> required_text(const std::string& text, std::size_t limit, Label field,
                                  std::string_view field_code) {
    std::string trimmed = text;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    const Location where{{}, 0, std::string(field_code)};
    if (trimmed.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(field))}, where);
    }
    if (!is_valid_utf8(trimmed) || count_characters(trimmed) > limit) {
        return fail(ErrorCode::invalid_input, Label::error_field_too_long,
                    {std::string(label_text(field)), std::to_string(limit)}, where);
    }
    return to_nfc(trimmed);
}

}  // namespace parindex
