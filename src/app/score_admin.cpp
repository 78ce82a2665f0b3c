#include "app/score_admin.hpp"

#include <array>

#include "core/decimal.hpp"
#include "domain/permissions.hpp"

namespace parindex {

namespace {

tl::unexpected<Error> forbidden() {
    return fail(ErrorCode::forbidden, Label::error_forbidden);
}

// The scored criterion `code`, or an error naming the field.
Result<const MethodologyNode*> find_leaf(const Methodology& methodology, const std::string& code,
                                         Location where) {
    const MethodologyNode* node = methodology.find(code);
    if (node == nullptr || !node->is_leaf()) {
        return fail(ErrorCode::not_found, Label::error_score_code_unknown,
                    {code, std::to_string(methodology.year)}, std::move(where));
    }
    return node;
}

// Points of a result within 0..max of the criterion. A sheet's error names the column, a form's
// the field.
Result<void> check_points(const CriterionResult& result, double max_points, Location where) {
    struct Field {
        Label label;
        std::string_view code;
        const std::optional<double>* points;
    };
    const std::array fields = {
        Field{Label::field_self_points, "self_points", &result.self_points},
        Field{Label::field_appraised_points, "appraised_points", &result.appraised_points},
        Field{Label::field_final_points, "final_points", &result.final_points},
    };
    constexpr double k_rounding = 0.005;
    for (const Field& field : fields) {
        const std::optional<double>& points = *field.points;
        if (points && (*points < 0 || *points > max_points + k_rounding)) {
            where.field =
                where.file.empty() ? std::string(field.code) : std::string(label_text(field.label));
            return fail(ErrorCode::invalid_input, Label::error_score_points_range,
                        {std::string(label_text(field.label)), format_decimal(*points),
                         format_decimal(max_points)},
                        where);
        }
    }
    return {};
}

}  // namespace

Result<std::vector<Diagnostic>> import_methodology(WorkflowStore& store, const Actor& actor,
                                                   const Clock& clock, const Plan& plan,
                                                   const Methodology& methodology,
                                                   std::string_view text,
                                                   std::string_view source_name) {
    if (!can_edit_scores(actor)) {
        return forbidden();
    }
    std::vector<Diagnostic> problems =
        check_methodology(methodology, plan, std::string(source_name));
    if (!problems.empty()) {
        return problems;
    }
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        return store.scores().save_methodology(
            StoredMethodology{methodology.year, std::string(text), std::string(source_name),
                              clock.now(), actor.username});
    }));
    return problems;
}

Result<ResultsImport> import_results(WorkflowStore& store, const Actor& actor, const Clock& clock,
                                     const Methodology& methodology, int year,
                                     std::vector<ResultSheetRow> rows,
                                     std::string_view source_name) {
    if (!can_edit_scores(actor)) {
        return forbidden();
    }
    ResultsImport report;
    std::vector<CriterionResult> kept;
    for (ResultSheetRow& row : rows) {
        const Location where{std::string(source_name), row.line, {}};
        const MethodologyNode* node = methodology.find(row.result.code);
        if (node == nullptr) {
            report.skipped.push_back(Diagnostic{Label::warning_result_unknown_code,
                                                {row.result.code, std::to_string(methodology.year)},
                                                where});
            continue;
        }
        PARINDEX_TRY(
            check_points(row.result, row.result.max_points.value_or(node->max_points), where));
        row.result.updated_at = clock.now();
        row.result.updated_by = actor.username;
        kept.push_back(std::move(row.result));
    }
    PARINDEX_TRY(store.transaction(
        [&]() -> Result<void> { return store.scores().save_results(year, kept); }));
    report.stored = static_cast<int>(kept.size());
    return report;
}

Result<CriterionResult> save_appraisal(WorkflowStore& store, const Actor& actor, const Clock& clock,
                                       const Methodology& methodology, int year,
                                       CriterionResult result) {
    if (!can_edit_scores(actor)) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(node, find_leaf(methodology, result.code, Location{{}, 0, "code"}));
    PARINDEX_TRY(check_points(result, node->max_points, Location{}));
    result.max_points = node->max_points;
    result.updated_at = clock.now();
    result.updated_by = actor.username;
    PARINDEX_TRY(store.transaction(
        [&]() -> Result<void> { return store.scores().save_results(year, {result}); }));
    return result;
}

Result<void> save_entry(WorkflowStore& store, const Actor& actor, const Clock& clock,
                        const Methodology& methodology, int year, const std::string& code,
                        std::optional<double> value, const std::string& note) {
    if (!can_edit_scores(actor)) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(node, find_leaf(methodology, code, Location{{}, 0, "code"}));
    if (node->rule->source != MeasureSource::entered) {
        return fail(ErrorCode::invalid_input, Label::error_score_not_entered,
                    {code, std::string(measure_source_code(node->rule->source))},
                    Location{{}, 0, "code"});
    }
    if (value && *value < 0) {
        return fail(ErrorCode::invalid_input, Label::error_score_value_negative,
                    {format_decimal(*value)}, Location{{}, 0, "value"});
    }
    if (value && node->rule->type == RuleType::manual && *value > node->max_points) {
        return fail(ErrorCode::invalid_input, Label::error_score_points_range,
                    {code, format_decimal(*value), format_decimal(node->max_points)},
                    Location{{}, 0, "value"});
    }
    return store.transaction([&]() -> Result<void> {
        if (!value) {
            return store.scores().delete_entry(year, code);
        }
        return store.scores().save_entry(
            year, CriterionEntry{code, *value, note, clock.now(), actor.username});
    });
}

}  // namespace parindex
