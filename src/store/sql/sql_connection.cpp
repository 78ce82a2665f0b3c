#include "store/sql/sql_connection.hpp"

namespace parindex {

tl::unexpected<Error> sql_corrupt(std::string what) {
    return fail(ErrorCode::storage, Label::error_database, {std::move(what)});
}

tl::unexpected<Error> sql_missing(std::string what) {
    return fail(ErrorCode::not_found, Label::error_database, {std::move(what)});
}

std::vector<std::string_view> column_names(std::string_view list) {
    std::vector<std::string_view> names;
    while (!list.empty()) {
        const std::size_t comma = std::min(list.find(','), list.size());
        std::string_view name = list.substr(0, comma);
        while (name.starts_with(' ')) {
            name.remove_prefix(1);
        }
        names.push_back(name);
        list.remove_prefix(std::min(comma + 1, list.size()));
    }
    return names;
}

std::string replace_row_sql(std::string_view table, std::string_view keys,
                            std::string_view others) {
    const auto updated = column_names(others);
    std::string sql = "INSERT INTO " + std::string(table) + " (" + std::string(keys) + ", " +
                      std::string(others) + ") VALUES (?";
    for (std::size_t i = 1; i < column_names(keys).size() + updated.size(); ++i) {
        sql += ", ?";
    }
    sql += ") ON CONFLICT (" + std::string(keys) + ") DO UPDATE SET ";
    for (std::size_t i = 0; i < updated.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + std::string(updated[i]) + " = excluded." +
               std::string(updated[i]);
    }
    return sql;
}

SqlStatement& SqlStatement::bind(int index, std::string_view text) {
    m_cursor->bind_text(index, text, true);
    return *this;
}

SqlStatement& SqlStatement::bind_unowned(int index, std::string_view text) {
    m_cursor->bind_text(index, text, false);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, std::int64_t value) {
    m_cursor->bind_integer(index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, double value) {
    m_cursor->bind_real(index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bind_null(index);
}

SqlStatement& SqlStatement::bind(int index, std::optional<int> value) {
    return value ? bind(index, std::int64_t{*value}) : bind_null(index);
}

SqlStatement& SqlStatement::bind_null(int index) {
    m_cursor->bind_null(index);
    return *this;
}

Result<void> SqlStatement::for_each_row(const std::function<Result<void>()>& visit) {
    for (;;) {
        PARINDEX_TRY_ASSIGN(row, step());
        if (!row) {
            reset();
            return {};
        }
        PARINDEX_TRY(visit());
    }
}

Result<void> SqlStatement::run() {
    for (;;) {
        auto row = step();
        if (!row) {
            reset();  // no binding outlives a failed run
            return tl::unexpected(row.error());
        }
        if (!*row) {
            reset();
            return {};
        }
    }
}

Result<std::int64_t> SqlStatement::run_returning_id() {
    auto row = step();
    if (!row || !*row) {
        reset();
        return row ? sql_corrupt("INSERT … RETURNING id gave no row") : tl::unexpected(row.error());
    }
    const std::int64_t id = integer(0);
    reset();
    return id;
}

std::optional<double> SqlStatement::optional_real(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return real(column);
}

std::optional<int> SqlStatement::optional_int(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return static_cast<int>(integer(column));
}

}  // namespace parindex
