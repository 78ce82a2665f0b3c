#pragma once
// Demo dossiers for `serve --demo`: a generated catalogue and a year of one-stop dossiers up to
// "today", brought in through the real import use cases, with the ward's four units mapped.

#include "app/clock.hpp"
#include "app/workflow_store.hpp"

namespace parindex {

// Imports them when the database has no dossier yet; true when it did.
[[nodiscard]] Result<bool> seed_demo_dossiers(WorkflowStore& store, const Clock& clock);

}  // namespace parindex
