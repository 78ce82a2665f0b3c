#include "http/deployment_endpoints.hpp"

#include <nlohmann/json.hpp>

namespace parindex {

namespace {

HttpResponse json(int status, const nlohmann::json& body) {
    return HttpResponse{status,
                        "application/json; charset=utf-8",
                        body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                        {}};
}

// Reaches the database through one tenant's store: a ward's when there is one ward, else the
// register (listing the wards) suffices.
Result<std::size_t> check(TenantDirectory& tenants) {
    PARINDEX_TRY_ASSIGN(wards, tenants.wards());
    if (wards.size() == 1) {
        PARINDEX_TRY_ASSIGN(context, tenants.context(wards.front().code));
        PARINDEX_TRY(context->store.transaction([&]() -> Result<void> {
            PARINDEX_TRY(context->store.plans().list_plan_years());
            return {};
        }));
    }
    return wards.size();
}

}  // namespace

HttpResponse health_response(TenantDirectory& tenants) {
    auto checked = check(tenants);
    if (!checked) {
        return json(503, {{"status", "error"}, {"error", describe(checked.error())}});
    }
    return json(200, {{"status", "ok"}, {"wards", *checked}});
}

HttpResponse wards_response(TenantDirectory& tenants) {
    auto wards = tenants.wards();
    if (!wards) {
        return json(503, {{"error", describe(wards.error())}});
    }
    nlohmann::json list = nlohmann::json::array();
    for (const WardEntry& ward : *wards) {
        list.push_back({{"code", ward.code}, {"name", ward.name}});
    }
    return json(200, {{"wards", list}, {"province", tenants.has_province()}});
}

HttpResponse metrics_response(TenantDirectory& tenants, const Metrics& metrics) {
    std::string gauges =
        "# HELP parindex_tenants_open Wards (and the province) whose stores the server holds "
        "open.\n# TYPE parindex_tenants_open gauge\nparindex_tenants_open " +
        std::to_string(tenants.open_count()) + "\n";
    if (auto wards = tenants.wards()) {
        gauges +=
            "# HELP parindex_wards Wards registered in the deployment.\n# TYPE parindex_wards "
            "gauge\nparindex_wards " +
            std::to_string(wards->size()) + "\n";
    }
    return HttpResponse{
        200, "text/plain; version=0.0.4; charset=utf-8", metrics.render(gauges), {}};
}

}  // namespace parindex
