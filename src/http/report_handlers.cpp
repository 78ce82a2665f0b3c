#include <nlohmann/json.hpp>

#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/view_json.hpp"

namespace parindex {

namespace {

tl::unexpected<Error> invalid_code(const char* field) {
    return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                {field, std::string(label_text(Label::expect_code))}, Location{{}, 0, field});
}

Result<std::vector<MeasuredValue>> values_field(const nlohmann::json& body) {
    std::vector<MeasuredValue> values;
    const auto found = body.find("values");
    if (found == body.end() || found->is_null()) {
        return values;
    }
    if (!found->is_array()) {
        return invalid_code("values");
    }
    for (const auto& entry : *found) {
        const auto index = entry.find("target_index");
        const auto value = entry.find("value");
        if (!entry.is_object() || index == entry.end() || !index->is_number_integer()) {
            return invalid_code("values");
        }
        if (value == entry.end() || value->is_null()) {
            continue;  // an empty input: nothing measured yet
        }
        if (!value->is_number()) {
            return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                        {"values", std::string(label_text(Label::expect_number))},
                        Location{{}, 0, "values"});
        }
        values.push_back(MeasuredValue{index->get<int>(), value->get<double>()});
    }
    return values;
}

Result<HttpResponse> reviewed(ApiContext& context, RequestContext& request, ReviewAction action) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(version, int_field(body, "version"));
    PARINDEX_TRY_ASSIGN(comment, text_field(body, "comment"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(report,
                        context.reports.review(request.actor(), id, version, action, comment));
    return json_response(200, report_json(report, *overview, request.actor()));
}

// "X-File-Name" carries the name percent-encoded, since headers are not UTF-8.
std::string decoded_file_name(const HttpRequest& request) {
    return percent_decode(request.header("x-file-name"));
}

}  // namespace

Result<HttpResponse> handle_list_reports(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const std::string& query = request.request.query;
    ReportFilter filter{overview->plan_view.plan.info.year, query_value(query, "task"),
                        query_value(query, "unit"), query_value(query, "period"), std::nullopt};
    if (const std::string state = query_value(query, "state"); !state.empty()) {
        filter.state = report_state_from_code(state);
        if (!filter.state) {
            return invalid_code("state");
        }
    }
    PARINDEX_TRY_ASSIGN(reports, context.reports.list(request.actor(), filter));
    nlohmann::json list = nlohmann::json::array();
    for (const ProgressReport& report : reports) {
        list.push_back(report_json(report, *overview, request.actor()));
    }
    return json_response(200, nlohmann::json{{"reports", std::move(list)}});
}

Result<HttpResponse> handle_open_report(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(task_code, text_field(body, "task_code"));
    PARINDEX_TRY_ASSIGN(unit_key, text_field(body, "unit_key"));
    PARINDEX_TRY_ASSIGN(period, text_field(body, "period"));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(
        report, context.reports.open(request.actor(), *overview, task_code, unit_key, period));
    return json_response(200, report_json(report, *overview, request.actor()));
}

Result<HttpResponse> handle_get_report(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(report, context.reports.get(request.actor(), id));
    return json_response(200, report_json(report, *overview, request.actor()));
}

Result<HttpResponse> handle_edit_report(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    ReportEdit edit;
    PARINDEX_TRY_ASSIGN(version, int_field(body, "version"));
    edit.version = version;
    PARINDEX_TRY_ASSIGN(progress, text_field(body, "progress", "not_started"));
    const auto parsed_progress = progress_from_code(progress);
    if (!parsed_progress) {
        return invalid_code("progress");
    }
    edit.progress = *parsed_progress;
    PARINDEX_TRY_ASSIGN(narrative, text_field(body, "narrative"));
    edit.narrative = std::move(narrative);
    PARINDEX_TRY_ASSIGN(values, values_field(body));
    edit.values = std::move(values);
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY_ASSIGN(report, context.reports.edit(request.actor(), *overview, id, edit));
    return json_response(200, report_json(report, *overview, request.actor()));
}

Result<HttpResponse> handle_submit_report(ApiContext& context, RequestContext& request) {
    return reviewed(context, request, ReviewAction::submit);
}

Result<HttpResponse> handle_accept_report(ApiContext& context, RequestContext& request) {
    return reviewed(context, request, ReviewAction::accept);
}

Result<HttpResponse> handle_return_report(ApiContext& context, RequestContext& request) {
    return reviewed(context, request, ReviewAction::give_back);
}

Result<HttpResponse> handle_upload_evidence(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(
        file, context.reports.attach(request.actor(), id, decoded_file_name(request.request),
                                     request.request.body));
    return json_response(201, evidence_json(file));
}

Result<HttpResponse> handle_download_evidence(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(download, context.reports.download(request.actor(), id));
    HttpResponse response{200, download.file.media_type, std::move(download.bytes), {}};
    // RFC 6266: an ASCII fallback name and the UTF-8 one, percent-encoded; never a path.
    std::string encoded;
    for (const char character : download.file.file_name) {
        const auto c = static_cast<unsigned char>(character);
        const bool is_plain = std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_';
        if (is_plain) {
            encoded += static_cast<char>(c);
            continue;
        }
        constexpr std::string_view k_hex = "0123456789ABCDEF";
        encoded += '%';
        encoded += k_hex[c >> 4U];
        encoded += k_hex[c & 0x0FU];
    }
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"tai-lieu-" +
                                                             std::to_string(id) +
                                                             "\"; filename*=UTF-8''" + encoded);
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    return response;
}

Result<HttpResponse> handle_delete_evidence(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY(context.reports.detach(request.actor(), id));
    return no_content();
}

Result<HttpResponse> handle_add_document(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    DocumentReference document;
    PARINDEX_TRY_ASSIGN(number_symbol, text_field(body, "number_symbol"));
    PARINDEX_TRY_ASSIGN(issued_on, date_field(body, "issued_on"));
    PARINDEX_TRY_ASSIGN(issuing_body, text_field(body, "issuing_body"));
    PARINDEX_TRY_ASSIGN(summary, text_field(body, "summary"));
    PARINDEX_TRY_ASSIGN(page, text_field(body, "page"));
    document = DocumentReference{0, number_symbol, issued_on, issuing_body, summary, page};
    PARINDEX_TRY_ASSIGN(cited, context.reports.cite(request.actor(), id, document));
    return json_response(201, document_json(cited));
}

Result<HttpResponse> handle_delete_document(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY(context.reports.uncite(request.actor(), id));
    return no_content();
}

}  // namespace parindex
