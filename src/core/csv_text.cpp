#include "core/csv_text.hpp"

namespace parindex {

void append_csv_field(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

std::string csv_field(std::string_view text) {
    std::string field;
    append_csv_field(field, text);
    return field;
}

}  // namespace parindex
