#pragma once
// Test helpers over what a plan reader returns: a row by its code, and the rows a kind of warning
// was given for. Shared by the text, Word and Excel plan reader tests.

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "importers/plan_table_reader.hpp"

namespace parindex::test {

// The row numbered `code`; a failed expectation and an empty row when there is none.
inline const DraftRow& find_row(const PlanReading& reading, std::string_view code) {
    const auto& rows = reading.draft.rows;
    const auto found =
        std::find_if(rows.begin(), rows.end(), [&](const DraftRow& r) { return r.code == code; });
    if (found == rows.end()) {
        ADD_FAILURE() << "no row " << code;
        static const DraftRow k_missing;
        return k_missing;
    }
    return *found;
}

// The lines (table or sheet rows) of the warnings with the message `label`, in order.
inline std::vector<int> warning_rows(const PlanReading& reading, Label label) {
    std::vector<int> rows;
    for (const Diagnostic& warning : reading.warnings) {
        if (warning.message == label) {
            rows.push_back(warning.where.line);
        }
    }
    return rows;
}

}  // namespace parindex::test
