#include "store/sql/sql_connection.hpp"

#include <algorithm>

namespace parindex {

tl::unexpected<Error> sql_corrupt(std::string what) {
    return fail(ErrorCode::storage, Label::error_database, {std::move(what)});
}

tl::unexpected<Error> sql_missing(std::string what) {
    return fail(ErrorCode::not_found, Label::error_database, {std::move(what)});
}

std::string replace_row_sql(std::string_view table, std::string_view keys,
                            std::string_view others) {
    std::string sql = "INSERT INTO " + std::string(table) + " (" + std::string(keys) + ", " +
                      std::string(others) + ") VALUES (?";
    const auto columns = [](std::string_view list) {
        return static_cast<std::size_t>(std::count(list.begin(), list.end(), ',')) + 1;
    };
    for (std::size_t i = 1; i < columns(keys) + columns(others); ++i) {
        sql += ", ?";
    }
    sql += ") ON CONFLICT (" + std::string(keys) + ") DO UPDATE SET ";
    std::string_view rest = others;
    while (!rest.empty()) {
        const std::size_t comma = std::min(rest.find(','), rest.size());
        std::string_view column = rest.substr(0, comma);
        while (column.starts_with(' ')) {
            column.remove_prefix(1);
        }
        sql += std::string(column) + " = excluded." + std::string(column);
        rest.remove_prefix(std::min(comma + 1, rest.size()));
        if (!rest.empty()) {
            sql += ", ";
        }
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
