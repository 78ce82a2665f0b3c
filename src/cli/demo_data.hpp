#pragma once
// Demo data for `serve --demo`: one account per role and a few reports in every review state,
// written through the real use cases (so the audit log and the statuses are real), only into a
// database that has no accounts yet.

#include <string>
#include <vector>

#include "app/report_workflow.hpp"
#include "app/user_admin.hpp"

namespace parindex {

struct DemoAccount {
    std::string username;
    std::string password;
    Role role;
    std::string unit_key;
    std::string display_name;
};

// The demo accounts, with their passwords (printed on start: they are for trying parindex out).
[[nodiscard]] const std::vector<DemoAccount>& demo_accounts();

// Creates the accounts and reports when there are no accounts; true when it did.
[[nodiscard]] Result<bool> seed_demo_workflow(WorkflowStore& store, UserAdmin& users,
                                              ReportWorkflow& reports, OverviewCache& overview);

}  // namespace parindex
