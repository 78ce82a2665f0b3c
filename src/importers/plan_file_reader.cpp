#include "importers/plan_file_reader.hpp"

#include <string>

#include "importers/office_package.hpp"
#include "importers/plan_docx_reader.hpp"
#include "importers/plan_text_reader.hpp"
#include "importers/plan_xlsx_reader.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_zip_signature = "PK\x03\x04";
constexpr std::string_view k_legacy_office_signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view k_pdf_signature = "%PDF-";
constexpr std::size_t k_sniffed_bytes = 8192;

// Text never holds a NUL byte; binary files do within their first few kilobytes.
bool is_binary(std::string_view bytes) {
    return bytes.substr(0, k_sniffed_bytes).find('\0') != std::string_view::npos;
}

}  // namespace

Result<PlanReading> read_plan_file(std::string_view bytes, std::string_view source_name) {
    const std::string source(source_name);
    if (bytes.starts_with(k_zip_signature)) {
        switch (identify_package(bytes)) {
            case PackageContent::document:
                return read_plan_docx(bytes, source_name);
            case PackageContent::workbook:
                return read_plan_xlsx(bytes, source_name);
            case PackageContent::other_zip:
            case PackageContent::not_a_zip:  // a damaged zip
                return fail(ErrorCode::invalid_input, Label::error_plan_format, {source});
        }
    }
    if (bytes.starts_with(k_legacy_office_signature)) {
        return fail(ErrorCode::invalid_input, Label::error_plan_legacy_office, {source});
    }
    // A name that promises a Word or Excel file whose bytes are not one: say so, rather than
    // look for a tab-separated table in it.
    const bool named_office = source_name.ends_with(".docx") || source_name.ends_with(".xlsx");
    if (bytes.starts_with(k_pdf_signature) || is_binary(bytes) || named_office) {
        return fail(ErrorCode::invalid_input, Label::error_plan_format, {source});
    }
    return read_plan_text(bytes, source_name);
}

}  // namespace parindex
