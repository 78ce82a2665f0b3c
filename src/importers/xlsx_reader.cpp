#include "importers/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/civil_date.hpp"

namespace parindex {

namespace {

constexpr int k_chunk_size = 64 * 1024;  // bytes handed to expat at a time
// Every part but the sheet is held in memory once parsed; a workbook whose other parts inflate
// beyond this is refused rather than allowed to exhaust memory (a "zip bomb").
constexpr zip_int64_t k_max_held_part_bytes = zip_int64_t{256} * 1024 * 1024;
constexpr char k_namespace_separator = '|';
constexpr int k_max_columns = 16384;  // A to XFD
constexpr std::string_view k_workbook = "xl/workbook.xml";

// --- Zip archive ---

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ArchiveFile = std::unique_ptr<zip_file_t, FileCloser>;

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

// --- Streaming XML ---

std::string_view local_name(const XML_Char* name) {
    const std::string_view full(name);
    const std::size_t separator = full.rfind(k_namespace_separator);
    return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

// An attribute by local name, in no namespace (`qualified` false) or in any (true).
std::optional<std::string_view> attribute(const XML_Char** attributes, std::string_view name,
                                          bool qualified = false) {
    for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
        const std::string_view full(attributes[i]);
        const bool has_namespace = full.find(k_namespace_separator) != std::string_view::npos;
        if (has_namespace == qualified && local_name(attributes[i]) == name) {
            return std::string_view(attributes[i + 1]);
        }
    }
    return std::nullopt;
}

// Receives the events of one part. A handler that fails sets `failure`; parsing then stops.
class XmlHandler {
  public:
    XmlHandler() = default;
    XmlHandler(const XmlHandler&) = delete;
    XmlHandler& operator=(const XmlHandler&) = delete;
    virtual ~XmlHandler() = default;

    virtual void start(std::string_view name, const XML_Char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}

    std::optional<Error> failure;
    bool doctype = false;  // the part declared a DTD
    XML_Parser parser = nullptr;

    [[nodiscard]] int line() const { return static_cast<int>(XML_GetCurrentLineNumber(parser)); }
    void stop(Error error) {
        failure = std::move(error);
        XML_StopParser(parser, XML_FALSE);
    }
};

struct PartContext {
    const std::string& path;  // the workbook file, for messages
    std::string part;         // the entry inside it
};

Error internal_error(std::string detail) {
    return Error{ErrorCode::internal, Diagnostic{Label::error_internal, {std::move(detail)}, {}}};
}

// Expat calls these; they hand the events to the handler and keep exceptions out of C code.
template <class Call>
void guarded(void* user_data, Call call) {
    auto* handler = static_cast<XmlHandler*>(user_data);
    if (handler->failure) {
        return;
    }
    try {
        call(*handler);
    } catch (const std::exception& exception) {
        handler->stop(internal_error(exception.what()));
    } catch (...) {
        handler->stop(internal_error("xlsx"));
    }
}

void XMLCALL on_start(void* user_data, const XML_Char* name, const XML_Char** attributes) {
    guarded(user_data, [&](XmlHandler& handler) { handler.start(local_name(name), attributes); });
}

void XMLCALL on_end(void* user_data, const XML_Char* name) {
    guarded(user_data, [&](XmlHandler& handler) { handler.end(local_name(name)); });
}

void XMLCALL on_text(void* user_data, const XML_Char* text, int length) {
    guarded(user_data, [&](XmlHandler& handler) {
        handler.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
}

tl::unexpected<Error> damaged(const PartContext& context, int line, std::string detail) {
    return fail(ErrorCode::invalid_input, Label::error_xlsx_xml,
                {context.path, context.part, std::to_string(line), std::move(detail)});
}

// No part of a workbook declares a DTD; refusing one keeps entity expansion out.
void XMLCALL on_doctype(void* user_data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* handler = static_cast<XmlHandler*>(user_data);
    handler->doctype = true;
    XML_StopParser(handler->parser, XML_FALSE);
}

struct ParserFree {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

// Streams the entry through expat in chunks; false when the archive has no such entry.
Result<bool> parse_part(zip_t* archive, const PartContext& context, XmlHandler& handler) {
    const std::optional<zip_uint64_t> index = find_entry(archive, context.part);
    if (!index) {
        return false;
    }
    const ArchiveFile file(zip_fopen_index(archive, *index, 0));
    if (!file) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_read,
                    {context.path, context.part, zip_strerror(archive)});
    }
    const std::unique_ptr<XML_ParserStruct, ParserFree> parser(
        XML_ParserCreateNS(nullptr, k_namespace_separator));
    if (!parser) {
        return fail(ErrorCode::internal, Label::error_internal, {"XML_ParserCreateNS"});
    }
    handler.parser = parser.get();
    XML_SetUserData(parser.get(), &handler);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);

    const bool is_streamed = context.part.find("worksheets/") != std::string::npos;
    zip_int64_t inflated = 0;
    for (;;) {
        void* buffer = XML_GetBuffer(parser.get(), k_chunk_size);
        if (buffer == nullptr) {
            return fail(ErrorCode::internal, Label::error_internal, {"XML_GetBuffer"});
        }
        const zip_int64_t read =
            zip_fread(file.get(), buffer, static_cast<zip_uint64_t>(k_chunk_size));
        if (read < 0) {
            return fail(ErrorCode::invalid_input, Label::error_xlsx_read,
                        {context.path, context.part, zip_file_strerror(file.get())});
        }
        inflated += read;
        if (!is_streamed && inflated > k_max_held_part_bytes) {
            return damaged(context, handler.line(), "> 256 MiB");
        }
        const bool last = read == 0;
        if (XML_ParseBuffer(parser.get(), static_cast<int>(read), last ? XML_TRUE : XML_FALSE) !=
            XML_STATUS_OK) {
            if (handler.failure) {
                return tl::unexpected(std::move(*handler.failure));
            }
            if (handler.doctype) {
                return damaged(context, handler.line(), "DOCTYPE");
            }
            return damaged(context, handler.line(),
                           XML_ErrorString(XML_GetErrorCode(parser.get())));
        }
        if (last) {
            return true;
        }
    }
}

// --- Workbook, relationships, shared strings, styles ---

struct WorkbookHandler : XmlHandler {
    std::optional<std::string> first_sheet_relation;
    bool date1904 = false;

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "sheet" && !first_sheet_relation) {
            if (const auto id = attribute(attributes, "id", true)) {
                first_sheet_relation = std::string(*id);
            }
        } else if (name == "workbookPr") {
            const auto value = attribute(attributes, "date1904");
            date1904 = value && (*value == "1" || *value == "true");
        }
    }
    void end(std::string_view) override {}
};

struct RelationshipsHandler : XmlHandler {
    std::map<std::string, std::string, std::less<>> targets;  // by Id
    std::optional<std::string> shared_strings;
    std::optional<std::string> styles;

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "Relationship") {
            return;
        }
        const auto id = attribute(attributes, "Id");
        const auto target = attribute(attributes, "Target");
        const auto type = attribute(attributes, "Type");
        if (!id || !target) {
            return;
        }
        targets.emplace(std::string(*id), std::string(*target));
        if (type && type->ends_with("/sharedStrings")) {
            shared_strings = std::string(*target);
        } else if (type && type->ends_with("/styles")) {
            styles = std::string(*target);
        }
    }
    void end(std::string_view) override {}
};

// A part's path inside the archive from a target relative to xl/ (or absolute, from the root).
std::string resolve_target(std::string_view target) {
    std::string joined =
        target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t end = std::min(joined.find('/', start), joined.size());
        const std::string segment = joined.substr(start, end - start);
        if (segment == "..") {
            if (!segments.empty()) {
                segments.pop_back();
            }
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string path;
    for (const std::string& segment : segments) {
        path += path.empty() ? segment : "/" + segment;
    }
    return path;
}

// <si> holds <t>, or rich-text runs <r><t>; phonetic hints <rPh><t> are not part of the text.
struct SharedStringsHandler : XmlHandler {
    std::vector<std::string> strings;
    std::string current;
    int phonetic_depth = 0;
    bool in_text = false;

    void start(std::string_view name, const XML_Char**) override {
        if (name == "si") {
            current.clear();
        } else if (name == "rPh") {
            ++phonetic_depth;
        } else if (name == "t" && phonetic_depth == 0) {
            in_text = true;
        }
    }
    void end(std::string_view name) override {
        if (name == "si") {
            strings.push_back(std::move(current));
            current.clear();
        } else if (name == "rPh") {
            --phonetic_depth;
        } else if (name == "t") {
            in_text = false;
        }
    }
    void text(std::string_view data) override {
        if (in_text) {
            current += data;
        }
    }
};

// The built-in formats 14-22 (dates and times) and 45-47 (minutes and seconds).
bool is_builtin_date_format(int id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

// A custom format shows a date or time when it has d, m, y, h or s outside quoted text,
// [colour and locale] brackets, and escaped characters.
bool is_date_format_code(std::string_view code) {
    bool quoted = false;
    bool bracketed = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
        } else if (bracketed) {
            bracketed = c != ']';
        } else if (c == '"') {
            quoted = true;
        } else if (c == '[') {
            // [h], [m] and [s] are elapsed times; other brackets are colours or locales.
            const std::size_t close = code.find(']', i);
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" ||
                inside == "s" || inside == "ss") {
                return true;
            }
            bracketed = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // the next character is shown as it is, or is padding
        } else if (std::string_view("dmyhsDMYHS").find(c) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

struct StylesHandler : XmlHandler {
    std::map<int, bool> custom_is_date;
    std::vector<bool> style_is_date;  // by cellXfs index
    bool in_cell_formats = false;

    static int number(std::optional<std::string_view> text) {
        int value = 0;
        if (text) {
            std::from_chars(text->data(), text->data() + text->size(), value);
        }
        return value;
    }

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "numFmt") {
            const auto code = attribute(attributes, "formatCode");
            custom_is_date[number(attribute(attributes, "numFmtId"))] =
                code && *code != "General" && is_date_format_code(*code);
        } else if (name == "cellXfs") {
            in_cell_formats = true;
        } else if (name == "xf" && in_cell_formats) {
            const int id = number(attribute(attributes, "numFmtId"));
            const auto custom = custom_is_date.find(id);
            style_is_date.push_back(custom != custom_is_date.end() ? custom->second
                                                                   : is_builtin_date_format(id));
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") {
            in_cell_formats = false;
        }
    }
};

// --- Cell values ---

// The number as Excel shows it in General format: 15 significant digits, no trailing zeros,
// no exponent ("2", "1.001193", "0.3" for 0.30000000000000004).
std::string number_text(std::string_view raw) {
    double value = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (error != std::errc{} || end != raw.data() + raw.size() || !std::isfinite(value)) {
        return std::string(raw);
    }
    char rounded[32];
    std::snprintf(rounded, sizeof rounded, "%.15g", value);
    std::from_chars(rounded, rounded + std::char_traits<char>::length(rounded), value);
    if (value == 0) {
        return "0";
    }
    std::array<char, 400> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::fixed);
    if (result.ec != std::errc{}) {
        return std::string(raw);
    }
    return std::string(buffer.data(), result.ptr);
}

constexpr int k_seconds_per_day = 86400;
constexpr double k_last_serial = 2958466;  // 10000-01-01

// An Excel serial as ISO 8601; nothing outside the years Excel knows.
std::optional<std::string> serial_to_iso(std::string_view raw, bool date1904) {
    double serial = 0;
    const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), serial);
    if (error != std::errc{} || end != raw.data() + raw.size() || !(serial >= 0) ||
        serial >= k_last_serial) {
        return std::nullopt;
    }
    const long long total = std::llround(serial * k_seconds_per_day);
    const int days = static_cast<int>(total / k_seconds_per_day);
    const int seconds = static_cast<int>(total % k_seconds_per_day);
    char time[16];
    std::snprintf(time, sizeof time, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                  seconds % 60);
    if (days == 0 && !date1904) {
        return std::string(time);  // a time of day without a date
    }
    // 1900 system: serial 1 is 01/01/1900, and Excel counts a 29/02/1900 that never was, so
    // from serial 61 (01/03/1900) on the count runs from 30/12/1899; 60 reads as 01/03/1900.
    // 1904 system: serial 0 is 01/01/1904.
    constexpr int k_1899_12_30 = -25569;  // days since 01/01/1970
    constexpr int k_1904_01_01 = -24107;
    const int base = date1904 ? k_1904_01_01 : days > 60 ? k_1899_12_30 : k_1899_12_30 + 1;
    std::string text = CivilDate::from_day_number(base + days).to_iso();
    if (seconds != 0) {
        text += 'T';
        text += time;
    }
    return text;
}

// "C12" -> 2 (column C); nothing when the reference has no column letters.
std::optional<int> column_of(std::string_view reference) {
    int column = 0;
    std::size_t letters = 0;
    for (const char c : reference) {
        if (c < 'A' || c > 'Z') {
            break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (column > k_max_columns) {
            return std::nullopt;
        }
        ++letters;
    }
    if (letters == 0) {
        return std::nullopt;
    }
    return column - 1;
}

// --- The worksheet ---

using Visitor = std::function<Result<void>(int row_number, const std::vector<std::string>& cells)>;

struct SheetHandler : XmlHandler {
    const std::vector<std::string>& shared_strings;
    const std::vector<bool>& style_is_date;
    bool date1904 = false;
    const Visitor& visit;
    const PartContext& context;

    SheetHandler(const std::vector<std::string>& strings, const std::vector<bool>& dates,
                 bool uses_1904, const Visitor& visitor, const PartContext& where)
        : shared_strings(strings),
          style_is_date(dates),
          date1904(uses_1904),
          visit(visitor),
          context(where) {}

    int row_number = 0;
    std::vector<std::string> cells;
    bool in_row = false;

    int column = -1;
    std::string type;
    int style = 0;
    std::string value;  // <v>, or the text of an inline string
    bool in_value = false;
    bool in_inline_string = false;
    int phonetic_depth = 0;

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "row") {
            int number = row_number + 1;
            if (const auto r = attribute(attributes, "r")) {
                std::from_chars(r->data(), r->data() + r->size(), number);
            }
            row_number = number;
            cells.clear();
            column = -1;
            in_row = true;
        } else if (name == "c" && in_row) {
            const auto reference = attribute(attributes, "r");
            const std::optional<int> at = reference ? column_of(*reference) : std::nullopt;
            column = at ? *at : column + 1;
            type = std::string(attribute(attributes, "t").value_or(""));
            style = 0;
            if (const auto s = attribute(attributes, "s")) {
                std::from_chars(s->data(), s->data() + s->size(), style);
            }
            value.clear();
        } else if (name == "v") {
            in_value = true;
        } else if (name == "is") {
            in_inline_string = true;
        } else if (name == "rPh") {
            ++phonetic_depth;
        } else if (name == "t" && in_inline_string && phonetic_depth == 0) {
            in_value = true;
        }
    }

    void end(std::string_view name) override {
        if (name == "v" || name == "t") {
            in_value = false;
        } else if (name == "is") {
            in_inline_string = false;
        } else if (name == "rPh") {
            --phonetic_depth;
        } else if (name == "c" && in_row) {
            end_cell();
        } else if (name == "row") {
            in_row = false;
            while (!cells.empty() && cells.back().empty()) {
                cells.pop_back();
            }
            if (!cells.empty()) {
                if (Result<void> visited = visit(row_number, cells); !visited) {
                    stop(std::move(visited).error());
                }
            }
        }
    }

    void text(std::string_view data) override {
        if (in_value) {
            value += data;
        }
    }

    void end_cell() {
        if (column >= k_max_columns || column < 0) {
            return;
        }
        std::string shown;
        if (type == "s") {
            std::size_t index = 0;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), index);
            if (error != std::errc{} || index >= shared_strings.size()) {
                stop(Error{ErrorCode::invalid_input,
                           Diagnostic{Label::error_xlsx_bad_string,
                                      {context.path, context.part, std::to_string(line()), value,
                                       std::to_string(shared_strings.size())},
                                      {}}});
                return;
            }
            shown = shared_strings[index];
        } else if (type == "inlineStr" || type == "str" || type == "b" || type == "e" ||
                   type == "d") {
            shown = std::move(value);
        } else if (value.empty()) {
            return;
        } else {
            const bool is_date = style >= 0 &&
                                 static_cast<std::size_t>(style) < style_is_date.size() &&
                                 style_is_date[static_cast<std::size_t>(style)];
            const std::optional<std::string> date =
                is_date ? serial_to_iso(value, date1904) : std::nullopt;
            shown = date ? *date : number_text(value);
        }
        const auto at = static_cast<std::size_t>(column);
        if (cells.size() <= at) {
            cells.resize(at + 1);
        }
        cells[at] = std::move(shown);
    }
};

}  // namespace

Result<void> read_xlsx_rows(
    const std::string& path,
    const std::function<Result<void>(int row_number, const std::vector<std::string>& cells)>&
        visit) {
    int error_code = 0;
    const Archive archive(zip_open(path.c_str(), ZIP_RDONLY, &error_code));
    if (!archive) {
        if (error_code == ZIP_ER_NOENT || error_code == ZIP_ER_OPEN || error_code == ZIP_ER_READ) {
            return fail(ErrorCode::io, Label::error_file_unreadable, {path});
        }
        return fail(ErrorCode::invalid_input, Label::error_not_xlsx, {path});
    }
    if (!find_entry(archive.get(), k_workbook)) {
        return fail(ErrorCode::invalid_input, Label::error_not_xlsx, {path});
    }

    WorkbookHandler workbook;
    PARINDEX_TRY(parse_part(archive.get(), PartContext{path, std::string(k_workbook)}, workbook));
    RelationshipsHandler relationships;
    PARINDEX_TRY(
        parse_part(archive.get(), PartContext{path, "xl/_rels/workbook.xml.rels"}, relationships));

    const auto target = workbook.first_sheet_relation
                            ? relationships.targets.find(*workbook.first_sheet_relation)
                            : relationships.targets.end();
    if (target == relationships.targets.end()) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_no_sheet, {path});
    }

    SharedStringsHandler strings;
    PARINDEX_TRY(parse_part(archive.get(),
                            PartContext{path, resolve_target(relationships.shared_strings.value_or(
                                                  "sharedStrings.xml"))},
                            strings));
    StylesHandler styles;
    PARINDEX_TRY(parse_part(
        archive.get(),
        PartContext{path, resolve_target(relationships.styles.value_or("styles.xml"))}, styles));

    const PartContext sheet_context{path, resolve_target(target->second)};
    SheetHandler sheet(strings.strings, styles.style_is_date, workbook.date1904, visit,
                       sheet_context);
    PARINDEX_TRY_ASSIGN(found, parse_part(archive.get(), sheet_context, sheet));
    if (!found) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_no_sheet, {path});
    }
    return {};
}

}  // namespace parindex
