#pragma once
// Test helper: the cells of a worksheet in an XLSX workbook held in memory, by reference ("B7"),
// shared strings resolved, so that the tests of the XLSX renderers read back what a person would
// see in each cell and whether it is a number.

#include <expat.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/office_test_support.hpp"

namespace parindex::office_test {

struct SheetCell {
    std::string value;  // the text, or the number as the file writes it
    bool is_number = false;
};

// The cells of a worksheet by reference ("B7").
using Cells = std::map<std::string, SheetCell>;

namespace detail {

struct SheetParse {
    const std::vector<std::string>* strings = nullptr;
    std::vector<std::string> shared;  // filled when parsing sharedStrings.xml
    std::map<std::string, SheetCell> cells;
    std::string reference;
    std::string type;
    std::string text;
    bool in_text = false;
};

inline std::string attribute(const XML_Char** attributes, const std::string& name) {
    for (const XML_Char** at = attributes; *at != nullptr; at += 2) {
        if (name == at[0]) {
            return at[1];
        }
    }
    return {};
}

inline void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto& parse = *static_cast<SheetParse*>(data);
    const std::string element = name;
    if (element == "si") {
        parse.text.clear();
    } else if (element == "c") {
        parse.reference = attribute(attributes, "r");
        parse.type = attribute(attributes, "t");
        parse.text.clear();
    } else if (element == "t" || element == "v") {
        parse.in_text = true;
    }
}

inline void XMLCALL on_end(void* data, const XML_Char* name) {
    auto& parse = *static_cast<SheetParse*>(data);
    const std::string element = name;
    if (element == "t" || element == "v") {
        parse.in_text = false;
    } else if (element == "si") {
        parse.shared.push_back(parse.text);
    } else if (element == "c") {
        SheetCell cell;
        if (parse.type == "s" && parse.strings != nullptr && !parse.text.empty()) {
            const auto index = static_cast<std::size_t>(std::stoul(parse.text));
            cell.value = index < parse.strings->size() ? (*parse.strings)[index] : "";
        } else {
            cell.value = parse.text;
            cell.is_number = parse.type.empty() && !parse.text.empty();
        }
        parse.cells[parse.reference] = cell;
    }
}

inline void XMLCALL on_text(void* data, const XML_Char* text, int length) {
    auto& parse = *static_cast<SheetParse*>(data);
    if (parse.in_text) {
        parse.text.append(text, static_cast<std::size_t>(length));
    }
}

inline SheetParse parse_part(const std::string& xml, const std::vector<std::string>* strings) {
    SheetParse parse;
    parse.strings = strings;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &parse);
    XML_SetElementHandler(parser, on_start, on_end);
    XML_SetCharacterDataHandler(parser, on_text);
    XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    XML_ParserFree(parser);
    return parse;
}

}  // namespace detail

// The name inside the workbook of the `number`-th worksheet (from 1).
inline std::string sheet_entry(int number) {
    return "xl/worksheets/sheet" + std::to_string(number) + ".xml";
}

// The cells of the `number`-th worksheet (from 1); nothing when the workbook has no such sheet.
inline std::optional<Cells> sheet_cells(const std::string& workbook_bytes, int number) {
    const std::optional<std::string> sheet = zip_entry(workbook_bytes, sheet_entry(number));
    if (!sheet) {
        return std::nullopt;
    }
    const std::vector<std::string> strings =
        detail::parse_part(zip_entry(workbook_bytes, "xl/sharedStrings.xml").value_or(""), nullptr)
            .shared;
    return detail::parse_part(*sheet, &strings).cells;
}

// The reference of a cell counted from 0: cell_reference(1, 6) is "B7" (columns up to ZZ).
inline std::string cell_reference(std::size_t column, std::size_t row) {
    std::string letters;
    if (column >= 26) {
        letters += static_cast<char>('A' + column / 26 - 1);
    }
    letters += static_cast<char>('A' + column % 26);
    return letters + std::to_string(row + 1);
}

// The value of a cell, "" when it is blank or absent.
inline std::string cell_value(const std::map<std::string, SheetCell>& cells,
                              const std::string& reference) {
    const auto found = cells.find(reference);
    return found == cells.end() ? std::string() : found->second.value;
}

// Expects a number cell holding `value` (the file may write it with 16 digits:
// "80.09999999999999").
inline void expect_number(const Cells& cells, const std::string& reference, double value) {
    const auto found = cells.find(reference);
    ASSERT_NE(found, cells.end()) << reference;
    EXPECT_TRUE(found->second.is_number) << reference << ": " << found->second.value;
    EXPECT_DOUBLE_EQ(std::stod(found->second.value), value) << reference;
}

// A fixture whose SetUp renders one workbook into m_bytes, for its tests to read back.
class RenderedWorkbook : public ::testing::Test {
  protected:
    // The cells of the `number`-th worksheet (from 1); none when there is no such sheet.
    [[nodiscard]] Cells sheet(int number) const {
        return sheet_cells(m_bytes, number).value_or(Cells{});
    }

    // The XML of the `number`-th worksheet (from 1); "" when there is no such sheet.
    [[nodiscard]] std::string sheet_xml(int number) const {
        return zip_entry(m_bytes, sheet_entry(number)).value_or("");
    }

    std::string m_bytes;
};

}  // namespace parindex::office_test
