// The official documents over HTTP (docs/api.md, "Báo cáo và văn bản"): the document settings,
// the periodic report (preview, notes and downloads as DOCX, PDF and XLSX), the plan as a
// document, and a plan imported from a Word, Excel or text file.

#include <nlohmann/json.hpp>

#include "app/document_admin.hpp"
#include "app/import_plan.hpp"
#include "app/periodic_report_builder.hpp"
#include "domain/permissions.hpp"
#include "http/document_json.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "importers/methodology_source.hpp"
#include "importers/plan_file_reader.hpp"
#include "report/render_documents.hpp"

namespace parindex {

namespace {

using nlohmann::json;

tl::unexpected<Error> forbidden() {
    return fail(ErrorCode::forbidden, Label::error_forbidden);
}

Result<Period> period_parameter(const HttpRequest& request) {
    const std::string code = query_value(request.query, "period");
    const auto period = parse_period(code);
    if (!period) {
        return fail(ErrorCode::invalid_input, Label::error_period_not_found, {code},
                    {{}, 0, "period"});
    }
    return *period;
}

Result<DocumentFormat> format_parameter(const HttpRequest& request) {
    const std::string code = query_value(request.query, "format");
    const auto format = document_format_from_code(code);
    if (!format) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                    {"format", std::string(label_text(Label::expect_document_format))},
                    {{}, 0, "format"});
    }
    return *format;
}

Result<PeriodicReport> periodic_report(ApiContext& context, const Period& period) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(dossiers, context.dossiers.get());
    PARINDEX_TRY_ASSIGN(methodology, active_methodology(context.store, overview->plan_view.plan));
    return build_periodic_report(context.store, context.clock, dossiers.get(), period,
                                 std::move(methodology.methodology));
}

json import_json(const PlanImportReport& report) {
    json modified = json::array();
    for (const NodeChange& change : report.changes.modified) {
        modified.push_back(change.code);
    }
    return {{"outcome", report.outcome == ImportOutcome::created   ? "created"
                        : report.outcome == ImportOutcome::updated ? "updated"
                                                                   : "unchanged"},
            {"year", report.year},
            {"counts",
             {{"areas", report.counts.areas},
              {"groups", report.counts.groups},
              {"tasks", report.counts.tasks}}},
            {"units", report.unit_count},
            {"added", report.changes.added},
            {"modified", std::move(modified)},
            {"removed", report.changes.removed},
            {"warnings", diagnostics_json(report.warnings)}};
}

}  // namespace

Result<HttpResponse> handle_get_document_settings(ApiContext& context,
                                                  RequestContext& /*request*/) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(current,
                        current_document_settings(context.store, overview->plan_view.plan.info));
    return json_response(200, document_settings_json(current));
}

Result<HttpResponse> handle_put_document_settings(ApiContext& context, RequestContext& request) {
    if (!can_edit_documents(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const PlanInfo& info = overview->plan_view.plan.info;
    PARINDEX_TRY_ASSIGN(current, current_document_settings(context.store, info));
    PARINDEX_TRY_ASSIGN(settings, document_settings_from_json(body, std::move(current.settings)));
    PARINDEX_TRY_ASSIGN(problems, save_document_settings(context.store, request.actor(),
                                                         context.clock, std::move(settings)));
    if (!problems.empty()) {
        return problems_response(problems);
    }
    PARINDEX_TRY_ASSIGN(saved, current_document_settings(context.store, info));
    return json_response(200, document_settings_json(saved));
}

Result<HttpResponse> handle_get_periodic_report(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(period, period_parameter(request.request));
    PARINDEX_TRY_ASSIGN(report, periodic_report(context, period));
    PARINDEX_TRY_ASSIGN(notes, report_notes(context.store, period));
    return json_response(200, periodic_report_json(report, notes));
}

Result<HttpResponse> handle_periodic_report_file(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(period, period_parameter(request.request));
    PARINDEX_TRY_ASSIGN(format, format_parameter(request.request));
    PARINDEX_TRY_ASSIGN(report, periodic_report(context, period));
    PARINDEX_TRY_ASSIGN(bytes, render_periodic_report(report, format, PdfConverter{}));
    return attachment(document_media_type(format), std::move(bytes),
                      periodic_report_file_name(period, format));
}

Result<HttpResponse> handle_put_report_notes(ApiContext& context, RequestContext& request) {
    if (!can_edit_documents(request.actor())) {
        return forbidden();
    }
    PARINDEX_TRY_ASSIGN(period, period_parameter(request.request));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    if (const int year = overview->plan_view.plan.info.year; period.year != year) {
        return fail(ErrorCode::not_found, Label::error_report_no_plan_of_year,
                    {std::to_string(period.year), std::to_string(year)}, {{}, 0, "period"});
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(obstacles, text_field(body, "obstacles"));
    PARINDEX_TRY_ASSIGN(proposals, text_field(body, "proposals"));
    PARINDEX_TRY_ASSIGN(notes,
                        save_report_notes(context.store, request.actor(), context.clock, period,
                                          std::move(obstacles), std::move(proposals)));
    return json_response(200, report_notes_json(notes));
}

Result<HttpResponse> handle_plan_file(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(format, format_parameter(request.request));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const PlanView& view = overview->plan_view;
    PARINDEX_TRY_ASSIGN(current, current_document_settings(context.store, view.plan.info));
    PARINDEX_TRY_ASSIGN(
        bytes, render_plan(make_plan_print(view.plan, view.units, std::move(current.settings)),
                           format, PdfConverter{}));
    return attachment(document_media_type(format), std::move(bytes),
                      plan_file_name(view.plan.info.year, format));
}

Result<HttpResponse> handle_import_plan(ApiContext& context, RequestContext& request) {
    if (!can_edit_plan(request.actor())) {
        return forbidden();
    }
    std::string name = query_value(request.request.query, "name");
    if (name.empty()) {
        name = "ke-hoach";
    }
    PARINDEX_TRY_ASSIGN(reading, read_plan_file(request.request.body, name));
    PARINDEX_TRY_ASSIGN(report,
                        import_plan(context.store, reading.draft, std::move(reading.warnings)));
    context.overview.invalidate();
    return json_response(200, import_json(report));
}

}  // namespace parindex
