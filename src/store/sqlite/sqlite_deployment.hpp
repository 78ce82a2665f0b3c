#pragma once
// A ward's own deployment: its SQLite file, the only ward there is, with no province above it.

#include <string>

#include "app/deployment.hpp"

namespace parindex {

// The code of the one ward a SQLite file holds.
inline constexpr std::string_view k_single_ward_code = "default";

class SqliteDeployment final : public Deployment {
  public:
    explicit SqliteDeployment(std::string path) : m_path(std::move(path)) {}

    Result<std::vector<WardEntry>> list_wards() override;
    Result<std::unique_ptr<WorkflowStore>> open_ward(const std::string& code) override;
    [[nodiscard]] bool has_province() const override { return false; }
    Result<std::unique_ptr<WorkflowStore>> open_province() override;
    Result<void> add_ward(const WardEntry& ward) override;

  private:
    std::string m_path;
};

}  // namespace parindex
