#include "http/province_json.hpp"

#include <nlohmann/json.hpp>

#include "http/json_io.hpp"
#include "http/view_json.hpp"

namespace parindex {

namespace {

using nlohmann::json;

json indicator_json(const IndicatorValue& value) {
    return json{{"code", value.code},
                {"label", value.label},
                {"rate", number_or_null(value.rate.percent())},
                {"numerator", value.rate.numerator},
                {"denominator", value.rate.denominator}};
}

// Nothing where a ward has no such figure: no plan, or its data failed to load.
json null_unless(bool present, json value) {
    return present ? std::move(value) : json(nullptr);
}

}  // namespace

json ward_summary_json(const WardSummary& ward) {
    json indicators = json::array();
    for (const IndicatorValue& value : ward.indicators) {
        indicators.push_back(indicator_json(value));
    }
    const bool has_plan = ward.has_plan();
    return json{{"code", ward.code},
                {"name", ward.name},
                {"reports_to", ward.reports_to},
                {"rank", null_unless(ward.rank > 0, ward.rank)},
                {"plan_year", null_unless(has_plan, ward.plan_year)},
                {"index_now", number_or_null(ward.index_now)},
                {"index_projected", number_or_null(ward.index_projected)},
                {"index_max", number_or_null(ward.index_max)},
                {"last_year", number_or_null(ward.last_year)},
                {"template_methodology", ward.template_methodology},
                {"tasks", null_unless(has_plan, counts_json(ward.tasks))},
                {"dossiers", null_unless(ward.error.empty(), ward.dossiers)},
                {"data_as_of", null_unless(ward.data_as_of.has_value(),
                                           ward.data_as_of ? ward.data_as_of->to_iso() : "")},
                {"indicators", std::move(indicators)},
                {"note", ward_note(ward)},
                {"error", null_unless(!ward.error.empty(), ward.error)}};
}

json province_ranking_json(const std::vector<WardSummary>& wards, const CivilDate& as_of,
                           std::string_view by) {
    json list = json::array();
    for (const WardSummary& ward : wards) {
        list.push_back(ward_summary_json(ward));
    }
    return json{{"as_of", as_of.to_iso()},
                {"by", by.empty() ? std::string("index_projected") : std::string(by)},
                {"wards", std::move(list)}};
}

}  // namespace parindex
