#pragma once
// Turns rows of the dossier and procedure formats (docs/dossiers.md sections 1 and 2) into
// domain records, whatever carried them: CSV, an XLSX sheet or JSON lines. Every check that
// needs only the row happens here; an error names the line and the column and says what was
// expected.

#include <span>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/dossier.hpp"
#include "importers/column_map.hpp"

namespace parindex {

// The dossier columns, in the order of docs/dossiers.md.
[[nodiscard]] std::span<const ColumnSpec> dossier_columns();
// The procedure catalogue columns.
[[nodiscard]] std::span<const ColumnSpec> procedure_columns();

// `where` carries the file and line; the column is added to it.
[[nodiscard]] Result<DossierRecord> parse_dossier_row(const ColumnMap& columns,
                                                      std::span<const std::string_view> cells,
                                                      const Location& where);
[[nodiscard]] Result<Procedure> parse_procedure_row(const ColumnMap& columns,
                                                    std::span<const std::string_view> cells,
                                                    const Location& where);

}  // namespace parindex
