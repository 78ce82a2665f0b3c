#include "importers/office_package.hpp"

#include <expat.h>
#include <zip.h>

#include <exception>
#include <utility>

namespace parindex {

namespace {

constexpr int k_chunk_size = 64 * 1024;  // bytes handed to expat at a time
// A part held in memory once parsed may not inflate beyond this.
constexpr zip_int64_t k_max_held_part_bytes = zip_int64_t{256} * 1024 * 1024;
constexpr char k_namespace_separator = '|';

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ArchiveFile = std::unique_ptr<zip_file_t, FileCloser>;

struct ParserFree {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

std::optional<zip_uint64_t> find_entry(zip_t* archive, std::string_view name) {
    const std::string text(name);
    zip_int64_t index = zip_name_locate(archive, text.c_str(), 0);
    if (index < 0) {
        index = zip_name_locate(archive, text.c_str(), ZIP_FL_NOCASE);
    }
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<zip_uint64_t>(index);
}

// A zip in memory; nothing when the bytes are not one.
Archive open_memory(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_error_fini(&error);
    if (source == nullptr) {
        return nullptr;
    }
    zip_error_init(&error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source);
    }
    return Archive(archive);
}

std::string_view local_name(const XML_Char* name) {
    const std::string_view full(name);
    const std::size_t separator = full.rfind(k_namespace_separator);
    return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

Error internal_error(std::string detail) {
    return Error{ErrorCode::internal, Diagnostic{Label::error_internal, {std::move(detail)}, {}}};
}

// What expat's callbacks get as user data.
struct ParseContext {
    XmlHandler& handler;
    XML_Parser parser = nullptr;
    bool doctype = false;  // the part declared a DTD
};

// Expat calls these; they hand the events to the handler and keep exceptions out of C code.
template <class Call>
void guarded(void* user_data, Call call) {
    XmlHandler* handler = &static_cast<ParseContext*>(user_data)->handler;
    if (handler->has_failed()) {
        return;  // expat may still deliver events after the parser was stopped
    }
    try {
        call(*handler);
    } catch (const std::exception& exception) {
        handler->stop(internal_error(exception.what()));
    } catch (...) {
        handler->stop(internal_error("xml"));
    }
}

void XMLCALL on_start(void* user_data, const XML_Char* name, const XML_Char** attributes) {
    guarded(user_data, [&](XmlHandler& handler) {
        handler.start(local_name(name), XmlAttributes(attributes));
    });
}

void XMLCALL on_end(void* user_data, const XML_Char* name) {
    guarded(user_data, [&](XmlHandler& handler) { handler.end(local_name(name)); });
}

void XMLCALL on_text(void* user_data, const XML_Char* text, int length) {
    guarded(user_data, [&](XmlHandler& handler) {
        handler.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
}

// No part of an Office package declares a DTD; refusing one keeps entity expansion out.
void XMLCALL on_doctype(void* user_data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* context = static_cast<ParseContext*>(user_data);
    context->doctype = true;
    XML_StopParser(context->parser, XML_FALSE);
}

Label xml_error_label(PackageKind kind) {
    return kind == PackageKind::workbook ? Label::error_xlsx_xml : Label::error_docx_xml;
}

Label read_error_label(PackageKind kind) {
    return kind == PackageKind::workbook ? Label::error_xlsx_read : Label::error_docx_read;
}

}  // namespace

PackageContent identify_package(std::string_view bytes) {
    const Archive archive = open_memory(bytes);
    if (!archive) {
        return PackageContent::not_a_zip;
    }
    if (find_entry(archive.get(), "word/document.xml")) {
        return PackageContent::document;
    }
    if (find_entry(archive.get(), "xl/workbook.xml")) {
        return PackageContent::workbook;
    }
    return PackageContent::other_zip;
}

std::optional<std::string_view> XmlAttributes::find(std::string_view name,
                                                    AttributeNamespace where) const {
    for (std::size_t i = 0; m_pairs[i] != nullptr; i += 2) {
        const std::string_view full(m_pairs[i]);
        const bool has_namespace = full.find(k_namespace_separator) != std::string_view::npos;
        const bool wanted = where == AttributeNamespace::either ||
                            has_namespace == (where == AttributeNamespace::any_prefix);
        if (wanted && local_name(m_pairs[i]) == name) {
            return std::string_view(m_pairs[i + 1]);
        }
    }
    return std::nullopt;
}

int XmlHandler::line() const {
    if (m_parser == nullptr) {
        return 0;
    }
    return static_cast<int>(XML_GetCurrentLineNumber(static_cast<XML_Parser>(m_parser)));
}

void XmlHandler::stop(Error error) {
    if (m_failure) {
        return;
    }
    m_failure = std::move(error);
    if (m_parser != nullptr) {
        XML_StopParser(static_cast<XML_Parser>(m_parser), XML_FALSE);
    }
}

struct OfficePackage::State {
    Archive archive;
    std::string source;
    PackageKind kind = PackageKind::workbook;

    tl::unexpected<Error> damaged(std::string_view part, int line, std::string detail) const {
        return fail(ErrorCode::invalid_input, xml_error_label(kind),
                    {source, std::string(part), std::to_string(line), std::move(detail)});
    }
};

OfficePackage::OfficePackage(std::unique_ptr<State> state) : m_state(std::move(state)) {}
OfficePackage::OfficePackage(OfficePackage&&) noexcept = default;
OfficePackage& OfficePackage::operator=(OfficePackage&&) noexcept = default;
OfficePackage::~OfficePackage() = default;

Result<OfficePackage> OfficePackage::open_file(const std::string& path, PackageKind kind,
                                               Label not_a_package) {
    int error_code = 0;
    Archive archive(zip_open(path.c_str(), ZIP_RDONLY, &error_code));
    if (!archive) {
        if (error_code == ZIP_ER_NOENT || error_code == ZIP_ER_OPEN || error_code == ZIP_ER_READ) {
            return fail(ErrorCode::io, Label::error_file_unreadable, {path});
        }
        return fail(ErrorCode::invalid_input, not_a_package, {path});
    }
    return OfficePackage(std::make_unique<State>(State{std::move(archive), path, kind}));
}

Result<OfficePackage> OfficePackage::open_bytes(std::string_view bytes, std::string_view source,
                                                PackageKind kind, Label not_a_package) {
    Archive archive = open_memory(bytes);
    if (!archive) {
        return fail(ErrorCode::invalid_input, not_a_package, {std::string(source)});
    }
    return OfficePackage(
        std::make_unique<State>(State{std::move(archive), std::string(source), kind}));
}

bool OfficePackage::has_part(std::string_view name) const {
    return find_entry(m_state->archive.get(), name).has_value();
}

const std::string& OfficePackage::source() const {
    return m_state->source;
}

Result<bool> OfficePackage::read_part(std::string_view name, XmlHandler& handler, PartSize size) {
    zip_t* archive = m_state->archive.get();
    const std::optional<zip_uint64_t> index = find_entry(archive, name);
    if (!index) {
        return false;
    }
    const ArchiveFile file(zip_fopen_index(archive, *index, 0));
    if (!file) {
        return fail(ErrorCode::invalid_input, read_error_label(m_state->kind),
                    {m_state->source, std::string(name), zip_strerror(archive)});
    }
    const std::unique_ptr<XML_ParserStruct, ParserFree> parser(
        XML_ParserCreateNS(nullptr, k_namespace_separator));
    if (!parser) {
        return fail(ErrorCode::internal, Label::error_internal, {"XML_ParserCreateNS"});
    }
    handler.m_parser = parser.get();
    handler.m_failure.reset();
    ParseContext context{handler, parser.get()};
    XML_SetUserData(parser.get(), &context);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);
    // The handler must not outlive the parser's use of it.
    struct Detach {
        XmlHandler& handler;
        ~Detach() { handler.m_parser = nullptr; }
    } detach{handler};

    zip_int64_t inflated = 0;
    for (;;) {
        void* buffer = XML_GetBuffer(parser.get(), k_chunk_size);
        if (buffer == nullptr) {
            return fail(ErrorCode::internal, Label::error_internal, {"XML_GetBuffer"});
        }
        const zip_int64_t read =
            zip_fread(file.get(), buffer, static_cast<zip_uint64_t>(k_chunk_size));
        if (read < 0) {
            return fail(ErrorCode::invalid_input, read_error_label(m_state->kind),
                        {m_state->source, std::string(name), zip_file_strerror(file.get())});
        }
        inflated += read;
        if (size == PartSize::held && inflated > k_max_held_part_bytes) {
            return m_state->damaged(name, handler.line(), "> 256 MiB");
        }
        const bool last = read == 0;
        if (XML_ParseBuffer(parser.get(), static_cast<int>(read), last ? XML_TRUE : XML_FALSE) !=
            XML_STATUS_OK) {
            if (handler.m_failure) {
                return tl::unexpected(std::move(*handler.m_failure));
            }
            if (context.doctype) {
                return m_state->damaged(name, handler.line(), "DOCTYPE");
            }
            return m_state->damaged(name, handler.line(),
                                    XML_ErrorString(XML_GetErrorCode(parser.get())));
        }
        if (last) {
            return true;
        }
    }
}

}  // namespace parindex
