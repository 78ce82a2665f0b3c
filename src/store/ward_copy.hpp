#pragma once
// Copies a whole ward from one store to another, whatever their engines: a SQLite file into a
// PostgreSQL ward (transfer), a ward into a fresh SQLite file (backup) or back (restore). Every
// table the migrations created is copied row by row, column by column, in one transaction on the
// target, so the target holds either all of the source or what it held before.
//
// The tables are read from each engine's catalogue, not from a list kept here: a migration that
// adds a table is copied without a change to this file, and two stores whose tables or columns
// differ are refused instead of copied in part. The bookkeeping of each store (schema_migrations,
// store_revision, SQLite's own sqlite_* tables) stays as it is.

#include <cstdint>
#include <string>
#include <vector>

#include "store/sql/sql_store.hpp"

namespace parindex {

struct WardCopyOptions {
    // Deletes the target's rows first (children before parents). Without it, a target that
    // holds any data but the working-day calendar is refused.
    bool replace = false;
    // How messages name the two sides: "tệp /srv/bac-kan.db", "phường “bac-kan”".
    std::string source_name;
    std::string target_name;
};

struct TableRowCount {
    std::string table;
    std::int64_t rows = 0;

    friend bool operator==(const TableRowCount&, const TableRowCount&) = default;
};

// The rows of all the tables.
[[nodiscard]] std::int64_t total_rows(const std::vector<TableRowCount>& tables);

struct WardCopyReport {
    int schema_version = 0;
    // Every copied table, in the order copied (parents before children).
    std::vector<TableRowCount> tables;

    [[nodiscard]] std::int64_t total_rows() const;
};

// Copies every row of `from` into `to`. Both must be at the same schema version and hold the same
// tables with the same columns; `to` must be empty unless options.replace. PostgreSQL targets
// are loaded with COPY and their identity sequences moved past the copied ids. `from` is read
// in one snapshot, which does not stop its writers. The two must be different stores.
[[nodiscard]] Result<WardCopyReport> copy_ward(SqlStore& from, SqlStore& to,
                                               const WardCopyOptions& options = {});

// The refusal copy_ward gives without options.replace when `store` holds any of a ward's data
// (anything but the working-day calendar, which is stored on first use): for the checks a caller
// makes before it starts.
[[nodiscard]] Result<void> ensure_copy_target_empty(SqlStore& store,
                                                    const std::string& target_name);

// Every table's row count (bookkeeping left out), parents first, read in one snapshot.
[[nodiscard]] Result<std::vector<TableRowCount>> count_ward_rows(SqlStore& store);

}  // namespace parindex
