#pragma once
// The working-day calendars shipped with parindex (data/calendar/*.csv, compiled in): a new
// database gets them so that due dates count holidays from the first import, whether the
// dossiers come from the command line or from an upload to the server. An administrator
// replaces a year with `parindex calendar import` or PUT /api/calendar/{year}.

#include "app/workflow_store.hpp"

namespace parindex {

// Stores each shipped year that has no stored day yet.
[[nodiscard]] Result<void> ensure_default_calendar(WorkflowStore& store);

}  // namespace parindex
