#include "app/target_correction.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/permissions.hpp"

namespace parindex {

namespace {

tl::unexpected<Error> invalid(const char* field, Label expectation) {
    return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                {field, std::string(label_text(expectation))}, Location{{}, 0, field});
}

// A target must say what it needs for its comparator: a value for the comparisons, a reference
// year for decrease and increase, nothing for a qualitative one.
Result<void> validate(const Target& target) {
    if (target.label.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::word_targets))}, Location{{}, 0, "label"});
    }
    const bool is_trend =
        target.comparator == Comparator::decrease || target.comparator == Comparator::increase;
    const bool needs_value = !is_trend && target.comparator != Comparator::qualitative;
    if (needs_value && !target.value) {
        return invalid("value", Label::expect_number);
    }
    if (is_trend && !target.reference_year) {
        return invalid("reference_year", Label::expect_integer);
    }
    return {};
}

std::string target_snapshot(const Target& target) {
    return nlohmann::json{
        {"label", target.label},
        {"comparator", comparator_code(target.comparator)},
        {"value", target.value ? nlohmann::json(*target.value) : nlohmann::json(nullptr)},
        {"unit", target.unit},
        {"reference_year",
         target.reference_year ? nlohmann::json(*target.reference_year) : nlohmann::json(nullptr)}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Result<Target> correct_target(WorkflowStore& store, const Clock& clock, const Actor& actor,
                              const std::string& task_code, int index, Target corrected) {
    if (!can_edit_plan(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY(validate(corrected));
    corrected.origin = TargetOrigin::edited;
    if (corrected.comparator == Comparator::qualitative) {
        corrected.value.reset();
    }
    // Read, changed and written in one transaction: a plan imported meanwhile is never
    // overwritten by a stale copy.
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(years, store.plans().list_plan_years());
        if (years.empty()) {
            return fail(ErrorCode::not_found, Label::error_no_plan);
        }
        PARINDEX_TRY_ASSIGN(stored,
                            store.plans().find_plan(*std::max_element(years.begin(), years.end())));
        if (!stored) {
            return fail(ErrorCode::not_found, Label::error_no_plan);
        }
        Plan& plan = *stored;
        const auto node =
            std::find_if(plan.nodes.begin(), plan.nodes.end(), [&](const PlanNode& candidate) {
                return candidate.code == task_code && candidate.kind == NodeKind::task;
            });
        if (node == plan.nodes.end()) {
            return fail(ErrorCode::not_found, Label::error_task_not_found, {task_code});
        }
        if (index < 0 || static_cast<std::size_t>(index) >= node->targets.size()) {
            return fail(ErrorCode::not_found, Label::error_target_index,
                        {std::to_string(static_cast<long long>(index) + 1)});
        }
        Target& target = node->targets[static_cast<std::size_t>(index)];
        const std::string before = target_snapshot(target);
        target = corrected;
        PARINDEX_TRY(store.plans().save_plan(plan));
        return store.audit().append(AuditEntry{0, clock.now(), actor.username, "task.target.edit",
                                               "target:" + task_code + "/" + std::to_string(index),
                                               task_code, before, target_snapshot(corrected)});
    }));
    return corrected;
}

}  // namespace parindex
