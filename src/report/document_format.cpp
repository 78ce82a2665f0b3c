#include "report/document_format.hpp"

#include <array>

namespace parindex {

namespace {

struct FormatInfo {
    DocumentFormat format;
    std::string_view code;
    std::string_view media_type;
};

constexpr std::array k_formats = {
    FormatInfo{DocumentFormat::docx, "docx",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    FormatInfo{DocumentFormat::pdf, "pdf", "application/pdf"},
    FormatInfo{DocumentFormat::xlsx, "xlsx",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
};

const FormatInfo& info(DocumentFormat format) {
    return k_formats.at(static_cast<std::size_t>(format));
}

}  // namespace

std::optional<DocumentFormat> document_format_from_code(std::string_view code) {
    for (const FormatInfo& format : k_formats) {
        if (format.code == code) {
            return format.format;
        }
    }
    return std::nullopt;
}

std::string_view document_format_code(DocumentFormat format) {
    return info(format).code;
}

std::string_view document_media_type(DocumentFormat format) {
    return info(format).media_type;
}

}  // namespace parindex
