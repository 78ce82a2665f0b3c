#pragma once
// A table for a spreadsheet: what an action list, an indicator export or a plan's appendix puts
// in an XLSX file. Cells may span columns and rows as in an HTML table (a header cell over two
// columns, an area row across the table); text is wrapped; numbers stay numbers.

#include <optional>
#include <string>
#include <vector>

namespace parindex {

enum class OfficeFont { regular, bold, italic };

struct OfficeCell {
    std::string text;              // shown when there is no number; '\n' breaks the line
    std::optional<double> number;  // written as a number cell when set
    OfficeFont font = OfficeFont::regular;
    int column_span = 1;  // merged with the cells to its right; the next cell of the row
                          // comes after them
    int row_span = 1;     // merged with the cells below; rows below skip the columns it covers
    int indent = 0;       // indentation levels of the text (a sub-criterion under its parent)
};

enum class OfficeAlignment { left, center };

// How the sheet prints (A4, scaled to the page's width, the header rows on every page).
enum class OfficeOrientation { portrait, landscape };

struct OfficeSheet {
    std::string name;                   // the worksheet tab (at most 31 characters; cut if longer)
    std::string title;                  // a bold first row above the header; none when empty
    std::vector<OfficeCell> subtitles;  // rows under the title, one cell each
    // left: the title rows as plain cells; center: each merged across the table and centred.
    OfficeAlignment title_alignment = OfficeAlignment::left;
    // Header rows above `headers` (its cells may span); the last header row carries the filter.
    std::vector<std::vector<OfficeCell>> header_rows;
    std::vector<std::string> headers;  // the last (or only) header row
    std::vector<std::vector<OfficeCell>> rows;
    std::vector<double> column_widths;  // in characters; default widths when empty
    // Excel number formats by column ("0.00", "0.0%"); General where empty. Applies to the
    // number cells of the data rows.
    std::vector<std::string> number_formats;
    OfficeOrientation orientation = OfficeOrientation::portrait;
};

}  // namespace parindex
