#pragma once
// The Crypto interface implemented with libsodium: argon2id password hashes, tokens from the
// system's random source, SHA-256. libsodium's header stays in the .cpp, so including this
// costs nothing.

#include <memory>

#include "app/crypto.hpp"

namespace parindex {

class SodiumCrypto final : public Crypto {
  public:
    // Initialises libsodium (once per process); fails only when the library cannot start,
    // which leaves no safe source of random bytes.
    [[nodiscard]] static Result<std::unique_ptr<SodiumCrypto>> create();

    [[nodiscard]] Result<std::string> hash_password(std::string_view password) override;
    [[nodiscard]] bool verify_password(std::string_view encoded_hash,
                                       std::string_view password) override;
    [[nodiscard]] std::string random_token() override;
    [[nodiscard]] std::string sha256_hex(std::string_view bytes) override;

  private:
    SodiumCrypto() = default;
};

}  // namespace parindex
