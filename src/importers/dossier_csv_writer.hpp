#pragma once
// Writes dossiers and procedures in the canonical CSV of docs/dossiers.md (UTF-8, RFC 4180
// quoting, ISO dates): what `parindex gen dossiers` produces and what the importers read back.

#include <ostream>
#include <vector>

#include "domain/dossier.hpp"

namespace parindex {

// The header row with every column of docs/dossiers.md section 1, in its table's order.
void write_dossier_csv_header(std::ostream& out);
// One dossier; a due date the record leaves empty stays empty.
void write_dossier_csv_row(std::ostream& out, const DossierRecord& dossier);

// The whole catalogue, header included (docs/dossiers.md section 2).
void write_procedure_csv(std::ostream& out, const std::vector<Procedure>& procedures);

}  // namespace parindex
