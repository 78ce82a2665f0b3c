#include "report/docx_document.hpp"

#include <gtest/gtest.h>

#include <string>

#include "report/office_test_support.hpp"

namespace parindex {

namespace {

using office_test::count_of;
using office_test::xml_error;
using office_test::zip_entry;

TEST(XmlEscape, EscapesTheFiveMarkupCharactersAndDropsControlCharacters) {
    EXPECT_EQ(xml_escape("a & b < c > d \"e\" 'f'"),
              "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    EXPECT_EQ(xml_escape(std::string("x\x01y\tz", 5)), "xy\tz");
    EXPECT_EQ(xml_escape("Phường An Khánh"), "Phường An Khánh");
}

TEST(MmToTwips, UsesFiftySixPointSevenTwipsPerMillimetre) {
    EXPECT_EQ(mm_to_twips(20), 1134);
    EXPECT_EQ(mm_to_twips(30), 1701);
    EXPECT_EQ(mm_to_twips(15), 851);
}

TEST(DocxDocument, WritesRunAndParagraphPropertiesInSchemaOrder) {
    DocxDocument document;
    DocxRun run{"Tiêu đề"};
    run.bold = true;
    run.italic = true;
    run.underline = true;
    run.points = 13;
    DocxParagraphStyle style;
    style.alignment = DocxAlignment::both;
    style.first_line_indent = 567;
    style.space_after = 120;
    style.border = DocxBorder::bottom;
    document.add_paragraph({run, DocxRun{"dòng 1\ndòng 2"}}, style);

    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:pPr><w:pBdr><w:bottom w:val=\"single\""), std::string::npos);
    EXPECT_NE(xml.find("<w:spacing w:before=\"0\" w:after=\"120\"/><w:ind w:left=\"0\" "
                       "w:right=\"0\" w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"26\"/>"
                       "<w:szCs w:val=\"26\"/><w:u w:val=\"single\"/></w:rPr>"),
              std::string::npos);
    EXPECT_NE(xml.find("dòng 1</w:t><w:br/><w:t xml:space=\"preserve\">dòng 2"), std::string::npos);
}

TEST(DocxDocument, LaysOutABorderlessTableWithAParagraphInEveryCell) {
    DocxDocument document;
    document.add_layout_table({3000, 6000}, {{{DocxParagraph{{DocxRun{"trái"}}, {}}}, {}}});
    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:tblW w:w=\"9000\" w:type=\"dxa\"/>"), std::string::npos);
    EXPECT_EQ(count_of(xml, "w:val=\"nil\""), 6u);
    EXPECT_NE(xml.find("<w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"6000\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<w:tcW w:w=\"6000\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>"),
              std::string::npos);
}

TEST(DocxDocument, PageIsA4WithTheMarginsOfDecree30) {
    DocxDocument document;
    document.add_page_break();
    const std::string xml = document.document_xml();
    EXPECT_NE(xml.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""),
              std::string::npos);
    EXPECT_EQ(count_of(xml, "<w:br w:type=\"page\"/>"), 1u);
}

TEST(DocxDocument, ZipsEveryPartOfAWordDocument) {
    DocxDocument document("Tiêu đề <thử>");
    document.add_paragraph({DocxRun{"Xin chào"}});
    const Result<std::string> bytes = document.to_docx_bytes();
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(bytes->starts_with("PK"));
    for (const char* name :
         {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
          "word/styles.xml", "word/settings.xml", "docProps/core.xml"}) {
        const std::optional<std::string> entry = zip_entry(*bytes, name);
        ASSERT_TRUE(entry.has_value()) << name;
        EXPECT_EQ(xml_error(*entry), std::nullopt) << name;
    }
    const std::string styles = *zip_entry(*bytes, "word/styles.xml");
    EXPECT_NE(styles.find("w:ascii=\"Times New Roman\""), std::string::npos);
    EXPECT_NE(styles.find("<w:sz w:val=\"28\"/>"), std::string::npos);
    EXPECT_NE(styles.find("<w:lang w:val=\"vi-VN\"/>"), std::string::npos);
    EXPECT_NE(zip_entry(*bytes, "docProps/core.xml")->find("Tiêu đề &lt;thử&gt;"),
              std::string::npos);
    EXPECT_NE(zip_entry(*bytes, "word/document.xml")->find("Xin chào"), std::string::npos);
}

DocxParagraph plain(std::string text) {
    return DocxParagraph{{DocxRun{std::move(text)}}, {}};
}

DocxTableCell cell(std::string text) {
    DocxTableCell result;
    result.paragraphs.push_back(plain(std::move(text)));
    return result;
}

TEST(DocxDocument, WritesABorderedTableWithRepeatedHeaderRowsAndMergedCells) {
    DocxTable table;
    table.column_widths = {1000, 2000, 3000};
    DocxTableRow first;
    first.role = DocxRowRole::header;
    DocxTableCell code = cell("STT");
    code.merge = DocxVerticalMerge::restart;
    code.vertical = DocxCellAlignment::center;
    code.fill = "D9D9D9";
    DocxTableCell assignment = cell("Phân công nhiệm vụ");
    assignment.span = 2;
    first.cells = {code, assignment};
    DocxTableRow second;
    second.role = DocxRowRole::header;
    DocxTableCell below;
    below.merge = DocxVerticalMerge::continue_merge;
    second.cells = {below, cell("Cơ quan chủ trì"), cell("Cơ quan phối hợp")};
    DocxTableRow body;
    body.cells = {cell("1.1")};  // short: completed with empty cells
    table.rows = {first, second, body};

    DocxDocument document;
    document.add_table(table);
    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_NE(xml.find("<w:tblW w:w=\"6000\" w:type=\"dxa\"/>"), std::string::npos);
    EXPECT_EQ(count_of(xml, "w:val=\"single\" w:sz=\"4\""), 6u);
    EXPECT_NE(xml.find("<w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"2000\"/><w:gridCol "
                       "w:w=\"3000\"/>"),
              std::string::npos);
    EXPECT_EQ(count_of(xml, "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"), 2u);
    EXPECT_EQ(count_of(xml, "<w:tr>"), 3u);
    EXPECT_NE(xml.find("<w:tcW w:w=\"1000\" w:type=\"dxa\"/><w:vMerge w:val=\"restart\"/>"
                       "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>"
                       "<w:vAlign w:val=\"center\"/></w:tcPr>"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:tcW w:w=\"5000\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/></w:tcPr>"),
              std::string::npos);
    EXPECT_NE(xml.find("<w:tcW w:w=\"1000\" w:type=\"dxa\"/><w:vMerge/></w:tcPr><w:p/>"),
              std::string::npos);
    // The body row: its one cell, then two empty ones to fill the grid.
    const std::string last_row = xml.substr(xml.rfind("<w:tr>"));
    EXPECT_EQ(count_of(last_row, "<w:tc>"), 3u);
    EXPECT_EQ(last_row.find("tblHeader"), std::string::npos);
    EXPECT_NE(last_row.find("<w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p/>"),
              std::string::npos);
    // A paragraph stands between the table and the end of the body.
    EXPECT_NE(xml.find("</w:tbl><w:p>"), std::string::npos);
}

TEST(DocxDocument, NeverWritesMoreCellsThanTheGridHolds) {
    DocxTable table;
    table.column_widths = {1000, 2000};
    DocxTableRow row;
    DocxTableCell wide = cell("a");
    wide.span = 5;
    row.cells = {cell("x"), wide, cell("b")};
    table.rows = {row};
    DocxDocument document;
    document.add_table(table);
    const std::string xml = document.document_xml();
    EXPECT_EQ(count_of(xml, "<w:tc>"), 2u);
    EXPECT_EQ(xml.find("gridSpan"), std::string::npos);
    EXPECT_EQ(xml.find(">b<"), std::string::npos);
}

TEST(DocxPageSetup, TurnsTheSamePaperSidewaysAndBack) {
    const DocxPageSetup portrait;
    const DocxPageSetup landscape = portrait.landscape();
    EXPECT_EQ(landscape.width, 16838);
    EXPECT_EQ(landscape.height, 11906);
    EXPECT_EQ(landscape.orientation, DocxOrientation::landscape);
    EXPECT_EQ(landscape.margin_left, portrait.margin_left);
    EXPECT_EQ(landscape.text_width(), 16838 - 1701 - 851);
    EXPECT_EQ(landscape.landscape().width, 16838);
    const DocxPageSetup upright = landscape.portrait();
    EXPECT_EQ(upright.width, 11906);
    EXPECT_EQ(upright.height, 16838);
    EXPECT_EQ(upright.orientation, DocxOrientation::portrait);
}

TEST(DocxDocument, ASectionBreakTurnsTheFollowingPagesToLandscapeAndBack) {
    DocxDocument document;
    document.add_paragraph(plain("dọc"));
    document.add_section_break(document.page().landscape());
    EXPECT_EQ(document.page().orientation, DocxOrientation::landscape);
    document.add_paragraph(plain("ngang"));
    document.add_section_break(document.page().portrait());
    document.add_paragraph(plain("dọc lại"));

    const std::string xml = document.document_xml();
    EXPECT_EQ(xml_error(xml), std::nullopt);
    EXPECT_EQ(count_of(xml, "<w:sectPr>"), 3u);
    // A section's properties close it: the first, in a paragraph after "dọc", is portrait.
    const std::string portrait = "<w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>";
    const std::string landscape =
        "<w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>";
    const std::size_t first = xml.find(portrait);
    const std::size_t second = xml.find(landscape);
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(second, std::string::npos);
    EXPECT_LT(xml.find(">dọc<"), first);
    EXPECT_LT(first, xml.find(">ngang<"));
    EXPECT_LT(xml.find(">ngang<"), second);
    EXPECT_LT(second, xml.find(">dọc lại<"));
    // The body's own sectPr, last, holds the last section: portrait again.
    EXPECT_TRUE(
        xml.substr(xml.rfind("<w:sectPr>"))
            .starts_with("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar "
                         "w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""));
    EXPECT_TRUE(xml.ends_with("</w:sectPr></w:body></w:document>"));
}

}  // namespace

}  // namespace parindex
