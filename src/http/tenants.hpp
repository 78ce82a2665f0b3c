#pragma once
// The tenants one server serves: each ward of the deployment, and the province above them when
// the deployment has one. The composition root builds each tenant's use cases on first use.

#include <string>
#include <vector>

#include "app/deployment.hpp"
#include "http/api_context.hpp"

namespace parindex {

class TenantDirectory {
  public:
    virtual ~TenantDirectory() = default;
    [[nodiscard]] virtual Result<std::vector<WardEntry>> wards() = 0;
    [[nodiscard]] virtual bool has_province() const = 0;
    // The context of a ward, or of the province (k_province_code); not_found for an unknown
    // code. Alive as long as the directory.
    [[nodiscard]] virtual Result<ApiContext*> context(const std::string& code) = 0;
    // How many tenants have been opened so far (for the metrics).
    [[nodiscard]] virtual std::size_t open_count() = 0;
};

}  // namespace parindex
