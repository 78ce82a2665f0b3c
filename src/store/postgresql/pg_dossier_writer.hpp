#pragma once
// PostgreSQL's bulk dossier writer: rows streamed by COPY into a temporary table, then merged
// into `dossiers` by one INSERT … ON CONFLICT, the last row of a code winning as in SQLite.

#include "store/sql/sql_dossier_repository.hpp"

namespace parindex {

class PgConnection;

[[nodiscard]] DossierWriterFactory pg_dossier_writer_factory(PgConnection& connection);

}  // namespace parindex
