#include "app/memory_store.hpp"

#include <algorithm>

namespace parindex {

namespace {

tl::unexpected<Error> injected_failure() {
    return fail(ErrorCode::storage, Label::error_database, {"injected failure"});
}

}  // namespace

bool MemoryStore::count_call() {
    if (m_fail_countdown == 0) {
        return true;
    }
    return --m_fail_countdown != 0;
}

Result<void> MemoryStore::transaction(const std::function<Result<void>()>& work) {
    State saved = m_state;
    auto result = work();
    if (!result) {
        m_state = std::move(saved);
    }
    return result;
}

Result<std::vector<Unit>> MemoryStore::list_units() {
    if (!count_call()) {
        return injected_failure();
    }
    return m_state.units;
}

Result<void> MemoryStore::save_units(const std::vector<Unit>& units) {
    if (!count_call()) {
        return injected_failure();
    }
    for (const Unit& unit : units) {
        auto found = std::find_if(m_state.units.begin(), m_state.units.end(),
                                  [&](const Unit& stored) { return stored.key == unit.key; });
        if (found == m_state.units.end()) {
            m_state.units.push_back(unit);
        } else {
            *found = unit;
        }
    }
    return {};
}

Result<std::vector<int>> MemoryStore::list_plan_years() {
    if (!count_call()) {
        return injected_failure();
    }
    std::vector<int> years;
    for (const auto& [year, plan] : m_state.plans) {
        years.push_back(year);
    }
    return years;
}

Result<std::optional<Plan>> MemoryStore::find_plan(int year) {
    if (!count_call()) {
        return injected_failure();
    }
    const auto found = m_state.plans.find(year);
    if (found == m_state.plans.end()) {
        return std::optional<Plan>{};
    }
    return std::optional<Plan>{found->second};
}

Result<void> MemoryStore::save_plan(const Plan& plan) {
    if (!count_call()) {
        return injected_failure();
    }
    ++m_save_count;
    m_state.plans[plan.info.year] = plan;
    return {};
}

}  // namespace parindex
