#pragma once
// The cryptography the use cases need, behind an interface so that domain and app code never
// include a crypto library: argon2id password hashes, unguessable tokens, SHA-256 digests.
// Implemented with libsodium in src/security.

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace parindex {

class Crypto {
  public:
    virtual ~Crypto() = default;
    // An argon2id hash in libsodium's encoded form (salt and parameters included).
    [[nodiscard]] virtual Result<std::string> hash_password(std::string_view password) = 0;
    // True when `password` matches `encoded_hash`; false for a wrong password or a malformed hash.
    [[nodiscard]] virtual bool verify_password(std::string_view encoded_hash,
                                               std::string_view password) = 0;
    // 256 random bits, base64url without padding: session ids and CSRF tokens.
    [[nodiscard]] virtual std::string random_token() = 0;
    // Lower-case hex SHA-256 of the bytes.
    [[nodiscard]] virtual std::string sha256_hex(std::string_view bytes) = 0;
};

}  // namespace parindex
