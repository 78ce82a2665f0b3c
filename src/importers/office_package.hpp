#pragma once
// An Office Open XML package (a .docx or an .xlsx: a zip of XML parts), opened from a file or
// from bytes in memory, whose parts are streamed through an XML parser to a handler. Shared by
// the workbook reader and the Word reader; libzip and expat stay inside office_package.cpp.
// Parts that declare a DTD are refused (no entity expansion), and a part held in memory may not
// inflate beyond 256 MiB (a "zip bomb").

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace parindex {

// What the package is, for the wording of messages ("Sổ tính ..." or "Tệp Word ...").
enum class PackageKind { workbook, document };

// What a file's bytes hold, judged by content rather than by its name.
enum class PackageContent {
    not_a_zip,
    document,  // a zip holding word/document.xml
    workbook,  // a zip holding xl/workbook.xml
    other_zip,
};

[[nodiscard]] PackageContent identify_package(std::string_view bytes);

// Which attributes a lookup considers: those without a namespace prefix ("r"), those with one
// ("w:val"), or either.
enum class AttributeNamespace { none, any_prefix, either };

// The attributes of one element as the parser hands them: name and value pairs, ending in null.
class XmlAttributes {
  public:
    explicit XmlAttributes(const char* const* pairs) : m_pairs(pairs) {}

    // The value of the attribute with this local name.
    [[nodiscard]] std::optional<std::string_view> find(
        std::string_view local_name, AttributeNamespace where = AttributeNamespace::none) const;

  private:
    const char* const* m_pairs;
};

// Receives the events of one part, elements by local name (namespace dropped). A handler that
// fails calls stop(); parsing then ends and read_part returns the error.
class XmlHandler {
  public:
    XmlHandler() = default;
    XmlHandler(const XmlHandler&) = delete;
    XmlHandler& operator=(const XmlHandler&) = delete;
    XmlHandler(XmlHandler&&) = delete;
    XmlHandler& operator=(XmlHandler&&) = delete;
    virtual ~XmlHandler() = default;

    virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view /*data*/) {}

    // The line of the part being parsed, for messages.
    [[nodiscard]] int line() const;
    void stop(Error error);
    [[nodiscard]] bool has_failed() const { return m_failure.has_value(); }

  private:
    friend class OfficePackage;
    std::optional<Error> m_failure;
    void* m_parser = nullptr;  // the expat parser while a part is parsed
};

// Whether a part is handed over in chunks as it inflates (a sheet of a million rows), or may be
// held whole by its handler, and so is limited in size.
enum class PartSize { streamed, held };

class OfficePackage {
  public:
    // `source` names the file in messages. A file that cannot be read is io; bytes that are not
    // a zip are invalid_input with `not_a_package` naming the source.
    [[nodiscard]] static Result<OfficePackage> open_file(const std::string& path, PackageKind kind,
                                                         Label not_a_package);
    // `bytes` must outlive the package.
    [[nodiscard]] static Result<OfficePackage> open_bytes(std::string_view bytes,
                                                          std::string_view source, PackageKind kind,
                                                          Label not_a_package);

    OfficePackage(OfficePackage&&) noexcept;
    OfficePackage& operator=(OfficePackage&&) noexcept;
    OfficePackage(const OfficePackage&) = delete;
    OfficePackage& operator=(const OfficePackage&) = delete;
    ~OfficePackage();

    [[nodiscard]] bool has_part(std::string_view name) const;
    // Streams the part through `handler`; false when the package has no such part.
    [[nodiscard]] Result<bool> read_part(std::string_view name, XmlHandler& handler,
                                         PartSize size = PartSize::held);
    [[nodiscard]] const std::string& source() const;

  private:
    struct State;
    explicit OfficePackage(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace parindex
