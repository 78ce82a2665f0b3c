#include "core/error_mapping.hpp"

namespace parindex {

int exit_code(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input:
            return exit_invalid_input;
        case ErrorCode::not_found:
            return exit_not_found;
        case ErrorCode::conflict:
            return exit_conflict;
        case ErrorCode::storage:
            return exit_storage;
        case ErrorCode::io:
            return exit_io;
        case ErrorCode::unauthenticated:
        case ErrorCode::forbidden:
        case ErrorCode::throttled:
            return exit_refused;
        case ErrorCode::too_large:
        case ErrorCode::unsupported:
            return exit_invalid_input;
        case ErrorCode::internal:
            return exit_internal;
    }
    return exit_internal;
}

int http_status(ErrorCode code) {
    switch (code) {
        case ErrorCode::invalid_input:
            return 400;
        case ErrorCode::not_found:
            return 404;
        case ErrorCode::conflict:
            return 409;
        case ErrorCode::unauthenticated:
            return 401;
        case ErrorCode::forbidden:
            return 403;
        case ErrorCode::throttled:
            return 429;
        case ErrorCode::too_large:
            return 413;
        case ErrorCode::unsupported:
            return 415;
        case ErrorCode::storage:
        case ErrorCode::io:
        case ErrorCode::internal:
            return 500;
    }
    return 500;
}

}  // namespace parindex
