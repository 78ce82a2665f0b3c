#pragma once
// Word documents and workbooks built by hand in memory for the plan reader tests: just the parts
// the readers look at, in the XML Word and Excel write, zipped with libzip.

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parindex::test {

using Parts = std::vector<std::pair<std::string, std::string>>;

// The parts zipped into the bytes of one file.
inline std::string zip_parts(const Parts& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    EXPECT_NE(buffer, nullptr);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    for (const auto& [name, content] : parts) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    zip_error_fini(&error);
    std::string bytes;
    EXPECT_EQ(zip_source_open(buffer), 0);
    zip_source_seek(buffer, 0, SEEK_END);
    bytes.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
    zip_source_seek(buffer, 0, SEEK_SET);
    EXPECT_EQ(zip_source_read(buffer, bytes.data(), bytes.size()),
              static_cast<zip_int64_t>(bytes.size()));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

inline std::string escape(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

// --- Word ---

// A paragraph; '\n' in the text is a line break (w:br), '\t' a tab (w:tab).
inline std::string paragraph(const std::string& text) {
    std::string runs = "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">";
    for (const char c : text) {
        if (c == '\n') {
            runs += "</w:t><w:br/><w:t xml:space=\"preserve\">";
        } else if (c == '\t') {
            runs += "</w:t><w:tab/><w:t xml:space=\"preserve\">";
        } else {
            runs += escape(std::string(1, c));
        }
    }
    return "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" + runs +
           "</w:t></w:r></w:p>";
}

enum class Merge { none, restart, below };  // w:vMerge: none, val="restart", or continuing

struct WordCell {
    // NOLINTNEXTLINE(google-explicit-constructor): cells are written as {"text"} in rows
    WordCell(std::string cell_text = {}, int cell_span = 1, Merge cell_merge = Merge::none,
             std::string nested_table = {})
        : text(std::move(cell_text)),
          span(cell_span),
          merge(cell_merge),
          nested(std::move(nested_table)) {}

    std::string text;  // paragraphs separated by "\n\n"; a single '\n' is a line break
    int span = 1;
    Merge merge = Merge::none;
    std::string nested;  // a nested table's XML inside the cell
};

inline std::string cell(const WordCell& cell) {
    std::string properties = "<w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>";
    if (cell.span > 1) {
        properties += "<w:gridSpan w:val=\"" + std::to_string(cell.span) + "\"/>";
    }
    if (cell.merge == Merge::restart) {
        properties += "<w:vMerge w:val=\"restart\"/>";
    } else if (cell.merge == Merge::below) {
        properties += "<w:vMerge/>";
    }
    properties += "</w:tcPr>";
    std::string paragraphs;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = cell.text.find("\n\n", start);
        paragraphs += paragraph(cell.text.substr(start, end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 2;
    }
    return "<w:tc>" + properties + paragraphs + cell.nested + "</w:tc>";
}

inline std::string row(const std::vector<WordCell>& cells, bool is_header = false) {
    std::string xml = "<w:tr>";
    if (is_header) {
        xml += "<w:trPr><w:tblHeader/></w:trPr>";
    }
    for (const WordCell& c : cells) {
        xml += cell(c);
    }
    return xml + "</w:tr>";
}

inline std::string table(const std::vector<std::string>& rows) {
    std::string xml = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
    for (int i = 0; i < 6; ++i) {
        xml += "<w:gridCol w:w=\"1000\"/>";
    }
    xml += "</w:tblGrid>";
    for (const std::string& r : rows) {
        xml += r;
    }
    return xml + "</w:tbl>";
}

// The appendix's two header rows as Word writes them: the first four merged down, "Phân công
// nhiệm vụ" across the last two.
inline std::vector<std::string> header_rows(bool is_marked = true) {
    return {row({{"STT", 1, Merge::restart},
                 {"Lĩnh vực, tiêu chí", 1, Merge::restart},
                 {"Yêu cầu năm 2025", 1, Merge::restart},
                 {"Thời gian hoàn thành", 1, Merge::restart},
                 {"Phân công nhiệm vụ", 2}},
                is_marked),
            row({{"", 1, Merge::below},
                 {"", 1, Merge::below},
                 {"", 1, Merge::below},
                 {"", 1, Merge::below},
                 {"Cơ quan chủ trì"},
                 {"Cơ quan phối hợp"}},
                is_marked)};
}

inline std::string document(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
           R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
           R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">)"
           "<w:body>" +
           body + "<w:sectPr/></w:body></w:document>";
}

inline std::string docx(const std::string& body) {
    return zip_parts({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document(body)}});
}

// --- Excel ---

// Cells from column A; an empty text leaves the cell out, "#46022" is a number in a date format.
struct SheetRow {
    int number = 0;
    std::vector<std::string> cells;
};

inline std::string column_letters(std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    return letters;
}

inline std::string sheet(const std::vector<SheetRow>& rows,
                         const std::vector<std::string>& merged = {}) {
    std::string xml =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (const SheetRow& r : rows) {
        xml += "<row r=\"" + std::to_string(r.number) + "\">";
        for (std::size_t column = 0; column < r.cells.size(); ++column) {
            const std::string& text = r.cells[column];
            const std::string reference = column_letters(column) + std::to_string(r.number);
            if (text.empty()) {
                continue;
            }
            if (text.front() == '#') {
                xml += "<c r=\"" + reference + "\" s=\"1\"><v>" + text.substr(1) + "</v></c>";
                continue;
            }
            xml += "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
                   escape(text) + "</t></is></c>";
        }
        xml += "</row>";
    }
    xml += "</sheetData>";
    if (!merged.empty()) {
        xml += "<mergeCells count=\"" + std::to_string(merged.size()) + "\">";
        for (const std::string& range : merged) {
            xml += "<mergeCell ref=\"" + range + "\"/>";
        }
        xml += "</mergeCells>";
    }
    return xml + "</worksheet>";
}

constexpr std::string_view k_worksheet_type =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

// A workbook of the named sheets, in order; style 1 is a date (built-in format 14).
inline std::string xlsx(const std::vector<std::pair<std::string, std::string>>& sheets) {
    std::string workbook =
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
    std::string relationships =
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    Parts parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string id = "rId" + std::to_string(i + 1);
        const std::string part = "worksheets/sheet" + std::to_string(i + 1) + ".xml";
        const std::string name = escape(sheets[i].first);
        const std::string number = std::to_string(i + 1);
        workbook.append("<sheet name=\"")
            .append(name)
            .append("\" sheetId=\"")
            .append(number)
            .append("\" r:id=\"")
            .append(id)
            .append("\"/>");
        relationships.append("<Relationship Id=\"")
            .append(id)
            .append("\" Type=\"")
            .append(k_worksheet_type)
            .append("\" Target=\"")
            .append(part)
            .append("\"/>");
        parts.emplace_back("xl/" + part, sheets[i].second);
    }
    relationships +=
        R"(<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    workbook += "</sheets></workbook>";
    relationships += "</Relationships>";
    parts.emplace_back("xl/workbook.xml", workbook);
    parts.emplace_back("xl/_rels/workbook.xml.rels", relationships);
    parts.emplace_back(
        "xl/styles.xml",
        R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        R"(<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)");
    return zip_parts(parts);
}

}  // namespace parindex::test
