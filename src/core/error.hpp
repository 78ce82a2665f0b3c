#pragma once
// Errors as values. A failure that a user can cause (bad input, a missing record, a broken
// database) travels as an Error inside Result<T>; programmer mistakes are asserts. An Error
// carries a closed code (mapped to exit codes and HTTP statuses in one place), the label of
// its Vietnamese message with the message's arguments, and where it happened.

#include <string>
#include <tl/expected.hpp>
#include <vector>

#include "core/labels.hpp"

namespace parindex {

enum class ErrorCode {
    invalid_input,    // the user's file or field is wrong; the message says where and what
    not_found,        // a named record does not exist
    conflict,         // the request contradicts what is stored
    storage,          // the database refused or failed
    io,               // a file could not be read or written
    unauthenticated,  // no valid session, or a wrong password
    forbidden,        // logged in, but this person may not do this
    throttled,        // too many attempts; try later
    too_large,        // an upload over the limit
    unsupported,      // an upload of a refused type
    internal,         // a bug or an unexpected library failure
};

// Where a diagnostic applies: a file and line for imports, a field for forms and options.
struct Location {
    std::string file;
    int line = 0;
    std::string field;

    [[nodiscard]] bool is_empty() const { return file.empty() && line == 0 && field.empty(); }
    friend bool operator==(const Location&, const Location&) = default;
};

// A message for a person: an error's detail, or a warning that did not stop the work.
struct Diagnostic {
    Label message = Label::error_internal;
    std::vector<std::string> args;
    Location where;

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

struct Error {
    ErrorCode code = ErrorCode::internal;
    Diagnostic detail;
};

template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, Label message, std::vector<std::string> args = {},
                                  Location where = {}) {
    return tl::unexpected(Error{code, Diagnostic{message, std::move(args), std::move(where)}});
}

// Propagates a failed Result to the caller (Ladybird's TRY, without statement expressions).
// The counter keeps nested uses (a TRY inside a lambda inside a TRY) from shadowing each other.
#define PARINDEX_CONCAT_INNER(a, b) a##b
#define PARINDEX_CONCAT(a, b) PARINDEX_CONCAT_INNER(a, b)
#define PARINDEX_TRY(expression) \
    PARINDEX_TRY_NAMED(PARINDEX_CONCAT(try_result_, __COUNTER__), expression)
// NOLINTBEGIN(bugprone-macro-parentheses): `name` declares a variable and cannot be parenthesised
#define PARINDEX_TRY_NAMED(name, expression)                \
    do {                                                    \
        if (auto&& name = (expression); !name) {            \
            return tl::unexpected(std::move(name).error()); \
        }                                                   \
    } while (false)

// Declares `name` holding the value of a successful Result, or propagates the failure.
#define PARINDEX_TRY_ASSIGN(name, expression)                     \
    auto name##_result_ = (expression);                           \
    if (!name##_result_) {                                        \
        return tl::unexpected(std::move(name##_result_).error()); \
    }                                                             \
    auto name = std::move(*name##_result_)
// NOLINTEND(bugprone-macro-parentheses)

// The Vietnamese sentence for a diagnostic, prefixed by its location when it has one.
[[nodiscard]] std::string describe(const Diagnostic& diagnostic);
[[nodiscard]] std::string describe(const Error& error);

}  // namespace parindex
