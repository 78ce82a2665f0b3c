#pragma once
// Thin handlers, one per route: read the request, call a use case, map the result to JSON.
// Grouped in files by subject (auth_, plan_, report_, overview_, discussion_, admin_,
// dossier_handlers).

#include "core/error.hpp"
#include "http/api_context.hpp"

namespace parindex {

using Handler = Result<HttpResponse> (*)(ApiContext&, RequestContext&);

// auth_handlers.cpp
Result<HttpResponse> handle_login(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_logout(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_session(ApiContext& context, RequestContext& request);
// plan_handlers.cpp
Result<HttpResponse> handle_openapi(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_plan(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_list_tasks(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_task(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_task_history(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_add_comment(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_correct_target(ApiContext& context, RequestContext& request);
// report_handlers.cpp
Result<HttpResponse> handle_list_reports(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_open_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_edit_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_submit_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_accept_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_return_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_upload_evidence(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_download_evidence(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_delete_evidence(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_add_document(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_delete_document(ApiContext& context, RequestContext& request);
// overview_handlers.cpp
Result<HttpResponse> handle_dashboard(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_inbox(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_public_progress(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_list_units(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_unit(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_list_periods(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_lock_period(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_unlock_period(ApiContext& context, RequestContext& request);
// discussion_handlers.cpp
Result<HttpResponse> handle_list_obstacles(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_raise_obstacle(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_answer_obstacle(ApiContext& context, RequestContext& request);
// admin_handlers.cpp
Result<HttpResponse> handle_list_users(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_create_user(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_update_user(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_create_unit(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_rename_unit(ApiContext& context, RequestContext& request);
// dossier_handlers.cpp
Result<HttpResponse> handle_dossier_summary(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_dossier_indicators(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_dossier_scores(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_dossier_links(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_dossier_actions(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_apology_letters(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_dossier_import(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_map_dossier_unit(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_calendar(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_calendar(ApiContext& context, RequestContext& request);

// PAR index scores (score_handlers.cpp)
Result<HttpResponse> handle_get_scores(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_score_what_if(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_score_units_xlsx(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_methodology(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_methodology(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_import_results(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_result(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_entry(ApiContext& context, RequestContext& request);

// Official documents (document_handlers.cpp)
Result<HttpResponse> handle_get_document_settings(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_document_settings(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_get_periodic_report(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_periodic_report_file(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_put_report_notes(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_plan_file(ApiContext& context, RequestContext& request);
Result<HttpResponse> handle_import_plan(ApiContext& context, RequestContext& request);

// A path parameter that must be a positive record id.
[[nodiscard]] Result<std::int64_t> id_param(const RequestContext& request, std::size_t index);

}  // namespace parindex
