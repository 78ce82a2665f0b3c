#include "security/sodium_crypto.hpp"

#include <sodium.h>

#include <array>

namespace parindex {

namespace {

constexpr std::size_t k_token_bytes = 32;

// sodium_init() may be called from several threads at once, but calling it once through a
// function-local static makes the "initialised before first use" rule obvious. It returns 0
// on first success and 1 when already initialised; -1 is the only failure.
bool is_sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// libsodium declares its input pointers non-null even for zero lengths, and an empty
// std::string_view may hold a null pointer.
const char* non_null_data(std::string_view text) {
    return text.data() != nullptr ? text.data() : "";
}

const unsigned char* as_bytes(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(non_null_data(text));
}

}  // namespace

Result<std::unique_ptr<SodiumCrypto>> SodiumCrypto::create() {
    if (!is_sodium_ready()) {
        return fail(ErrorCode::internal, Label::error_internal, {"sodium_init"});
    }
    return std::unique_ptr<SodiumCrypto>(new SodiumCrypto());
}

Result<std::string> SodiumCrypto::hash_password(std::string_view password) {
    std::array<char, crypto_pwhash_STRBYTES> encoded{};
    // Interactive limits (2 passes, 64 MiB): a login must answer in well under a second on the
    // ward's 2-core server while other requests keep running; the moderate or sensitive limits
    // take seconds and hundreds of MiB per attempt, and the login throttle already limits
    // online guessing.
    if (crypto_pwhash_str_alg(encoded.data(), non_null_data(password), password.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        // The only documented cause is failing to allocate the memory argon2 asks for.
        return fail(ErrorCode::internal, Label::error_internal, {"crypto_pwhash_str_alg"});
    }
    return std::string(encoded.data());
}

bool SodiumCrypto::verify_password(std::string_view encoded_hash, std::string_view password) {
    // libsodium reads the hash as a C string inside a crypto_pwhash_STRBYTES buffer; a longer
    // string or one with an embedded NUL cannot be a hash it wrote.
    if (encoded_hash.size() >= crypto_pwhash_STRBYTES ||
        encoded_hash.find('\0') != std::string_view::npos) {
        return false;
    }
    std::array<char, crypto_pwhash_STRBYTES> terminated{};
    encoded_hash.copy(terminated.data(), encoded_hash.size());
    return crypto_pwhash_str_verify(terminated.data(), non_null_data(password), password.size()) ==
           0;
}

std::string SodiumCrypto::random_token() {
    std::array<unsigned char, k_token_bytes> random{};
    randombytes_buf(random.data(), random.size());
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::array<char, sodium_base64_ENCODED_LEN(k_token_bytes, variant)> encoded{};
    sodium_bin2base64(encoded.data(), encoded.size(), random.data(), random.size(), variant);
    // The token grants a session; leave no copy of its bytes on the stack.
    sodium_memzero(random.data(), random.size());
    std::string token(encoded.data());
    sodium_memzero(encoded.data(), encoded.size());
    return token;
}

std::string SodiumCrypto::sha256_hex(std::string_view bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), as_bytes(bytes), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

}  // namespace parindex
