#pragma once
// An in-memory Store for use-case tests. A transaction works on a copy that replaces the state
// only on success, like a database. fail_on_call(n) makes the n-th repository call from now
// fail with a storage error, to test that a failure half-way leaves nothing behind.

#include <map>

#include "app/store.hpp"

namespace parindex {

class MemoryStore final : public Store, private UnitRepository, private PlanRepository {
  public:
    Result<void> transaction(const std::function<Result<void>()>& work) override;
    UnitRepository& units() override { return *this; }
    PlanRepository& plans() override { return *this; }

    void fail_on_call(int call) { m_fail_countdown = call; }
    [[nodiscard]] int save_count() const { return m_save_count; }

  private:
    struct State {
        std::vector<Unit> units;
        std::map<int, Plan> plans;
    };

    Result<std::vector<Unit>> list_units() override;
    Result<void> save_units(const std::vector<Unit>& units) override;
    Result<std::vector<int>> list_plan_years() override;
    Result<std::optional<Plan>> find_plan(int year) override;
    Result<void> save_plan(const Plan& plan) override;

    // False when this call is the one fail_on_call asked to fail.
    bool count_call();

    State m_state;
    int m_fail_countdown = 0;
    int m_save_count = 0;
};

}  // namespace parindex
