#pragma once
// The numbered schema migrations (migrations/NNNN_name.sql), compiled into the binary. A
// database records the versions applied to it; opening it applies the missing ones in order.

#include <string_view>
#include <vector>

namespace parindex {

struct Migration {
    int version = 0;        // from the file name: 0001_plan.sql is version 1
    std::string_view name;  // the file name
    std::string_view sql;
};

// Every migration, in version order.
[[nodiscard]] const std::vector<Migration>& migrations();

}  // namespace parindex
