#include "app/load_plan.hpp"

#include <algorithm>

namespace parindex {

Result<PlanView> load_plan(Store& store, std::optional<int> year) {
    PlanView view;
    auto loaded = store.transaction([&]() -> Result<void> {
        if (!year) {
            auto years = store.plans().list_plan_years();
            if (!years) {
                return tl::unexpected(years.error());
            }
            if (years->empty()) {
                return fail(ErrorCode::not_found, Label::error_no_plan);
            }
            year = *std::max_element(years->begin(), years->end());
        }
        auto plan = store.plans().find_plan(*year);
        if (!plan) {
            return tl::unexpected(plan.error());
        }
        if (!plan->has_value()) {
            return fail(ErrorCode::not_found, Label::error_plan_not_found, {std::to_string(*year)});
        }
        view.plan = std::move(**plan);
        auto units = store.units().list_units();
        if (!units) {
            return tl::unexpected(units.error());
        }
        view.units = std::move(*units);
        return {};
    });
    if (!loaded) {
        return tl::unexpected(loaded.error());
    }
    return view;
}

}  // namespace parindex
