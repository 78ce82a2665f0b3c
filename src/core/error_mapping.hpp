#pragma once
// The one place where error codes become process exit codes and HTTP statuses
// (documented for users in docs/cli.md).

#include "core/error.hpp"

namespace parindex {

enum ExitCode : int {
    exit_ok = 0,
    exit_internal = 1,
    exit_usage = 2,          // the command line is wrong
    exit_invalid_input = 3,  // the file or value given is wrong; the message says where
    exit_not_found = 4,
    exit_conflict = 5,
    exit_storage = 6,  // the database could not be opened, migrated or written
    exit_io = 7,       // a file could not be read or written, a port could not be bound
    exit_refused = 8,  // not allowed, not logged in, or too many attempts
};

[[nodiscard]] int exit_code(ErrorCode code);
[[nodiscard]] int http_status(ErrorCode code);

}  // namespace parindex
