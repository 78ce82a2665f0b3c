#include "importers/xlsx_reader.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/civil_date.hpp"
#include "importers/office_package.hpp"

namespace parindex {

namespace {

constexpr int k_max_columns = 16384;  // A to XFD
constexpr std::string_view k_workbook = "xl/workbook.xml";

// --- Workbook, relationships, shared strings, styles ---

struct SheetEntry {
    std::string name;      // as the tab shows it
    std::string relation;  // r:id in the workbook's relationships
};

struct WorkbookHandler : XmlHandler {
    std::vector<SheetEntry> sheets;  // in the order of the tabs
    bool date1904 = false;

    void start(std::string_view name, const XmlAttributes& attributes) override {
        if (name == "sheet") {
            if (const auto id = attributes.find("id", AttributeNamespace::any_prefix)) {
                sheets.push_back(SheetEntry{std::string(attributes.find("name").value_or("")),
                                            std::string(*id)});
            }
        } else if (name == "workbookPr") {
            const auto value = attributes.find("date1904");
            date1904 = value && (*value == "1" || *value == "true");
        }
    }
    void end(std::string_view) override {}
};

struct RelationshipTarget {
    std::string path;  // as written: relative to xl/, or absolute
    bool is_worksheet = false;
};

struct RelationshipsHandler : XmlHandler {
    std::map<std::string, RelationshipTarget, std::less<>> targets;  // by Id
    std::optional<std::string> shared_strings;
    std::optional<std::string> styles;

    void start(std::string_view name, const XmlAttributes& attributes) override {
        if (name != "Relationship") {
            return;
        }
        const auto id = attributes.find("Id");
        const auto target = attributes.find("Target");
        const auto type = attributes.find("Type");
        if (!id || !target) {
            return;
        }
        targets.emplace(
            std::string(*id),
            RelationshipTarget{std::string(*target), !type || type->ends_with("/worksheet")});
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

    void start(std::string_view name, const XmlAttributes&) override {
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

    void start(std::string_view name, const XmlAttributes& attributes) override {
        if (name == "numFmt") {
            const auto code = attributes.find("formatCode");
            custom_is_date[number(attributes.find("numFmtId"))] =
                code && *code != "General" && is_date_format_code(*code);
        } else if (name == "cellXfs") {
            in_cell_formats = true;
        } else if (name == "xf" && in_cell_formats) {
            const int id = number(attributes.find("numFmtId"));
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

// "C12" -> 12; nothing when the reference has no row digits after its column letters.
std::optional<int> row_of(std::string_view reference) {
    const std::size_t digits = reference.find_first_of("0123456789");
    if (digits == std::string_view::npos) {
        return std::nullopt;
    }
    int row = 0;
    const auto [end, error] =
        std::from_chars(reference.data() + digits, reference.data() + reference.size(), row);
    if (error != std::errc{} || end != reference.data() + reference.size() || row < 1) {
        return std::nullopt;
    }
    return row;
}

// "A4:B5"; nothing for a single cell or a reference that is not a range.
std::optional<XlsxRange> range_of(std::string_view reference) {
    const std::size_t colon = reference.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view first = reference.substr(0, colon);
    const std::string_view last = reference.substr(colon + 1);
    const auto first_column = column_of(first);
    const auto first_row = row_of(first);
    const auto last_column = column_of(last);
    const auto last_row = row_of(last);
    if (!first_column || !first_row || !last_column || !last_row || *last_row < *first_row ||
        *last_column < *first_column) {
        return std::nullopt;
    }
    return XlsxRange{*first_row, *first_column, *last_row, *last_column};
}

// --- The worksheet ---

using Visitor = std::function<Result<void>(int row_number, const std::vector<std::string>& cells)>;

struct SheetHandler : XmlHandler {
    const std::vector<std::string>& shared_strings;
    const std::vector<bool>& style_is_date;
    bool date1904 = false;
    const Visitor& visit;
    const std::string& source;
    const std::string& part;

    SheetHandler(const std::vector<std::string>& strings, const std::vector<bool>& dates,
                 bool uses_1904, const Visitor& visitor, const std::string& workbook,
                 const std::string& sheet_part)
        : shared_strings(strings),
          style_is_date(dates),
          date1904(uses_1904),
          visit(visitor),
          source(workbook),
          part(sheet_part) {}

    std::vector<XlsxRange> merged;

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

    void start(std::string_view name, const XmlAttributes& attributes) override {
        if (name == "row") {
            int number = row_number + 1;
            if (const auto r = attributes.find("r")) {
                std::from_chars(r->data(), r->data() + r->size(), number);
            }
            row_number = number;
            cells.clear();
            column = -1;
            in_row = true;
        } else if (name == "c" && in_row) {
            const auto reference = attributes.find("r");
            const std::optional<int> at = reference ? column_of(*reference) : std::nullopt;
            column = at ? *at : column + 1;
            type = std::string(attributes.find("t").value_or(""));
            style = 0;
            if (const auto s = attributes.find("s")) {
                std::from_chars(s->data(), s->data() + s->size(), style);
            }
            value.clear();
        } else if (name == "v" || (name == "t" && in_inline_string && phonetic_depth == 0)) {
            in_value = true;
        } else if (name == "is") {
            in_inline_string = true;
        } else if (name == "rPh") {
            ++phonetic_depth;
        } else if (name == "mergeCell") {
            const auto reference = attributes.find("ref");
            if (const auto range = reference ? range_of(*reference) : std::nullopt) {
                merged.push_back(*range);
            }
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
                                      {source, part, std::to_string(line()), value,
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

// The parts every sheet needs: the sheets in tab order, shared strings, date styles.
struct Workbook {
    struct Sheet {
        std::string name;
        std::string part;  // its path in the archive
        bool is_worksheet = true;
    };
    std::vector<Sheet> sheets;  // every <sheet>; `part` is empty when its target is missing
    std::vector<std::string> shared_strings;
    std::vector<bool> style_is_date;
    bool date1904 = false;
};

Result<Workbook> read_workbook(OfficePackage& package) {
    if (!package.has_part(k_workbook)) {
        return fail(ErrorCode::invalid_input, Label::error_not_xlsx, {package.source()});
    }
    WorkbookHandler workbook;
    PARINDEX_TRY(package.read_part(k_workbook, workbook));
    RelationshipsHandler relationships;
    PARINDEX_TRY(package.read_part("xl/_rels/workbook.xml.rels", relationships));

    Workbook parts;
    parts.date1904 = workbook.date1904;
    for (const SheetEntry& entry : workbook.sheets) {
        const auto target = relationships.targets.find(entry.relation);
        if (target == relationships.targets.end()) {
            parts.sheets.push_back(Workbook::Sheet{entry.name, {}, false});
            continue;
        }
        parts.sheets.push_back(Workbook::Sheet{entry.name, resolve_target(target->second.path),
                                               target->second.is_worksheet});
    }

    SharedStringsHandler strings;
    PARINDEX_TRY(package.read_part(
        resolve_target(relationships.shared_strings.value_or("sharedStrings.xml")), strings));
    StylesHandler styles;
    PARINDEX_TRY(
        package.read_part(resolve_target(relationships.styles.value_or("styles.xml")), styles));
    parts.shared_strings = std::move(strings.strings);
    parts.style_is_date = std::move(styles.style_is_date);
    return parts;
}

// Reads one sheet, handing each non-empty row to `visit`; gives its merged ranges.
Result<std::vector<XlsxRange>> read_sheet(OfficePackage& package, const Workbook& workbook,
                                          const Workbook::Sheet& sheet, const Visitor& visit,
                                          PartSize size) {
    SheetHandler handler(workbook.shared_strings, workbook.style_is_date, workbook.date1904, visit,
                         package.source(), sheet.part);
    PARINDEX_TRY_ASSIGN(found, package.read_part(sheet.part, handler, size));
    if (!found) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_no_sheet, {package.source()});
    }
    return std::move(handler.merged);
}

}  // namespace

Result<void> read_xlsx_rows(
    const std::string& path,
    const std::function<Result<void>(int row_number, const std::vector<std::string>& cells)>&
        visit) {
    PARINDEX_TRY_ASSIGN(
        package, OfficePackage::open_file(path, PackageKind::workbook, Label::error_not_xlsx));
    PARINDEX_TRY_ASSIGN(workbook, read_workbook(package));
    if (workbook.sheets.empty() || workbook.sheets.front().part.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_no_sheet, {path});
    }
    PARINDEX_TRY(read_sheet(package, workbook, workbook.sheets.front(), visit, PartSize::streamed));
    return {};
}

Result<std::vector<XlsxSheet>> read_xlsx_sheets(std::string_view bytes,
                                                std::string_view source_name) {
    PARINDEX_TRY_ASSIGN(package,
                        OfficePackage::open_bytes(bytes, source_name, PackageKind::workbook,
                                                  Label::error_not_xlsx));
    PARINDEX_TRY_ASSIGN(workbook, read_workbook(package));
    std::vector<XlsxSheet> sheets;
    for (const Workbook::Sheet& entry : workbook.sheets) {
        if (entry.part.empty() || !entry.is_worksheet) {
            continue;
        }
        XlsxSheet sheet{entry.name, {}, {}};
        const Visitor keep = [&sheet](int number, const std::vector<std::string>& cells) {
            sheet.rows.push_back(XlsxRow{number, cells});
            return Result<void>{};
        };
        PARINDEX_TRY_ASSIGN(merged, read_sheet(package, workbook, entry, keep, PartSize::held));
        sheet.merged = std::move(merged);
        sheets.push_back(std::move(sheet));
    }
    if (sheets.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_xlsx_no_sheet, {package.source()});
    }
    return sheets;
}

}  // namespace parindex
