#pragma once
// The province's roll-up over HTTP (docs/api.md, "Tổng hợp cấp tỉnh"): every ward ranked, one
// ward's summary and the province's workbook. Served in the province's tenant only (elsewhere
// ApiContext::province is null: not_found), to the province's roles.

#include "core/error.hpp"
#include "http/api_context.hpp"

namespace parindex {

// GET /api/province/wards?by=INDICATOR: {as_of, by, wards: [...]}, ranked by projected index
// or by the indicator.
Result<HttpResponse> handle_province_ranking(ApiContext& context, RequestContext& request);
// GET /api/province/wards/{code}: one ward's summary, its rank by projected index among all.
Result<HttpResponse> handle_province_ward(ApiContext& context, RequestContext& request);
// GET /api/province/report.xlsx: the workbook of every ward.
Result<HttpResponse> handle_province_report(ApiContext& context, RequestContext& request);

}  // namespace parindex
