#pragma once
// The endpoints about the deployment rather than one tenant: /healthz for load balancers and
// systemd watchdogs, /metrics for Prometheus, /api/wards for the login page's ward picker.

#include "http/metrics.hpp"
#include "http/server.hpp"
#include "http/tenants.hpp"

namespace parindex {

// 200 {"status":"ok","wards":N} when the database answers; 503 with the error when not.
[[nodiscard]] HttpResponse health_response(TenantDirectory& tenants);
// {"wards":[{"code","name"}…],"province":bool}: what a login may choose.
[[nodiscard]] HttpResponse wards_response(TenantDirectory& tenants);
[[nodiscard]] HttpResponse metrics_response(TenantDirectory& tenants, const Metrics& metrics);

}  // namespace parindex
