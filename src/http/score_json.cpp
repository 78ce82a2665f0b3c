#include "http/score_json.hpp"

#include <nlohmann/json.hpp>

#include "http/json_io.hpp"

namespace parindex {

namespace {

using nlohmann::json;

json change(double now, const std::optional<double>& before) {
    return before ? json(round_points(now - *before)) : json(nullptr);
}

json units_json(const std::vector<std::string>& keys, const Overview& overview) {
    json list = json::array();
    for (const std::string& key : keys) {
        list.push_back({{"key", key}, {"name", overview.unit_name(key)}});
    }
    return list;
}

json rule_json(const std::optional<ScoringRule>& rule) {
    if (!rule) {
        return nullptr;
    }
    const bool linear = rule->type == RuleType::linear;
    return {{"type", rule_type_code(rule->type)},
            {"type_label", label_text(rule_type_label(rule->type))},
            {"source", measure_source_code(rule->source)},
            {"indicator", rule->indicator ? json(indicator_id(*rule->indicator)) : json(nullptr)},
            {"target",
             rule->source == MeasureSource::target ? json(rule->target_index + 1) : json(nullptr)},
            {"threshold", linear ? json(rule->threshold) : json(nullptr)},
            {"evidence", rule->evidence}};
}

json node_json(const ScoreNode& node, const Overview& overview) {
    return {{"code", node.code},
            {"title", node.title},
            {"depth", node.depth},
            {"leaf", node.is_leaf},
            {"part", score_part_code(node.part)},
            {"max", node.max_points},
            {"applicable_max", node.applicable_max},
            {"state", criterion_state_code(node.state)},
            {"state_label", label_text(criterion_state_label(node.state))},
            {"now", node.now},
            {"projected", node.projected},
            {"now_formula", node.now_formula},
            {"projected_formula", node.projected_formula},
            {"value_now", number_or_null(node.value_now)},
            {"value_projected", number_or_null(node.value_projected)},
            {"closed", node.closed},
            {"reason", node.reason},
            {"projection_note", node.projection_note},
            {"lead_units", units_json(node.lead_units, overview)},
            {"rule", rule_json(node.rule)},
            {"result", criterion_result_json(node.result)},
            {"last_year", number_or_null(node.last_year)},
            {"change", change(node.projected, node.last_year)}};
}

json totals_json(const ScoreTotals& totals) {
    return {{"max", totals.max_points},
            {"applicable_max", totals.applicable_max},
            {"assessed_max", totals.assessed_max},
            {"survey_max", totals.survey_max},
            {"assessed_now", totals.assessed_now},
            {"survey_now", totals.survey_now},
            {"assessed_projected", totals.assessed_projected},
            {"survey_projected", totals.survey_projected},
            {"survey_known", totals.survey_known},
            {"index_now", totals.index_now},
            {"index_projected", totals.index_projected},
            {"now_formula", totals.now_formula},
            {"projected_formula", totals.projected_formula},
            {"last_year", number_or_null(totals.last_year)},
            {"change", change(totals.index_projected, totals.last_year)}};
}

json risks_json(const std::vector<ScoreRisk>& risks, const Overview& overview) {
    json list = json::array();
    int rank = 0;
    for (const ScoreRisk& risk : risks) {
        const ScoreNode& node = *risk.node;
        list.push_back({{"rank", ++rank},
                        {"code", node.code},
                        {"title", node.title},
                        {"gain", risk.gain},
                        {"max", node.applicable_max},
                        {"now", node.now},
                        {"projected", node.projected},
                        {"reason", node.reason},
                        {"projection_note", node.projection_note},
                        {"formula", node.projected_formula},
                        {"state", criterion_state_code(node.state)},
                        {"state_label", label_text(criterion_state_label(node.state))},
                        {"lead_units", units_json(node.lead_units, overview)},
                        {"last_year", number_or_null(node.last_year)}});
    }
    return list;
}

json accounts_json(const Scorecard& card, const Overview& overview) {
    json list = json::array();
    for (const UnitAccount& account : card.units) {
        const auto head = card.unit_heads.find(account.unit_key);
        list.push_back(
            {{"rank", account.rank},
             {"key", account.unit_key},
             {"name", overview.unit_name(account.unit_key)},
             {"head", head == card.unit_heads.end() ? json(nullptr) : json(head->second)},
             {"criteria", account.criteria},
             {"stake", account.stake},
             {"now", account.now},
             {"projected", account.projected},
             {"lost", account.lost},
             {"at_risk", account.at_risk},
             {"share", round_points(account.projected_share())},
             {"overdue_tasks", account.overdue_tasks},
             {"late_dossiers", account.late_dossiers}});
    }
    return list;
}

json methodology_json(const ActiveMethodology& active) {
    const auto& stored = active.stored;
    return {{"title", active.methodology.title},
            {"template", active.methodology.is_template},
            {"is_default", active.is_default},
            {"source_name", stored ? json(stored->source_name) : json(nullptr)},
            {"imported_at", stored ? json(stored->imported_at) : json(nullptr)},
            {"imported_by", stored ? json(stored->imported_by) : json(nullptr)}};
}

}  // namespace

json criterion_result_json(const CriterionResult& result) {
    const bool both = result.self_points && result.appraised_points;
    return {{"self_points", number_or_null(result.self_points)},
            {"self_explanation", result.self_explanation},
            {"appraised_points", number_or_null(result.appraised_points)},
            {"appraisal_comment", result.appraisal_comment},
            {"ward_explanation", result.ward_explanation},
            {"final_points", number_or_null(result.final_points)},
            {"stage", appraisal_stage_code(appraisal_stage(result))},
            {"difference", both ? json(round_points(*result.appraised_points - *result.self_points))
                                : json(nullptr)},
            {"updated_at", result.updated_at},
            {"updated_by", result.updated_by}};
}

json scorecard_json(const Scorecard& card, const ActiveMethodology& methodology,
                    const Overview& overview) {
    json nodes = json::array();
    for (const ScoreNode& node : card.tree.nodes) {
        nodes.push_back(node_json(node, overview));
    }
    return {{"year", card.year},
            {"today", card.today.to_iso()},
            {"methodology", methodology_json(methodology)},
            {"totals", totals_json(card.tree.totals)},
            {"nodes", std::move(nodes)},
            {"risks", risks_json(card.risks, overview)},
            {"units", accounts_json(card, overview)}};
}

}  // namespace parindex
