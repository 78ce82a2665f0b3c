#pragma once
// What the use cases need from storage, and nothing about how it is kept: SQLite for one ward,
// PostgreSQL for a province (src/store), an in-memory fake for tests (memory_store.hpp).
// Only use cases open transactions; a transaction's work either all lands or none of it does.

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/plan.hpp"
#include "domain/unit.hpp"

namespace parindex {

class UnitRepository {
  public:
    virtual ~UnitRepository() = default;
    [[nodiscard]] virtual Result<std::vector<Unit>> list_units() = 0;
    // Inserts units whose key is new and updates the others; never deletes.
    [[nodiscard]] virtual Result<void> save_units(const std::vector<Unit>& units) = 0;
};

class PlanRepository {
  public:
    virtual ~PlanRepository() = default;
    [[nodiscard]] virtual Result<std::vector<int>> list_plan_years() = 0;
    [[nodiscard]] virtual Result<std::optional<Plan>> find_plan(int year) = 0;
    // Makes the stored plan of plan.info.year equal to `plan`. Nodes are matched by code, so a
    // node that stays keeps its identity for whatever refers to it.
    [[nodiscard]] virtual Result<void> save_plan(const Plan& plan) = 0;
};

class Store {
  public:
    virtual ~Store() = default;
    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    [[nodiscard]] virtual Result<void> transaction(const std::function<Result<void>()>& work) = 0;
    virtual UnitRepository& units() = 0;
    virtual PlanRepository& plans() = 0;
};

}  // namespace parindex
