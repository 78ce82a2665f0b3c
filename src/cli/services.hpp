#pragma once
// The composition root's second half: the adapters (libsodium, the evidence folder, the clock)
// and the use cases built on them, for the commands that need more than the plan.

#include <filesystem>
#include <memory>

#include "app/authenticator.hpp"
#include "app/discussions.hpp"
#include "app/dossier_cache.hpp"
#include "app/report_workflow.hpp"
#include "app/user_admin.hpp"
#include "cli/system_clock.hpp"

namespace parindex {

class Services {
  public:
    // Evidence files live in `evidence_root`; `today` fixes the date for demonstrations;
    // `province`: the store is the province's tenant.
    [[nodiscard]] static Result<std::unique_ptr<Services>> create(
        WorkflowStore& store, const std::filesystem::path& evidence_root,
        std::optional<CivilDate> today, bool province = false);

    WorkflowStore& store;
    SystemClock clock;
    std::unique_ptr<Crypto> crypto;
    std::unique_ptr<EvidenceFiles> files;
    LoginThrottle throttle;
    Authenticator auth;
    ReportWorkflow reports;
    Discussions discussions;
    UserAdmin users;
    DossierCache dossiers;
    OverviewCache overview;

  private:
    Services(WorkflowStore& store_, std::optional<CivilDate> today, std::unique_ptr<Crypto> crypto_,
             std::unique_ptr<EvidenceFiles> files_, bool province);
};

}  // namespace parindex
