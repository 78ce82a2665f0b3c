#include "http/province_handlers.hpp"

#include <nlohmann/json.hpp>

#include "app/province_rollup.hpp"
#include "domain/permissions.hpp"
#include "http/json_io.hpp"
#include "http/province_json.hpp"
#include "report/document_format.hpp"
#include "report/province_xlsx.hpp"

namespace parindex {

namespace {

// The roll-up, for a province user in the province's tenant: a ward's tenant has no such
// address, and a ward's accounts may not see the other wards.
Result<ProvinceRollup*> province_of(ApiContext& context, const RequestContext& request) {
    if (context.province == nullptr) {
        return fail(ErrorCode::not_found, Label::http_not_found);
    }
    if (!can_view_province(request.actor())) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    return context.province;
}

}  // namespace

Result<HttpResponse> handle_province_ranking(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(province, province_of(context, request));
    const std::string by = query_value(request.request.query, "by");
    PARINDEX_TRY_ASSIGN(wards, by.empty() ? province->ranking() : province->ranking_by(by));
    return json_response(200, province_ranking_json(wards, province->today(), by));
}

Result<HttpResponse> handle_province_ward(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(province, province_of(context, request));
    PARINDEX_TRY_ASSIGN(ward, province->ward(request.params.at(0)));
    return json_response(200, ward_summary_json(ward));
}

Result<HttpResponse> handle_province_report(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(province, province_of(context, request));
    PARINDEX_TRY_ASSIGN(wards, province->ranking());
    const CivilDate as_of = province->today();
    PARINDEX_TRY_ASSIGN(bytes, render_province_xlsx(wards, as_of, province_name_of(wards)));
    return attachment(document_media_type(DocumentFormat::xlsx), std::move(bytes),
                      province_report_file_name(as_of));
}

}  // namespace parindex
