#pragma once
// The numbered schema migrations, compiled into the binary: the same versions for each engine
// (migrations/sqlite/NNNN_name.sql, migrations/postgresql/NNNN_name.sql), creating the same
// tables and columns in each dialect. A database records the versions applied to it; opening it
// applies the missing ones in order.

#include <string_view>
#include <vector>

#include "store/sql/sql_connection.hpp"

namespace parindex {

struct Migration {
    int version = 0;        // from the file name: 0001_plan.sql is version 1
    std::string_view name;  // the file name
    std::string_view sql;
};

// Every migration of the engine, in version order.
[[nodiscard]] const std::vector<Migration>& migrations(SqlEngine engine);

}  // namespace parindex
