#pragma once
// Test helpers: an entry of a zip archive held in memory (libzip), and an XML well-formedness
// check (expat), the body of a DOCX and searches in it. Used by the tests of the DOCX and XLSX
// writers.

#include <expat.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <optional>
#include <string>

#include "core/error.hpp"

namespace parindex::office_test {

// The bytes of `name` inside the archive `archive_bytes`; nothing when absent or unreadable.
inline std::optional<std::string> zip_entry(const std::string& archive_bytes,
                                            const std::string& name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return std::nullopt;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source);
        return std::nullopt;
    }
    std::optional<std::string> content;
    zip_stat_t stat;
    if (zip_stat(archive, name.c_str(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) {
        if (zip_file_t* file = zip_fopen(archive, name.c_str(), 0); file != nullptr) {
            std::string bytes(static_cast<std::size_t>(stat.size), '\0');
            if (zip_fread(file, bytes.data(), bytes.size()) ==
                static_cast<zip_int64_t>(bytes.size())) {
                content = std::move(bytes);
            }
            zip_fclose(file);
        }
    }
    zip_close(archive);  // also frees the source
    return content;
}

// Whether `xml` is well-formed; the parser's message otherwise.
inline std::optional<std::string> xml_error(const std::string& xml) {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    std::optional<std::string> message;
    if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
        message = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                  std::to_string(XML_GetCurrentLineNumber(parser));
    }
    XML_ParserFree(parser);
    return message;
}

// How many times `needle` occurs in `haystack`.
inline std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size())) {
        ++count;
    }
    return count;
}

// word/document.xml of the DOCX a writer returned; "" (and a failed expectation) when it failed.
inline std::string document_of(const Result<std::string>& bytes) {
    EXPECT_TRUE(bytes.has_value());
    if (!bytes) {
        return {};
    }
    return zip_entry(*bytes, "word/document.xml").value_or("");
}

inline bool has(const std::string& xml, const std::string& text) {
    return xml.find(text) != std::string::npos;
}

// The XML from the first `from` to the first `to` after it.
inline std::string between(const std::string& xml, const std::string& from, const std::string& to) {
    const std::size_t start = xml.find(from);
    if (start == std::string::npos) {
        return {};
    }
    const std::size_t end = xml.find(to, start);
    return xml.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace parindex::office_test
