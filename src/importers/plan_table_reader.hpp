#pragma once
// The plan's appendix table, whichever file it came from: rows of cells, each with the number a
// person finds it by (a line of the text export, a row of the Word table, a row of the sheet),
// turned into a PlanDraft. One implementation of the repairs all three formats need: the header
// repeated after a page break, a row continued on the next page (no STT: it carries on the row
// above), vertically merged cells, HTML fragments, a sentence written twice, NFD text. Errors
// name the source, the row and the column.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/plan_draft.hpp"

namespace parindex {

struct PlanReading {
    PlanDraft draft;
    std::vector<Diagnostic> warnings;
};

struct PlanTableRow {
    int number = 0;                  // its line, table row or sheet row, from 1
    std::vector<std::string> cells;  // left to right; one cell per grid column
    // By cell: the cell continues the one above it (a vertical merge). In a numbered row it takes
    // the text the merge started with (a lead unit merged over three tasks leads each of them);
    // in a header row or a continued row it stays empty.
    std::vector<bool> merged_from_above;
    bool is_marked_header = false;  // the document repeats it on every page (w:tblHeader)
};

struct PlanTable {
    std::vector<std::string> preamble;  // the document's lines before the appendix
    std::vector<PlanTableRow> rows;     // from the appendix's first header row on
};

// The column of "STT" when the cells hold the appendix's first header row ("STT", "Lĩnh vực,
// tiêu chí", ...): 0 in a text export, further right in a sheet with a margin column.
[[nodiscard]] std::optional<std::size_t> find_plan_table_header(
    const std::vector<std::string>& cells);

// Reads the table: the preamble gives the plan's details, the header row its year, the rows
// after it the areas, groups and tasks; cells left of the header's STT column are ignored.
// `source_name` names the table in every message; `warnings` are those the format's reader
// made already.
[[nodiscard]] Result<PlanReading> read_plan_table(PlanTable table, std::string_view source_name,
                                                  std::vector<Diagnostic> warnings = {});

}  // namespace parindex
