#pragma once
// A small WordprocessingML builder: paragraphs of formatted runs, borderless layout tables,
// bordered data tables (header rows repeated on every page, merged cells), page breaks and
// section breaks that turn pages to landscape, zipped into a .docx in memory (libzip). Made for
// official documents in the layout of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 14 pt,
// Vietnamese.

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

// How a cell takes part in a vertical merge: the first cell of the merged block restarts it,
// the cells below it in the same column continue it (their content is not shown).
enum class DocxVerticalMerge { none, restart, continue_merge };

enum class DocxCellAlignment { top, center, bottom };

// One cell of a data table.
struct DocxTableCell {
    std::vector<DocxParagraph> paragraphs;  // none: the cell gets one empty paragraph
    int span = 1;                           // grid columns it covers (w:gridSpan)
    DocxVerticalMerge merge = DocxVerticalMerge::none;
    DocxCellAlignment vertical = DocxCellAlignment::top;
    std::string fill;  // background as RRGGBB ("D9D9D9"); empty for none
};

enum class DocxRowRole {
    body,
    header,  // repeated at the top of every page the table runs onto (w:tblHeader); never split
};

struct DocxTableRow {
    std::vector<DocxTableCell> cells;
    DocxRowRole role = DocxRowRole::body;
};

// A table with single borders around every cell. Header rows come first. Rows whose cells
// cover fewer columns than the grid are completed with empty cells.
struct DocxTable {
    std::vector<int> column_widths;  // twips
    std::vector<DocxTableRow> rows;
};

enum class DocxOrientation { portrait, landscape };

struct DocxPageSetup {
    int width = 11906;  // A4, twips
    int height = 16838;
    int margin_top = mm_to_twips(20);  // Nghị định 30/2020: 20-25 mm top and bottom,
    int margin_bottom = mm_to_twips(20);
    int margin_left = mm_to_twips(30);   // 30-35 mm left,
    int margin_right = mm_to_twips(15);  // 15-20 mm right
    DocxOrientation orientation = DocxOrientation::portrait;

    [[nodiscard]] int text_width() const { return width - margin_left - margin_right; }
    // The same paper turned sideways, with the same margins: for wide appendix tables.
    [[nodiscard]] DocxPageSetup landscape() const;
    // The same paper upright.
    [[nodiscard]] DocxPageSetup portrait() const;
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
    // A bordered data table spread over the text width the column widths give.
    void add_table(const DocxTable& table);
    void add_page_break();
    // Ends the current section and starts the next on a new page set up as `next` (for
    // instance page().landscape() for an appendix, then page().portrait() to turn back).
    void add_section_break(const DocxPageSetup& next);

    // The page setup of the section being written.
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
