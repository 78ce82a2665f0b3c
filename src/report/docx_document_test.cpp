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

}  // namespace

}  // namespace parindex
