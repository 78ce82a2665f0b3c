#include "report/docx_document.hpp"

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace parindex {

namespace {

constexpr std::string_view k_xml_declaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view k_namespace_w =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view k_namespace_r =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr std::string_view k_content_types =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>";

constexpr std::string_view k_package_relationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>";

constexpr std::string_view k_document_relationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/settings\" Target=\"settings.xml\"/>"
    "</Relationships>";

// Times New Roman 14 pt (w:sz counts half-points), Vietnamese, single spacing, no space after.
constexpr std::string_view k_styles_body =
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"Times New Roman\" "
    "w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/>"
    "</w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
    "</w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
    "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
    "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
    "<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
    "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
    "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
    "</w:tblCellMar></w:tblPr></w:style>";

constexpr std::string_view k_settings_body =
    "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
    "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    "<w:themeFontLang w:val=\"vi-VN\"/>";

std::string attribute(std::string_view name, int value) {
    return " " + std::string(name) + "=\"" + std::to_string(value) + "\"";
}

int half_points(double points) {
    return static_cast<int>(std::lround(points * 2));
}

void append_size(std::string& xml, double points) {
    if (points <= 0) {
        return;
    }
    const std::string value = std::to_string(half_points(points));
    xml += "<w:sz w:val=\"" + value + "\"/><w:szCs w:val=\"" + value + "\"/>";
}

// Child order follows the schema (CT_RPr): b, bCs, i, iCs, sz, szCs, u.
std::string run_properties(const DocxRun& run) {
    std::string xml;
    if (run.bold) {
        xml += "<w:b/><w:bCs/>";
    }
    if (run.italic) {
        xml += "<w:i/><w:iCs/>";
    }
    append_size(xml, run.points);
    if (run.underline) {
        xml += "<w:u w:val=\"single\"/>";
    }
    return xml.empty() ? xml : "<w:rPr>" + xml + "</w:rPr>";
}

void append_run(std::string& xml, const DocxRun& run) {
    xml += "<w:r>" + run_properties(run);
    std::size_t start = 0;
    while (start <= run.text.size()) {
        const std::size_t end = std::min(run.text.find_first_of("\n\t", start), run.text.size());
        if (end > start) {
            xml += "<w:t xml:space=\"preserve\">";
            xml += xml_escape(std::string_view(run.text).substr(start, end - start));
            xml += "</w:t>";
        }
        if (end == run.text.size()) {
            break;
        }
        xml += run.text[end] == '\n' ? "<w:br/>" : "<w:tab/>";
        start = end + 1;
    }
    xml += "</w:r>";
}

// Child order follows the schema (CT_PPr): pBdr, spacing, ind, jc, rPr.
std::string paragraph_properties(const DocxParagraphStyle& style) {
    std::string xml;
    if (style.border != DocxBorder::none) {
        const char* edge = style.border == DocxBorder::top ? "top" : "bottom";
        xml += "<w:pBdr><w:";
        xml += edge;
        xml += " w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>";
    }
    if (style.space_before != 0 || style.space_after != 0 || style.line_spacing != 0) {
        xml += "<w:spacing" + attribute("w:before", style.space_before) +
               attribute("w:after", style.space_after);
        if (style.line_spacing != 0) {
            xml += attribute("w:line", style.line_spacing) + " w:lineRule=\"auto\"";
        }
        xml += "/>";
    }
    if (style.left_indent != 0 || style.right_indent != 0 || style.first_line_indent != 0) {
        xml += "<w:ind" + attribute("w:left", style.left_indent) +
               attribute("w:right", style.right_indent);
        if (style.first_line_indent > 0) {
            xml += attribute("w:firstLine", style.first_line_indent);
        } else if (style.first_line_indent < 0) {
            xml += attribute("w:hanging", -style.first_line_indent);
        }
        xml += "/>";
    }
    switch (style.alignment) {
        case DocxAlignment::left:
            break;
        case DocxAlignment::center:
            xml += "<w:jc w:val=\"center\"/>";
            break;
        case DocxAlignment::right:
            xml += "<w:jc w:val=\"right\"/>";
            break;
        case DocxAlignment::both:
            xml += "<w:jc w:val=\"both\"/>";
            break;
    }
    if (style.mark_points > 0) {
        std::string mark;
        append_size(mark, style.mark_points);
        xml += "<w:rPr>" + mark + "</w:rPr>";
    }
    return xml.empty() ? xml : "<w:pPr>" + xml + "</w:pPr>";
}

void append_paragraph(std::string& xml, const DocxParagraph& paragraph) {
    xml += "<w:p>" + paragraph_properties(paragraph.style);
    for (const DocxRun& run : paragraph.runs) {
        append_run(xml, run);
    }
    xml += "</w:p>";
}

std::string part(std::string_view root_open, std::string_view body, std::string_view root_close) {
    std::string xml(k_xml_declaration);
    xml += root_open;
    xml += body;
    xml += root_close;
    return xml;
}

std::string wordprocessing_part(std::string_view root, std::string_view body) {
    return part("<w:" + std::string(root) + " xmlns:w=\"" + std::string(k_namespace_w) + "\">",
                body, "</w:" + std::string(root) + ">");
}

struct SourceDeleter {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

tl::unexpected<Error> zip_failure(std::string detail) {
    return fail(ErrorCode::internal, Label::error_office_write,
                {std::string(label_text(Label::office_file_docx)), std::move(detail)});
}

struct NamedPart {
    const char* name;
    std::string xml;
};

// The parts zipped into an archive held in memory, and the archive's bytes.
Result<std::string> zip_in_memory(const std::vector<NamedPart>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        std::string detail = zip_error_strerror(&error);
        zip_error_fini(&error);
        return zip_failure(std::move(detail));
    }
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        std::string detail = zip_error_strerror(&error);
        zip_error_fini(&error);
        return zip_failure(std::move(detail));
    }
    zip_error_fini(&error);
    zip_source_keep(buffer.get());  // the archive's reference; ours stays for reading back

    for (const NamedPart& entry : parts) {
        zip_source_t* data = zip_source_buffer(archive, entry.xml.data(), entry.xml.size(), 0);
        if (data == nullptr) {
            std::string detail = zip_strerror(archive);
            zip_discard(archive);
            return zip_failure(std::move(detail));
        }
        if (zip_file_add(archive, entry.name, data, ZIP_FL_ENC_UTF_8) < 0) {
            std::string detail = zip_strerror(archive);
            zip_source_free(data);
            zip_discard(archive);
            return zip_failure(std::move(detail));
        }
    }
    if (zip_close(archive) < 0) {
        std::string detail = zip_strerror(archive);
        zip_discard(archive);
        return zip_failure(std::move(detail));
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) < 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        zip_source_open(buffer.get()) < 0) {
        return zip_failure(zip_error_strerror(zip_source_error(buffer.get())));
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const zip_int64_t read =
            zip_source_read(buffer.get(), bytes.data() + filled, bytes.size() - filled);
        if (read <= 0) {
            break;
        }
        filled += static_cast<std::size_t>(read);
    }
    zip_source_close(buffer.get());
    if (filled != bytes.size()) {
        return zip_failure(zip_error_strerror(zip_source_error(buffer.get())));
    }
    return bytes;
}

// The w:sectPr of a section: paper, orientation and margins.
std::string section_properties(const DocxPageSetup& page) {
    std::string xml =
        "<w:sectPr><w:pgSz" + attribute("w:w", page.width) + attribute("w:h", page.height);
    if (page.orientation == DocxOrientation::landscape) {
        xml += " w:orient=\"landscape\"";
    }
    xml += "/><w:pgMar" + attribute("w:top", page.margin_top) +
           attribute("w:right", page.margin_right) + attribute("w:bottom", page.margin_bottom) +
           attribute("w:left", page.margin_left) +
           " w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>";
    return xml;
}

std::string_view vertical_alignment(DocxCellAlignment alignment) {
    switch (alignment) {
        case DocxCellAlignment::top:
            return "top";
        case DocxCellAlignment::center:
            return "center";
        case DocxCellAlignment::bottom:
            return "bottom";
    }
    return "top";
}

// Child order follows the schema (CT_TcPr): tcW, gridSpan, vMerge, shd, vAlign.
void append_table_cell(std::string& xml, const DocxTableCell& cell, int width, int span) {
    xml += "<w:tc><w:tcPr><w:tcW" + attribute("w:w", width) + " w:type=\"dxa\"/>";
    if (span > 1) {
        xml += "<w:gridSpan" + attribute("w:val", span) + "/>";
    }
    if (cell.merge == DocxVerticalMerge::restart) {
        xml += "<w:vMerge w:val=\"restart\"/>";
    } else if (cell.merge == DocxVerticalMerge::continue_merge) {
        xml += "<w:vMerge/>";
    }
    if (!cell.fill.empty()) {
        xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + xml_escape(cell.fill) + "\"/>";
    }
    if (cell.vertical != DocxCellAlignment::top) {
        xml += "<w:vAlign w:val=\"";
        xml += vertical_alignment(cell.vertical);
        xml += "\"/>";
    }
    xml += "</w:tcPr>";
    if (cell.paragraphs.empty()) {
        xml += "<w:p/>";  // a cell must end with a paragraph
    }
    for (const DocxParagraph& paragraph : cell.paragraphs) {
        append_paragraph(xml, paragraph);
    }
    xml += "</w:tc>";
}

void append_table_row(std::string& xml, const DocxTableRow& row,
                      const std::vector<int>& column_widths) {
    // No row breaks across pages: a task's cells stay together, as offices print tables.
    xml += row.role == DocxRowRole::header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                                           : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    const std::size_t columns = column_widths.size();
    std::size_t column = 0;
    for (const DocxTableCell& cell : row.cells) {
        if (column >= columns) {
            break;  // more cells than the grid holds: the extra ones would corrupt the table
        }
        const std::size_t span =
            std::min(static_cast<std::size_t>(std::max(cell.span, 1)), columns - column);
        int width = 0;
        for (std::size_t k = column; k < column + span; ++k) {
            width += column_widths[k];
        }
        append_table_cell(xml, cell, width, static_cast<int>(span));
        column += span;
    }
    for (; column < columns; ++column) {
        append_table_cell(xml, DocxTableCell{}, column_widths[column], 1);
    }
    xml += "</w:tr>";
}

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
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
            case '"':
                escaped += "&quot;";
                break;
            case '\'':
                escaped += "&apos;";
                break;
            default:
                // XML 1.0 allows no control characters but tab, line feed and carriage return.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    escaped += c;
                }
        }
    }
    return escaped;
}

DocxPageSetup DocxPageSetup::landscape() const {
    DocxPageSetup turned = *this;
    turned.width = std::max(width, height);
    turned.height = std::min(width, height);
    turned.orientation = DocxOrientation::landscape;
    return turned;
}

DocxPageSetup DocxPageSetup::portrait() const {
    DocxPageSetup upright = *this;
    upright.width = std::min(width, height);
    upright.height = std::max(width, height);
    upright.orientation = DocxOrientation::portrait;
    return upright;
}

DocxDocument::DocxDocument(std::string title, DocxPageSetup page)
    : m_title(std::move(title)), m_page(page) {}

void DocxDocument::add_paragraph(const DocxParagraph& paragraph) {
    append_paragraph(m_body, paragraph);
}

void DocxDocument::add_paragraph(std::vector<DocxRun> runs, DocxParagraphStyle style) {
    append_paragraph(m_body, DocxParagraph{std::move(runs), style});
}

void DocxDocument::add_empty_paragraph(DocxParagraphStyle style) {
    append_paragraph(m_body, DocxParagraph{{}, style});
}

void DocxDocument::add_layout_table(const std::vector<int>& column_widths,
                                    const std::vector<std::vector<DocxCell>>& rows) {
    int total = 0;
    for (const int width : column_widths) {
        total += width;
    }
    std::string& xml = m_body;
    xml += "<w:tbl><w:tblPr><w:tblW" + attribute("w:w", total) + " w:type=\"dxa\"/>";
    xml += "<w:tblBorders>";
    for (const char* edge : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        xml += "<w:";
        xml += edge;
        xml += " w:val=\"nil\"/>";
    }
    xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>";
    xml += "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>";
    xml += "</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
    for (const int width : column_widths) {
        xml += "<w:gridCol" + attribute("w:w", width) + "/>";
    }
    xml += "</w:tblGrid>";
    for (const std::vector<DocxCell>& row : rows) {
        xml += "<w:tr>";
        for (std::size_t column = 0; column < column_widths.size(); ++column) {
            xml += "<w:tc><w:tcPr><w:tcW" + attribute("w:w", column_widths[column]) +
                   " w:type=\"dxa\"/></w:tcPr>";
            const bool has_paragraphs = column < row.size() && !row[column].empty();
            if (has_paragraphs) {
                for (const DocxParagraph& paragraph : row[column]) {
                    append_paragraph(xml, paragraph);
                }
            } else {
                xml += "<w:p/>";  // a cell must end with a paragraph
            }
            xml += "</w:tc>";
        }
        xml += "</w:tr>";
    }
    xml += "</w:tbl>";
}

void DocxDocument::add_table(const DocxTable& table) {
    int total = 0;
    for (const int width : table.column_widths) {
        total += width;
    }
    std::string& xml = m_body;
    xml += "<w:tbl><w:tblPr><w:tblW" + attribute("w:w", total) + " w:type=\"dxa\"/>";
    xml += "<w:jc w:val=\"center\"/><w:tblBorders>";
    for (const char* edge : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        xml += "<w:";
        xml += edge;
        xml += " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
    }
    xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>";
    xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>";
    xml += "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>";
    xml += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
    for (const int width : table.column_widths) {
        xml += "<w:gridCol" + attribute("w:w", width) + "/>";
    }
    xml += "</w:tblGrid>";
    for (const DocxTableRow& row : table.rows) {
        append_table_row(xml, row, table.column_widths);
    }
    xml += "</w:tbl>";
}

void DocxDocument::add_section_break(const DocxPageSetup& next) {
    // The section that ends here keeps the setup it was written with; its last paragraph
    // carries it. A 1 pt mark keeps that paragraph from taking a line.
    m_body += "<w:p><w:pPr>" + section_properties(m_page) +
              "<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>";
    m_page = next;
}

void DocxDocument::add_page_break() {
    // The paragraph holding the break ends on the new page: a 1 pt mark keeps it invisible.
    m_body += "<w:p><w:pPr><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr>";
    m_body += "<w:r><w:br w:type=\"page\"/></w:r></w:p>";
}

std::string DocxDocument::document_xml() const {
    std::string xml(k_xml_declaration);
    xml += "<w:document xmlns:w=\"" + std::string(k_namespace_w) + "\" xmlns:r=\"" +
           std::string(k_namespace_r) + "\"><w:body>";
    xml += m_body;
    if (m_body.ends_with("</w:tbl>")) {
        // Word wants a paragraph between a table and the end of the body: a 1 pt one.
        xml += "<w:p><w:pPr><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>";
    }
    xml += section_properties(m_page);
    xml += "</w:body></w:document>";
    return xml;
}

Result<std::string> DocxDocument::to_docx_bytes() const {
    const std::string core =
        "<dc:title>" + xml_escape(m_title) +
        "</dc:title><dc:creator>parindex</dc:creator><dc:language>vi-VN</dc:language>";
    const std::vector<NamedPart> parts = {
        {"[Content_Types].xml", part("", k_content_types, "")},
        {"_rels/.rels", part("", k_package_relationships, "")},
        {"word/_rels/document.xml.rels", part("", k_document_relationships, "")},
        {"word/document.xml", document_xml()},
        {"word/styles.xml", wordprocessing_part("styles", k_styles_body)},
        {"word/settings.xml", wordprocessing_part("settings", k_settings_body)},
        {"docProps/core.xml",
         part("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
              "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
              "xmlns:dcterms=\"http://purl.org/dc/terms/\">",
              core, "</cp:coreProperties>")},
    };
    return zip_in_memory(parts);
}

}  // namespace parindex
