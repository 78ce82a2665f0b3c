#pragma once
// The file formats parindex writes its documents in, with their file extension and media type.

#include <optional>
#include <string_view>

namespace parindex {

enum class DocumentFormat { docx, pdf, xlsx };

[[nodiscard]] std::optional<DocumentFormat> document_format_from_code(std::string_view code);
[[nodiscard]] std::string_view document_format_code(DocumentFormat format);  // "docx"
[[nodiscard]] std::string_view document_media_type(DocumentFormat format);

}  // namespace parindex
