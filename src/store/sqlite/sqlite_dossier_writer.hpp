#pragma once
// SQLite's bulk dossier writer: multi-row INSERT OR REPLACE statements, 256 rows at a time.

#include "store/sql/sql_dossier_repository.hpp"

namespace parindex {

[[nodiscard]] Result<std::unique_ptr<DossierWriter>> open_sqlite_dossier_writer(
    SqlConnection& connection, DossierKeys keys);

}  // namespace parindex
