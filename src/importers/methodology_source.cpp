#include "importers/methodology_source.hpp"

#include "app/score_admin.hpp"
#include "domain/permissions.hpp"
#include "importers/methodology_reader.hpp"

namespace parindex {

Result<ActiveMethodology> active_methodology(WorkflowStore& store, const Plan& plan) {
    const int year = plan.info.year;
    std::optional<StoredMethodology> stored;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, store.scores().find_methodology(year));
        stored = std::move(found);
        return {};
    }));
    if (stored) {
        PARINDEX_TRY_ASSIGN(methodology, read_methodology_yaml(stored->text, stored->source_name));
        std::string text = stored->text;
        return ActiveMethodology{std::move(methodology), std::move(text), false, std::move(stored)};
    }
    PARINDEX_TRY_ASSIGN(methodology, shipped_methodology());
    methodology.year = year;
    return ActiveMethodology{std::move(methodology), std::string(shipped_methodology_text()), true,
                             std::nullopt};
}

Result<std::vector<Diagnostic>> upload_methodology(WorkflowStore& store, const Actor& actor,
                                                   const Clock& clock, const Plan& plan,
                                                   std::string_view text,
                                                   std::string_view source_name) {
    if (!can_edit_scores(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    auto methodology = read_methodology_yaml(text, source_name);
    if (!methodology) {
        if (methodology.error().code != ErrorCode::invalid_input) {
            return tl::unexpected(methodology.error());
        }
        return std::vector<Diagnostic>{methodology.error().detail};
    }
    return import_methodology(store, actor, clock, plan, *methodology, text, source_name);
}

}  // namespace parindex
