#include "domain/evidence_type.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/text.hpp"

namespace parindex {

namespace {

struct Format {
    std::string_view magic;      // the file's first bytes
    std::string_view extension;  // required extension, lower case; empty when the bytes suffice
    std::string_view media_type;
};

constexpr std::string_view k_zip = "PK\x03\x04";
constexpr std::string_view k_ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// One row per accepted format: PDF, images, and office documents (Word, Excel, OpenDocument).
constexpr std::array k_formats = {
    Format{"%PDF-", "", "application/pdf"},
    Format{"\x89PNG\r\n\x1A\n", "", "image/png"},
    Format{"\xFF\xD8\xFF", "", "image/jpeg"},
    Format{k_zip, "docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    Format{k_zip, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    Format{k_zip, "odt", "application/vnd.oasis.opendocument.text"},
    Format{k_zip, "ods", "application/vnd.oasis.opendocument.spreadsheet"},
    Format{k_ole, "doc", "application/msword"},
    Format{k_ole, "xls", "application/vnd.ms-excel"},
};

std::string extension_of(std::string_view file_name) {
    const std::size_t dot = file_name.rfind('.');
    if (dot == std::string_view::npos) {
        return {};
    }
    std::string extension(file_name.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// UTF-8 of the bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069).
constexpr std::array<std::string_view, 9> k_bidi_controls = {
    "\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",
    "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9",
};

}  // namespace

bool is_safe_file_name(std::string_view name) {
    constexpr std::size_t k_max_length = 255;
    if (name.empty() || name.size() > k_max_length || name == "." || name == ".." ||
        !is_valid_utf8(name)) {
        return false;
    }
    const bool has_forbidden_byte = std::any_of(name.begin(), name.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20U || byte == 0x7FU || c == '/' || c == '\\';
    });
    const bool has_bidi_control = std::any_of(
        k_bidi_controls.begin(), k_bidi_controls.end(),
        [&](std::string_view control) { return name.find(control) != std::string_view::npos; });
    return !has_forbidden_byte && !has_bidi_control;
}

std::optional<std::string_view> sniff_evidence_type(std::string_view bytes,
                                                    std::string_view file_name) {
    const std::string extension = extension_of(file_name);
    for (const Format& format : k_formats) {
        if (bytes.starts_with(format.magic) &&
            (format.extension.empty() || format.extension == extension)) {
            return format.media_type;
        }
    }
    return std::nullopt;
}

}  // namespace parindex
