#pragma once
// The server's tenants, opened on first use: for each ward (and the province) its store, its use
// cases and its view cache, alive until the server stops. The province's tenant also holds the
// roll-up of every ward.

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "app/province_rollup.hpp"
#include "cli/services.hpp"
#include "http/tenants.hpp"
#include "http/view_cache.hpp"

namespace parindex {

class CliContext;

class TenantRegistry final : public TenantDirectory {
  public:
    // `today` fixes the date for demonstrations.
    TenantRegistry(Deployment& deployment, const CliContext& context,
                   std::optional<CivilDate> today, const StaticFiles& web);
    ~TenantRegistry() override;
    TenantRegistry(const TenantRegistry&) = delete;
    TenantRegistry& operator=(const TenantRegistry&) = delete;

    Result<std::vector<WardEntry>> wards() override;
    [[nodiscard]] bool has_province() const override;
    Result<ApiContext*> context(const std::string& code) override;
    std::size_t open_count() override;

    // The services of an opened tenant (for loading the demonstration data).
    [[nodiscard]] Result<Services*> services(const std::string& code);
    // Keeps the province's ranking computed in the background (at start, then every five
    // minutes), so that nobody waits for every ward's figures: a cold ranking of 92 wards takes
    // seconds, a warm one milliseconds.
    void warm_up();

  private:
    struct Tenant;
    [[nodiscard]] Result<Tenant*> tenant(const std::string& code);

    Deployment& m_deployment;
    const CliContext& m_cli;
    std::optional<CivilDate> m_today;
    const StaticFiles& m_web;
    std::mutex m_mutex;  // guards m_tenants
    std::map<std::string, std::unique_ptr<Tenant>, std::less<>> m_tenants;
    std::jthread m_warm_up;  // last: joined before the tenants go
};

}  // namespace parindex
