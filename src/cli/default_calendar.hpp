#pragma once
// ensure_default_calendar moved to the importers so that the server's upload route stores the
// shipped calendars too; this header stays for the command-line files that include it.

#include "importers/shipped_calendar.hpp"
