#pragma once
// Where uploaded evidence files live: content-addressed by SHA-256, so a file uploaded twice is
// stored once and no user-supplied name ever becomes a path.

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace parindex {

class EvidenceFiles {
  public:
    virtual ~EvidenceFiles() = default;
    // Stores the bytes under their digest (which the caller computed) unless already there;
    // written to a temporary file and renamed, so a crash never leaves half a file under a digest.
    [[nodiscard]] virtual Result<void> put(std::string_view sha256_hex, std::string_view bytes) = 0;
    // The bytes stored under the digest; not_found when absent, invalid_input for a string that
    // is not 64 lower-case hex digits.
    [[nodiscard]] virtual Result<std::string> get(std::string_view sha256_hex) = 0;
};

}  // namespace parindex
