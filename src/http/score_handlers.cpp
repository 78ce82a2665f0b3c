// The PAR index scores over HTTP (docs/api.md, "Điểm Chỉ số CCHC"): the scorecard now and
// projected with its risks and units, a what-if over it, the accountability workbook, the
// methodology (download and upload), the results sheets, one criterion's appraisal round and the
// values entered for criteria.

#include <nlohmann/json.hpp>

#include "app/score_admin.hpp"
#include "app/scorecard.hpp"
#include "core/error_mapping.hpp"
#include "core/parse_number.hpp"
#include "domain/permissions.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/score_json.hpp"
#include "importers/methodology_source.hpp"
#include "importers/result_sheet_reader.hpp"
#include "report/accountability_xlsx.hpp"

namespace parindex {

namespace {

using nlohmann::json;

constexpr std::string_view k_xlsx_type =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

tl::unexpected<Error> forbidden() {
    return fail(ErrorCode::forbidden, Label::error_forbidden);
}

tl::unexpected<Error> invalid_field(const std::string& field, Label expected) {
    return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                {field, std::string(label_text(expected))}, Location{{}, 0, field});
}

// What every score request starts from.
struct ScoreInput {
    std::shared_ptr<const Overview> overview;
    ActiveMethodology methodology;
};

Result<ScoreInput> score_input(ApiContext& context) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(methodology, active_methodology(context.store, overview->plan_view.plan));
    return ScoreInput{std::move(overview), std::move(methodology)};
}

Result<std::unique_ptr<const Scorecard>> scorecard(ApiContext& context, const ScoreInput& input,
                                                   const Assumptions& assumptions = {}) {
    PARINDEX_TRY_ASSIGN(dossiers, context.dossiers.get());
    return build_scorecard(context.store, *input.overview, dossiers.get(),
                           input.methodology.methodology, assumptions);
}

// A number, or nothing for null or a missing field.
Result<std::optional<double>> optional_number(const json& body, const char* name) {
    const auto found = body.find(name);
    if (found == body.end() || found->is_null()) {
        return std::optional<double>();
    }
    if (!found->is_number()) {
        return invalid_field(name, Label::expect_number);
    }
    return std::optional<double>(found->get<double>());
}

Result<Assumptions> assumptions_field(const json& body) {
    Assumptions assumptions;
    const auto found = body.find("assume");
    if (found == body.end() || found->is_null()) {
        return assumptions;
    }
    if (!found->is_object()) {
        return invalid_field("assume", Label::expect_number);
    }
    for (const auto& [code, value] : found->items()) {
        if (!value.is_number()) {
            return invalid_field("assume." + code, Label::expect_number);
        }
        assumptions.emplace(code, value.get<double>());
    }
    return assumptions;
}

}  // namespace

Result<HttpResponse> handle_get_scores(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    PARINDEX_TRY_ASSIGN(card, scorecard(context, input));
    return json_response(200, scorecard_json(*card, input.methodology, *input.overview));
}

Result<HttpResponse> handle_score_what_if(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(assumptions, assumptions_field(body));
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    PARINDEX_TRY_ASSIGN(card, scorecard(context, input, assumptions));
    return json_response(200, scorecard_json(*card, input.methodology, *input.overview));
}

Result<HttpResponse> handle_score_units_xlsx(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    PARINDEX_TRY_ASSIGN(card, scorecard(context, input));
    const Overview& overview = *input.overview;
    PARINDEX_TRY_ASSIGN(bytes, write_accountability_xlsx(AccountabilityBook{
                                   card->year, card->today.to_dmy(), &card->tree, &card->units,
                                   [&](std::string_view key) { return overview.unit_name(key); },
                                   &card->unit_heads}));
    return attachment(k_xlsx_type, std::move(bytes),
                      "trach-nhiem-don-vi-" + std::to_string(card->year) + ".xlsx");
}

Result<HttpResponse> handle_get_methodology(ApiContext& context, RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    return attachment(
        "application/yaml; charset=utf-8", input.methodology.text,
        "phuong-phap-cham-diem-" + std::to_string(input.methodology.methodology.year) + ".yaml");
}

Result<HttpResponse> handle_put_methodology(ApiContext& context, RequestContext& request) {
    if (!can_edit_scores(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    std::string name = query_value(request.request.query, "name");
    if (name.empty()) {
        name = "methodology.yaml";
    }
    PARINDEX_TRY_ASSIGN(problems,
                        upload_methodology(context.store, request.actor(), context.clock,
                                           overview->plan_view.plan, request.request.body, name));
    if (!problems.empty()) {
        return problems_response(problems);
    }
    return json_response(200, json{{"saved", true}, {"source_name", name}});
}

Result<HttpResponse> handle_import_results(ApiContext& context, RequestContext& request) {
    if (!can_edit_scores(request.actor())) {
        return forbidden();
    }
    const std::string& query = request.request.query;
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    const int plan_year = input.overview->plan_view.plan.info.year;
    const std::string year_text = query_value(query, "year");
    int year = plan_year - 1;
    if (!year_text.empty()) {
        const auto parsed = parse_exact<int>(year_text);
        if (!parsed || *parsed < plan_year - 10 || *parsed > plan_year) {
            return invalid_field("year", Label::expect_integer);
        }
        year = *parsed;
    }
    std::string name = query_value(query, "name");
    if (name.empty()) {
        name = "ket-qua-" + std::to_string(year) + ".csv";
    }
    PARINDEX_TRY_ASSIGN(rows, read_result_sheet(request.request.body, name));
    PARINDEX_TRY_ASSIGN(report,
                        import_results(context.store, request.actor(), context.clock,
                                       input.methodology.methodology, year, std::move(rows), name));
    return json_response(200, json{{"year", year},
                                   {"stored", report.stored},
                                   {"skipped", diagnostics_json(report.skipped)}});
}

Result<HttpResponse> handle_put_result(ApiContext& context, RequestContext& request) {
    if (!can_edit_scores(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    CriterionResult result;
    result.code = request.params.at(0);
    PARINDEX_TRY_ASSIGN(self_points, optional_number(body, "self_points"));
    PARINDEX_TRY_ASSIGN(appraised_points, optional_number(body, "appraised_points"));
    PARINDEX_TRY_ASSIGN(final_points, optional_number(body, "final_points"));
    PARINDEX_TRY_ASSIGN(self_explanation, text_field(body, "self_explanation"));
    PARINDEX_TRY_ASSIGN(appraisal_comment, text_field(body, "appraisal_comment"));
    PARINDEX_TRY_ASSIGN(ward_explanation, text_field(body, "ward_explanation"));
    result.self_points = self_points;
    result.appraised_points = appraised_points;
    result.final_points = final_points;
    result.self_explanation = std::move(self_explanation);
    result.appraisal_comment = std::move(appraisal_comment);
    result.ward_explanation = std::move(ward_explanation);
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    PARINDEX_TRY_ASSIGN(
        saved,
        save_appraisal(context.store, request.actor(), context.clock, input.methodology.methodology,
                       input.overview->plan_view.plan.info.year, std::move(result)));
    return json_response(200, criterion_result_json(saved));
}

Result<HttpResponse> handle_put_entry(ApiContext& context, RequestContext& request) {
    if (!can_edit_scores(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(value, optional_number(body, "value"));
    PARINDEX_TRY_ASSIGN(note, text_field(body, "note"));
    PARINDEX_TRY_ASSIGN(input, score_input(context));
    const std::string& code = request.params.at(0);
    PARINDEX_TRY(save_entry(context.store, request.actor(), context.clock,
                            input.methodology.methodology, input.overview->plan_view.plan.info.year,
                            code, value, note));
    return json_response(
        200, json{{"code", code}, {"value", value ? json(*value) : json(nullptr)}, {"note", note}});
}

}  // namespace parindex
