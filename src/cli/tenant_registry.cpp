#include "cli/tenant_registry.hpp"

#include <chrono>
#include <condition_variable>

#include "cli/cli_context.hpp"
#include "cli/province_commands.hpp"

namespace parindex {

struct TenantRegistry::Tenant {
    std::unique_ptr<WorkflowStore> store;
    std::unique_ptr<Services> services;
    ViewCache views;
    std::unique_ptr<ProvinceRollup> rollup;  // the province's tenant only
    std::unique_ptr<ApiContext> api;
};

TenantRegistry::TenantRegistry(Deployment& deployment, const CliContext& context,
                               std::optional<CivilDate> today, const StaticFiles& web)
    : m_deployment(deployment), m_cli(context), m_today(today), m_web(web) {}

TenantRegistry::~TenantRegistry() = default;

Result<std::vector<WardEntry>> TenantRegistry::wards() {
    return m_deployment.list_wards();
}

bool TenantRegistry::has_province() const {
    return m_deployment.has_province();
}

std::size_t TenantRegistry::open_count() {
    const std::lock_guard lock(m_mutex);
    return m_tenants.size();
}

Result<TenantRegistry::Tenant*> TenantRegistry::tenant(const std::string& code) {
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_tenants.find(code); found != m_tenants.end()) {
        return found->second.get();
    }
    auto tenant = std::make_unique<Tenant>();
    if (code == k_province_code) {
        PARINDEX_TRY_ASSIGN(store, m_deployment.open_province());
        tenant->store = std::move(store);
    } else {
        PARINDEX_TRY_ASSIGN(store, m_deployment.open_ward(code));
        tenant->store = std::move(store);
    }
    PARINDEX_TRY_ASSIGN(services, Services::create(*tenant->store, m_cli.evidence_root(code),
                                                   m_today, code == k_province_code));
    tenant->services = std::move(services);
    Services& s = *tenant->services;
    tenant->api = std::make_unique<ApiContext>(ApiContext{s.store, s.clock, s.auth, s.reports,
                                                          s.discussions, s.users, s.overview,
                                                          s.dossiers, tenant->views, m_web});
    if (code == k_province_code) {
        tenant->rollup =
            std::make_unique<ProvinceRollup>(m_deployment, s.clock, stored_methodology_source());
        tenant->api->province = tenant->rollup.get();
    }
    Tenant* opened = tenant.get();
    m_tenants.emplace(code, std::move(tenant));
    return opened;
}

Result<ApiContext*> TenantRegistry::context(const std::string& code) {
    PARINDEX_TRY_ASSIGN(opened, tenant(code));
    return opened->api.get();
}

Result<Services*> TenantRegistry::services(const std::string& code) {
    PARINDEX_TRY_ASSIGN(opened, tenant(code));
    return opened->services.get();
}

void TenantRegistry::warm_up() {
    if (!m_deployment.has_province()) {
        return;
    }
    m_warm_up = std::jthread([this](const std::stop_token& stop) {
        // Every few minutes, so that the ranking people ask for is ready: after the server starts,
        // after a ward's data changed, and after midnight, when every ward's figures are new.
        constexpr auto k_period = std::chrono::minutes(5);
        std::mutex sleeping;
        std::condition_variable_any wake;
        do {
            // A failure here is met again, and reported, by the first request that asks.
            (void)context(std::string(k_province_code)).and_then([](ApiContext* province) {
                return province->province->ranking().map([](const auto&) {});
            });
            std::unique_lock lock(sleeping);
            wake.wait_for(lock, stop, k_period, [] { return false; });
        } while (!stop.stop_requested());
    });
}

}  // namespace parindex
