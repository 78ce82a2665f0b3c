#include "app/import_plan.hpp"

#include <algorithm>

namespace parindex {

namespace {

void sort_by_line(std::vector<Diagnostic>& warnings) {
    std::stable_sort(
        warnings.begin(), warnings.end(),
        [](const Diagnostic& a, const Diagnostic& b) { return a.where.line < b.where.line; });
}

}  // namespace

Result<PlanImportReport> import_plan(Store& store, const PlanDraft& draft,
                                     std::vector<Diagnostic> reader_warnings) {
    PlanImportReport report;
    report.year = draft.info.year;
    auto written = store.transaction([&]() -> Result<void> {
        auto stored_units = store.units().list_units();
        if (!stored_units) {
            return tl::unexpected(stored_units.error());
        }
        UnitDirectory directory(std::move(*stored_units));
        BuiltPlan built = build_plan(draft, directory);
        report.warnings = std::move(reader_warnings);
        report.warnings.insert(report.warnings.end(), built.warnings.begin(), built.warnings.end());
        sort_by_line(report.warnings);
        report.counts = count_nodes(built.plan);
        report.unit_count = static_cast<int>(directory.units().size());

        auto stored_plan = store.plans().find_plan(draft.info.year);
        if (!stored_plan) {
            return tl::unexpected(stored_plan.error());
        }
        Plan plan = std::move(built.plan);
        if (stored_plan->has_value()) {
            plan = carry_over_edited_targets(**stored_plan, std::move(plan));
            plan.info = keep_unstated_details((*stored_plan)->info, std::move(plan.info));
            report.changes = diff_plans(**stored_plan, plan);
            report.outcome =
                report.changes.is_empty() ? ImportOutcome::unchanged : ImportOutcome::updated;
        } else {
            report.outcome = ImportOutcome::created;
        }
        if (report.outcome == ImportOutcome::unchanged) {
            return {};
        }
        auto units_saved = store.units().save_units(directory.units());
        if (!units_saved) {
            return units_saved;
        }
        return store.plans().save_plan(plan);
    });
    if (!written) {
        return tl::unexpected(written.error());
    }
    return report;
}

}  // namespace parindex
