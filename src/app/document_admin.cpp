#include "app/document_admin.hpp"

#include "core/text.hpp"
#include "core/text_lines.hpp"
#include "domain/permissions.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_max_notes = 20'000;

// Each line with its spaces collapsed, blank lines and trailing spaces gone.
std::vector<std::string> tidy(const std::vector<std::string>& lines) {
    return non_blank_lines(join_lines(lines));
}

}  // namespace

Result<CurrentDocumentSettings> current_document_settings(WorkflowStore& store,
                                                          const PlanInfo& plan) {
    std::optional<StoredDocumentSettings> stored;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, store.documents().find_settings());
        stored = std::move(found);
        return {};
    }));
    if (!stored) {
        return CurrentDocumentSettings{default_document_settings(plan), false, {}, {}};
    }
    return CurrentDocumentSettings{std::move(stored->settings), true, stored->updated_at,
                                   stored->updated_by};
}

Result<std::vector<Diagnostic>> save_document_settings(WorkflowStore& store, const Actor& actor,
                                                       const Clock& clock,
                                                       DocumentSettings settings) {
    if (!can_edit_documents(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    for (const DocumentSettingsField& field : document_settings_fields()) {
        std::string& text = settings.*field.member;
        text = collapse_whitespace(to_nfc(text));
    }
    for (std::string& recipient : settings.recipients) {
        recipient = to_nfc(recipient);
    }
    settings.recipients = tidy(settings.recipients);
    std::vector<Diagnostic> problems = check_document_settings(settings);
    if (!problems.empty()) {
        return problems;
    }
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        return store.documents().save_settings(
            StoredDocumentSettings{std::move(settings), clock.now(), actor.username});
    }));
    return problems;
}

Result<ReportNotes> report_notes(WorkflowStore& store, const Period& period) {
    std::optional<ReportNotes> notes;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, store.documents().find_notes(period.year, period.code()));
        notes = std::move(found);
        return {};
    }));
    return notes.value_or(ReportNotes{});
}

Result<ReportNotes> save_report_notes(WorkflowStore& store, const Actor& actor, const Clock& clock,
                                      const Period& period, std::string obstacles,
                                      std::string proposals) {
    if (!can_edit_documents(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    for (const auto& [text, field] :
         {std::pair{&obstacles, "obstacles"}, {&proposals, "proposals"}}) {
        if (!is_valid_utf8(*text)) {
            return fail(ErrorCode::invalid_input, Label::error_not_text, {}, {{}, 0, field});
        }
        if (count_characters(*text) > k_max_notes) {
            return fail(ErrorCode::invalid_input, Label::error_field_too_long,
                        {field, std::to_string(k_max_notes)}, {{}, 0, field});
        }
        *text = join_lines(non_blank_lines(to_nfc(*text)));
    }
    ReportNotes notes{std::move(obstacles), std::move(proposals), clock.now(), actor.username};
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        return store.documents().save_notes(period.year, period.code(), notes);
    }));
    return notes;
}

}  // namespace parindex
