#pragma once
// Evidence files on the local disk, content-addressed: root/ab/abcdef… where "ab" is the first
// two hex digits of the SHA-256, so no folder grows past a few thousand entries and no name a
// user typed ever reaches the file system.

#include <filesystem>
#include <memory>

#include "app/evidence_files.hpp"

namespace parindex {

class EvidenceDirectory final : public EvidenceFiles {
  public:
    // Creates the root folder (and its parents) when missing.
    [[nodiscard]] static Result<std::unique_ptr<EvidenceDirectory>> create(
        std::filesystem::path root);

    [[nodiscard]] Result<void> put(std::string_view sha256_hex, std::string_view bytes) override;
    [[nodiscard]] Result<std::string> get(std::string_view sha256_hex) override;

  private:
    explicit EvidenceDirectory(std::filesystem::path root);
    [[nodiscard]] Result<void> write_new(const std::filesystem::path& folder,
                                         const std::filesystem::path& target,
                                         std::string_view bytes);

    std::filesystem::path m_root;
};

}  // namespace parindex
