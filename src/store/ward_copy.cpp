#include "store/ward_copy.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>
#include <utility>

#include "store/postgresql/pg_connection.hpp"

namespace parindex {

namespace {

// The calendar of working days is stored on a store's first use from the shipped years, so a
// store that holds only it still counts as empty.
constexpr std::string_view k_calendar_table = "calendar_days";

// COPY data is sent to PostgreSQL in pieces about this large.
constexpr std::size_t k_copy_batch_bytes = std::size_t{8} << 20;

// How a column's values are read from the source and written to the target, from the target's
// declared type: SQLite's columns take any type, so the declaration decides.
enum class ColumnKind { integer, real, text };

struct ColumnInfo {
    std::string name;
    ColumnKind kind = ColumnKind::text;
    bool primary_key = false;
    bool identity = false;  // a PostgreSQL identity column, whose sequence follows the copy
};

struct TableInfo {
    std::string name;
    std::vector<ColumnInfo> columns;
    std::vector<std::string> parents;  // the tables its foreign keys reference
};

bool is_bookkeeping(std::string_view table) {
    return table == "schema_migrations" || table == "store_revision" ||
           table.starts_with("sqlite_");
}

std::string quoted(std::string_view name) {
    return PgConnection::quote_identifier(name);
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

// The names of tables or of columns, in their order.
template <typename Named>
std::vector<std::string> names_of(const std::vector<Named>& items) {
    std::vector<std::string> names;
    for (const Named& item : items) {
        names.push_back(item.name);
    }
    return names;
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// SQLite's rules of type affinity (https://sqlite.org/datatype3.html, 3.1), numeric treated as
// text so that nothing is rounded.
ColumnKind sqlite_kind(const std::string& declared) {
    const std::string type = upper(declared);
    if (type.find("INT") != std::string::npos) {
        return ColumnKind::integer;
    }
    if (type.find("CHAR") != std::string::npos || type.find("CLOB") != std::string::npos ||
        type.find("TEXT") != std::string::npos) {
        return ColumnKind::text;
    }
    if (type.find("REAL") != std::string::npos || type.find("FLOA") != std::string::npos ||
        type.find("DOUB") != std::string::npos) {
        return ColumnKind::real;
    }
    return ColumnKind::text;
}

ColumnKind postgresql_kind(std::string_view type) {
    if (type == "bigint" || type == "integer" || type == "smallint") {
        return ColumnKind::integer;
    }
    if (type == "double precision" || type == "real") {
        return ColumnKind::real;
    }
    return ColumnKind::text;
}

Result<std::vector<std::string>> strings(SqlConnection& connection, std::string_view sql,
                                         const std::string& parameter = {}) {
    PARINDEX_TRY_ASSIGN(statement, connection.prepare(sql));
    if (!parameter.empty()) {
        statement.bind(1, parameter);
    }
    std::vector<std::string> found;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        found.push_back(statement.text(0));
        return {};
    }));
    return found;
}

// The store's tables, bookkeeping left out, in the order they were created.
Result<std::vector<std::string>> table_names(SqlConnection& connection) {
    const std::string_view sql =
        connection.engine() == SqlEngine::sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
            : "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
              "AND NOT c.relispartition ORDER BY c.oid";
    PARINDEX_TRY_ASSIGN(names, strings(connection, sql));
    std::erase_if(names, [](const std::string& name) { return is_bookkeeping(name); });
    return names;
}

Result<std::vector<ColumnInfo>> columns_of(SqlConnection& connection, const std::string& table) {
    const bool sqlite = connection.engine() == SqlEngine::sqlite;
    PARINDEX_TRY_ASSIGN(
        statement,
        connection.prepare(
            sqlite ? "SELECT name, type, pk > 0, 0 FROM pragma_table_info(?) ORDER BY cid"
                   : "SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                     "COALESCE(a.attnum = ANY (i.indkey), false), a.attidentity IN ('a', 'd') "
                     "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
                     "WHERE n.nspname = current_schema() AND c.relname = ? AND a.attnum > 0 "
                     "AND NOT a.attisdropped ORDER BY a.attnum"));
    statement.bind(1, table);
    std::vector<ColumnInfo> columns;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        const std::string type = statement.text(1);
        columns.push_back(ColumnInfo{statement.text(0),
                                     sqlite ? sqlite_kind(type) : postgresql_kind(type),
                                     statement.integer(2) != 0, statement.integer(3) != 0});
        return {};
    }));
    return columns;
}

Result<std::vector<std::string>> parents_of(SqlConnection& connection, const std::string& table) {
    return strings(connection,
                   connection.engine() == SqlEngine::sqlite
                       ? "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"
                       : "SELECT DISTINCT p.relname FROM pg_constraint k "
                         "JOIN pg_class c ON c.oid = k.conrelid "
                         "JOIN pg_class p ON p.oid = k.confrelid "
                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE k.contype = 'f' AND n.nspname = current_schema() "
                         "AND c.relname = ?",
                   table);
}

// Parents before children; among tables free to go, the order of creation. A cycle of foreign
// keys has no such order.
Result<std::vector<TableInfo>> in_key_order(std::vector<TableInfo> tables) {
    std::vector<TableInfo> ordered;
    std::set<std::string> placed;
    while (!tables.empty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const TableInfo& table) {
            return std::all_of(
                table.parents.begin(), table.parents.end(), [&](const std::string& parent) {
                    return parent == table.name || placed.contains(parent) ||
                           std::none_of(tables.begin(), tables.end(), [&](const TableInfo& other) {
                               return other.name == parent;
                           });
                });
        });
        if (ready == tables.end()) {
            return fail(ErrorCode::storage, Label::error_copy_key_cycle,
                        {joined(names_of(tables))});
        }
        placed.insert(ready->name);
        ordered.push_back(std::move(*ready));
        tables.erase(ready);
    }
    return ordered;
}

// The store's tables with their columns and keys, parents first.
Result<std::vector<TableInfo>> describe_tables(SqlConnection& connection) {
    PARINDEX_TRY_ASSIGN(names, table_names(connection));
    std::vector<TableInfo> tables;
    for (const std::string& name : names) {
        PARINDEX_TRY_ASSIGN(columns, columns_of(connection, name));
        PARINDEX_TRY_ASSIGN(parents, parents_of(connection, name));
        tables.push_back(TableInfo{name, std::move(columns), std::move(parents)});
    }
    return in_key_order(std::move(tables));
}

// What is in `first` and not in `second`, in `first`'s order.
std::vector<std::string> missing_from(const std::vector<std::string>& first,
                                      const std::vector<std::string>& second) {
    std::vector<std::string> missing;
    for (const std::string& item : first) {
        if (std::find(second.begin(), second.end(), item) == second.end()) {
            missing.push_back(item);
        }
    }
    return missing;
}

std::string listed(const std::vector<std::string>& items) {
    return items.empty() ? std::string("—") : joined(items);
}

// What only the source has and what only the target has, listed; nothing when the two hold the
// same names.
std::optional<std::pair<std::string, std::string>> difference(
    const std::vector<std::string>& source, const std::vector<std::string>& target) {
    const auto only_source = missing_from(source, target);
    const auto only_target = missing_from(target, source);
    if (only_source.empty() && only_target.empty()) {
        return std::nullopt;
    }
    return std::pair{listed(only_source), listed(only_target)};
}

// Both stores must have the same tables, each with the same columns.
Result<void> check_same_tables(const std::vector<TableInfo>& source,
                               const std::vector<TableInfo>& target,
                               const WardCopyOptions& options) {
    if (const auto tables = difference(names_of(source), names_of(target))) {
        return fail(ErrorCode::conflict, Label::error_copy_tables_differ,
                    {options.source_name, options.target_name, tables->first, tables->second});
    }
    for (const TableInfo& table : target) {
        const auto match = std::find_if(source.begin(), source.end(),
                                        [&](const TableInfo& t) { return t.name == table.name; });
        if (const auto columns = difference(names_of(match->columns), names_of(table.columns))) {
            return fail(ErrorCode::conflict, Label::error_copy_columns_differ,
                        {table.name, options.source_name, options.target_name, columns->first,
                         columns->second});
        }
    }
    return {};
}

Result<std::int64_t> count_rows(SqlConnection& connection, const std::string& table) {
    PARINDEX_TRY_ASSIGN(statement, connection.prepare("SELECT COUNT(*) FROM " + quoted(table)));
    PARINDEX_TRY_ASSIGN(row, statement.step());
    const std::int64_t count = row ? statement.integer(0) : 0;
    statement.reset();
    return count;
}

Result<std::vector<TableRowCount>> tables_with_data(SqlConnection& connection,
                                                    const std::vector<TableInfo>& tables) {
    std::vector<TableRowCount> found;
    for (const TableInfo& table : tables) {
        if (table.name == k_calendar_table) {
            continue;
        }
        PARINDEX_TRY_ASSIGN(rows, count_rows(connection, table.name));
        if (rows > 0) {
            found.push_back(TableRowCount{table.name, rows});
        }
    }
    return found;
}

// The refusal of a target that holds data, naming its tables with their row counts.
Result<void> refuse_occupied(const std::vector<TableRowCount>& occupied,
                             const std::string& target_name) {
    if (occupied.empty()) {
        return {};
    }
    std::vector<std::string> counts;
    for (const TableRowCount& table : occupied) {
        counts.push_back(table.table + ": " + std::to_string(table.rows));
    }
    return fail(ErrorCode::conflict, Label::error_copy_target_not_empty,
                {target_name, joined(counts)});
}

// The table's columns, quoted and comma-separated, in their order.
std::string column_list(const TableInfo& table) {
    std::vector<std::string> names;
    for (const ColumnInfo& column : table.columns) {
        names.push_back(quoted(column.name));
    }
    return joined(names);
}

// Reads the table's rows from the source (in key order, so the copy's physical order is the
// same whatever the engine) and hands each to `write`.
Result<std::int64_t> read_rows(SqlConnection& source, const TableInfo& table,
                               const std::function<Result<void>(SqlStatement&)>& write) {
    std::vector<std::string> keys;
    for (const ColumnInfo& column : table.columns) {
        if (column.primary_key) {
            keys.push_back(quoted(column.name));
        }
    }
    std::string sql = "SELECT " + column_list(table) + " FROM " + quoted(table.name);
    if (!keys.empty()) {
        sql += " ORDER BY " + joined(keys);
    }
    PARINDEX_TRY_ASSIGN(statement, source.prepare(sql));
    std::int64_t rows = 0;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        ++rows;
        return write(statement);
    }));
    return rows;
}

Result<std::int64_t> copy_into_sqlite(SqlConnection& source, SqlConnection& target,
                                      const TableInfo& table) {
    std::string parameters;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        parameters += i == 0 ? "?" : ", ?";
    }
    PARINDEX_TRY_ASSIGN(
        insert, target.prepare("INSERT INTO " + quoted(table.name) + " (" + column_list(table) +
                               ") VALUES (" + parameters + ")"));
    return read_rows(source, table, [&](SqlStatement& row) -> Result<void> {
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            if (row.is_null(column)) {
                insert.bind_null(column + 1);
                continue;
            }
            switch (table.columns[i].kind) {
                case ColumnKind::integer:
                    insert.bind(column + 1, row.integer(column));
                    break;
                case ColumnKind::real:
                    insert.bind(column + 1, row.real(column));
                    break;
                case ColumnKind::text:
                    insert.bind(column + 1, row.text(column));
                    break;
            }
        }
        return insert.run();
    });
}

Result<std::int64_t> copy_into_postgresql(SqlConnection& source, PgConnection& target,
                                          const TableInfo& table) {
    const std::string copy_sql =
        "COPY " + quoted(table.name) + " (" + column_list(table) + ") FROM STDIN";
    std::string data;
    // One line of COPY's text format per row, sent whenever a batch is full.
    const auto append_row = [&](SqlStatement& row) -> Result<void> {
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            if (i > 0) {
                data += '\t';
            }
            if (row.is_null(column)) {
                data += "\\N";
                continue;
            }
            switch (table.columns[i].kind) {
                case ColumnKind::integer:
                    data += std::to_string(row.integer(column));
                    break;
                case ColumnKind::real:
                    data += PgConnection::real_text(row.real(column));
                    break;
                case ColumnKind::text:
                    data += PgConnection::copy_text_field(row.text(column));
                    break;
            }
        }
        data += '\n';
        if (data.size() >= k_copy_batch_bytes) {
            PARINDEX_TRY(target.copy_in(copy_sql, data));
            data.clear();
        }
        return {};
    };
    PARINDEX_TRY_ASSIGN(rows, read_rows(source, table, append_row));
    if (!data.empty()) {
        PARINDEX_TRY(target.copy_in(copy_sql, data));
    }
    // Ids were given, so each identity sequence must move past them: the next row the store
    // adds takes max + 1 (1 for an empty table).
    for (const ColumnInfo& column : table.columns) {
        if (!column.identity) {
            continue;
        }
        PARINDEX_TRY_ASSIGN(moved, target.prepare("SELECT setval(pg_get_serial_sequence(?, ?), "
                                                  "COALESCE(MAX(" +
                                                  quoted(column.name) + "), 0) + 1, false) FROM " +
                                                  quoted(table.name)));
        PARINDEX_TRY(moved.bind(1, quoted(table.name)).bind(2, column.name).run());
    }
    return rows;
}

// Begins a read of the whole store in one snapshot that does not hold its writers back.
Result<void> begin_snapshot(SqlConnection& connection) {
    return connection.execute(connection.engine() == SqlEngine::sqlite
                                  ? "BEGIN DEFERRED"
                                  : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

// The copy itself, inside the target's transaction and the source's snapshot.
Result<WardCopyReport> copy_tables(SqlConnection& source, SqlConnection& target,
                                   const WardCopyOptions& options, int version) {
    PARINDEX_TRY_ASSIGN(source_tables, describe_tables(source));
    PARINDEX_TRY_ASSIGN(target_tables, describe_tables(target));
    PARINDEX_TRY(check_same_tables(source_tables, target_tables, options));

    if (!options.replace) {
        PARINDEX_TRY_ASSIGN(occupied, tables_with_data(target, target_tables));
        PARINDEX_TRY(refuse_occupied(occupied, options.target_name));
    }
    // Children before parents; the calendar too, which the source's replaces.
    for (auto table = target_tables.rbegin(); table != target_tables.rend(); ++table) {
        PARINDEX_TRY(target.execute("DELETE FROM " + quoted(table->name)));
    }

    WardCopyReport report;
    report.schema_version = version;
    for (const TableInfo& table : target_tables) {
        auto rows = target.engine() == SqlEngine::postgresql
                        ? copy_into_postgresql(source, static_cast<PgConnection&>(target), table)
                        : copy_into_sqlite(source, target, table);
        if (!rows) {
            return fail(
                ErrorCode::storage, Label::error_copy_table,
                {table.name, options.source_name, options.target_name, describe(rows.error())});
        }
        report.tables.push_back(TableRowCount{table.name, *rows});
    }
    return report;
}

}  // namespace

std::int64_t total_rows(const std::vector<TableRowCount>& tables) {
    std::int64_t total = 0;
    for (const TableRowCount& table : tables) {
        total += table.rows;
    }
    return total;
}

std::int64_t WardCopyReport::total_rows() const {
    return parindex::total_rows(tables);
}

Result<WardCopyReport> copy_ward(SqlStore& from, SqlStore& to, const WardCopyOptions& options) {
    if (&from == &to) {
        return fail(ErrorCode::invalid_input, Label::error_copy_same_store, {options.source_name});
    }
    PARINDEX_TRY_ASSIGN(source_version, from.schema_version());
    PARINDEX_TRY_ASSIGN(target_version, to.schema_version());
    if (source_version != target_version) {
        return fail(ErrorCode::conflict, Label::error_copy_schema_version,
                    {options.source_name, std::to_string(source_version), options.target_name,
                     std::to_string(target_version)});
    }
    std::optional<WardCopyReport> copied;
    PARINDEX_TRY(from.with_connection([&](SqlConnection& source) -> Result<void> {
        PARINDEX_TRY(begin_snapshot(source));
        auto done = to.with_connection([&](SqlConnection& target) -> Result<void> {
            PARINDEX_TRY(target.begin());
            auto report = copy_tables(source, target, options, source_version);
            if (!report) {
                target.rollback();
                return tl::unexpected(report.error());
            }
            auto committed = target.commit();
            if (!committed) {
                target.rollback();
                return committed;
            }
            copied = std::move(*report);
            return {};
        });
        // Only read: ending the snapshot undoes nothing.
        source.rollback();
        return done;
    }));
    return std::move(*copied);
}

Result<void> ensure_copy_target_empty(SqlStore& store, const std::string& target_name) {
    return store.with_connection([&](SqlConnection& connection) -> Result<void> {
        PARINDEX_TRY_ASSIGN(tables, describe_tables(connection));
        PARINDEX_TRY_ASSIGN(occupied, tables_with_data(connection, tables));
        return refuse_occupied(occupied, target_name);
    });
}

Result<std::vector<TableRowCount>> count_ward_rows(SqlStore& store) {
    std::vector<TableRowCount> counts;
    PARINDEX_TRY(store.with_connection([&](SqlConnection& connection) -> Result<void> {
        PARINDEX_TRY(begin_snapshot(connection));
        auto counted = [&]() -> Result<void> {
            PARINDEX_TRY_ASSIGN(tables, describe_tables(connection));
            for (const TableInfo& table : tables) {
                PARINDEX_TRY_ASSIGN(rows, count_rows(connection, table.name));
                counts.push_back(TableRowCount{table.name, rows});
            }
            return {};
        }();
        connection.rollback();
        return counted;
    }));
    return counts;
}

}  // namespace parindex
