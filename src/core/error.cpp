#include "core/error.hpp"

namespace parindex {

namespace {

std::string describe_location(const Location& where) {
    std::string text;
    auto append = [&text](std::string_view part) {
        if (!text.empty()) {
            text += ", ";
        }
        text += part;
    };
    if (!where.file.empty()) {
        append(format_label(Label::location_file, {where.file}));
    }
    if (where.line > 0) {
        append(format_label(Label::location_line, {std::to_string(where.line)}));
    }
    if (!where.field.empty()) {
        append(format_label(Label::location_field, {where.field}));
    }
    return text;
}

}  // namespace

std::string describe(const Diagnostic& diagnostic) {
    std::string message = format_label(diagnostic.message, diagnostic.args);
    if (diagnostic.where.is_empty()) {
        return message;
    }
    return describe_location(diagnostic.where) + ": " + message;
}

std::string describe(const Error& error) {
    return describe(error.detail);
}

}  // namespace parindex
