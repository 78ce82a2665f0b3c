#pragma once
// A small WordprocessingML builder: paragraphs of formatted runs, borderless layout tables and
// page breaks, zipped into a .docx in memory (libzip). Made for official documents in the
// layout of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 14 pt, Vietnamese.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace parindex {

// Millimetres to twentieths of a point, the unit of page and indent sizes (1 mm = 56.7 twips).
[[nodiscard]] constexpr int mm_to_twips(double millimetres) {
    const double twips = millimetres * 56.7;    // sizes are positive: round half up by hand,
    const int whole = static_cast<int>(twips);  // as std::lround is not constexpr
    return twips - whole >= 0.5 ? whole + 1 : whole;
}

enum class DocxAlignment { left, center, right, both };

// A line along one edge of a paragraph (between its indents).
enum class DocxBorder { none, top, bottom };

struct DocxRun {
    std::string text;  // UTF-8; '\n' becomes a line break within the paragraph
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double points = 0;  // font size; 0 keeps the document's default
};

struct DocxParagraphStyle {
    DocxAlignment alignment = DocxAlignment::left;
    int first_line_indent = 0;  // twips
    int left_indent = 0;        // twips
    int right_indent = 0;       // twips
    int space_before = 0;       // twips
    int space_after = 0;        // twips
    int line_spacing = 0;       // 240ths of a line (240 single, 360 one and a half); 0 = default
    DocxBorder border = DocxBorder::none;
    double mark_points = 0;  // size of the paragraph mark: sets the height of an empty paragraph
};

struct DocxParagraph {
    std::vector<DocxRun> runs;
    DocxParagraphStyle style;
};

// One cell of a layout table: its paragraphs (an empty cell still gets one empty paragraph).
using DocxCell = std::vector<DocxParagraph>;

struct DocxPageSetup {
    int width = 11906;  // A4, twips
    int height = 16838;
    int margin_top = mm_to_twips(20);  // Nghị định 30/2020: 20-25 mm top and bottom,
    int margin_bottom = mm_to_twips(20);
    int margin_left = mm_to_twips(30);   // 30-35 mm left,
    int margin_right = mm_to_twips(15);  // 15-20 mm right

    [[nodiscard]] int text_width() const { return width - margin_left - margin_right; }
};

class DocxDocument {
  public:
    explicit DocxDocument(std::string title = {}, DocxPageSetup page = {});

    void add_paragraph(const DocxParagraph& paragraph);
    void add_paragraph(std::vector<DocxRun> runs, DocxParagraphStyle style = {});
    void add_empty_paragraph(DocxParagraphStyle style = {});
    // A table without borders, for side-by-side blocks: `column_widths` in twips, each row one
    // cell per column.
    void add_layout_table(const std::vector<int>& column_widths,
                          const std::vector<std::vector<DocxCell>>& rows);
    void add_page_break();

    [[nodiscard]] const DocxPageSetup& page() const { return m_page; }
    // word/document.xml as it will be written.
    [[nodiscard]] std::string document_xml() const;
    // The .docx file.
    [[nodiscard]] Result<std::string> to_docx_bytes() const;

  private:
    std::string m_title;
    DocxPageSetup m_page;
    std::string m_body;  // the body's XML so far
};

// Text escaped for XML character data and attribute values.
[[nodiscard]] std::string xml_escape(std::string_view text);

}  // namespace parindex
