#pragma once
// The wards one deployment serves, and a store for each. One SQLite file is one ward; a province
// keeps its wards in one PostgreSQL database, each apart in its own schema, beside the store of
// the province's own accounts.

#include <memory>
#include <string>
#include <vector>

#include "app/workflow_store.hpp"

namespace parindex {

struct WardEntry {
    std::string code;  // lower-case letters, digits and '-': "bac-kan"
    std::string name;  // "Phường Bắc Kạn"

    friend bool operator==(const WardEntry&, const WardEntry&) = default;
};

// The code of the province's own tenant (its accounts), which no ward may take.
inline constexpr std::string_view k_province_code = "province";

class Deployment {
  public:
    virtual ~Deployment() = default;
    // The wards, in order of code.
    [[nodiscard]] virtual Result<std::vector<WardEntry>> list_wards() = 0;
    // A ward's store, migrated; not_found for a code not registered.
    [[nodiscard]] virtual Result<std::unique_ptr<WorkflowStore>> open_ward(
        const std::string& code) = 0;
    // Whether the deployment has a province above its wards (the PostgreSQL one).
    [[nodiscard]] virtual bool has_province() const = 0;
    // The store of the province's accounts; not_found when has_province() is false.
    [[nodiscard]] virtual Result<std::unique_ptr<WorkflowStore>> open_province() = 0;
    // Registers a ward with an empty, migrated store: invalid_input for a bad code, conflict for
    // a code taken.
    [[nodiscard]] virtual Result<void> add_ward(const WardEntry& ward) = 0;
};

// Lower-case ASCII letters and digits, single '-' between them, at most 40 characters, and not
// the province's code.
[[nodiscard]] bool is_valid_ward_code(std::string_view code);

}  // namespace parindex
