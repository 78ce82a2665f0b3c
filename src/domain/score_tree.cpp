#include "domain/score_tree.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr double k_index_scale = 100.0;

constexpr std::array k_stage_codes = {
    EnumEntry<AppraisalStage>{AppraisalStage::open, "open"},
    EnumEntry<AppraisalStage>{AppraisalStage::self_assessed, "self_assessed"},
    EnumEntry<AppraisalStage>{AppraisalStage::appraised, "appraised"},
    EnumEntry<AppraisalStage>{AppraisalStage::explained, "explained"},
    EnumEntry<AppraisalStage>{AppraisalStage::final, "final"},
};

constexpr std::array k_state_codes = {
    EnumEntry<CriterionState>{CriterionState::scored, "scored"},
    EnumEntry<CriterionState>{CriterionState::pending, "pending"},
    EnumEntry<CriterionState>{CriterionState::missed, "missed"},
    EnumEntry<CriterionState>{CriterionState::settled, "settled"},
    EnumEntry<CriterionState>{CriterionState::not_applicable, "not_applicable"},
};

constexpr std::array k_state_labels = {
    EnumEntry<CriterionState, Label>{CriterionState::scored, Label::criterion_state_scored},
    EnumEntry<CriterionState, Label>{CriterionState::pending, Label::criterion_state_pending},
    EnumEntry<CriterionState, Label>{CriterionState::missed, Label::criterion_state_missed},
    EnumEntry<CriterionState, Label>{CriterionState::settled, Label::criterion_state_settled},
    EnumEntry<CriterionState, Label>{CriterionState::not_applicable,
                                     Label::criterion_state_not_applicable},
};

template <class Row>
std::map<std::string, const Row*, std::less<>> by_code(const std::vector<Row>& rows) {
    std::map<std::string, const Row*, std::less<>> map;
    for (const Row& row : rows) {
        map.emplace(row.code, &row);
    }
    return map;
}

std::string plan_title(const Plan& plan, std::string_view code) {
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == code; });
    return found == plan.nodes.end() ? std::string() : found->title;
}

void score_unmeasured(ScoreNode& node) {
    node.now = 0;
    if (node.closed) {
        node.state = CriterionState::missed;
        node.projected = 0;
        node.now_formula = node.projected_formula = format_label(Label::formula_missed);
        return;
    }
    node.state = CriterionState::pending;
    node.now_formula = format_label(Label::formula_pending_now);
    if (node.last_year) {
        node.projected = round_points(std::min(node.max_points, *node.last_year));
        node.projected_formula =
            format_label(Label::formula_pending_last_year, {format_points(node.projected)});
        return;
    }
    node.projected = node.max_points;
    node.projected_formula =
        format_label(Label::formula_pending_max, {format_points(node.projected)});
}

void score_leaf(ScoreNode& node, const CriterionInput* input) {
    if (input != nullptr) {
        node.value_now = input->value_now;
        node.value_projected = input->value_projected;
        node.closed = input->closed;
        node.reason = input->reason;
        node.projection_note = input->projection_note;
        node.lead_units = input->lead_units;
    }
    if (node.applicable_max == 0 && node.max_points > 0) {
        node.state = CriterionState::not_applicable;
        node.now_formula = node.projected_formula = format_label(Label::formula_not_applicable);
        return;
    }
    if (node.result.final_points) {
        node.state = CriterionState::settled;
        node.now = node.projected = round_points(*node.result.final_points);
        node.now_formula = node.projected_formula =
            format_label(Label::formula_settled, {format_points(node.now)});
        return;
    }
    if (!node.value_now) {
        score_unmeasured(node);
        return;
    }
    node.state = CriterionState::scored;
    const RulePoints now = apply_rule(*node.rule, node.max_points, *node.value_now);
    node.now = now.points;
    node.now_formula = now.formula;
    const RulePoints projected =
        node.value_projected ? apply_rule(*node.rule, node.max_points, *node.value_projected) : now;
    node.projected = projected.points;
    node.projected_formula = projected.formula;
}

// "1,5 + 2 + 0,75 = 4,25"
std::string sum_formula(const std::vector<double>& parts, double total) {
    std::string text;
    for (const double part : parts) {
        text += (text.empty() ? "" : " + ") + format_points(part);
    }
    return text + " = " + format_points(total);
}

void roll_up(ScoreTree& tree, const Methodology& methodology) {
    const std::size_t count = tree.nodes.size();
    std::vector<std::vector<double>> now_parts(count);
    std::vector<std::vector<double>> projected_parts(count);
    std::vector<bool> last_year_complete(count, true);
    std::vector<double> last_year_sum(count, 0);
    for (std::size_t i = count; i-- > 0;) {
        ScoreNode& node = tree.nodes[i];
        if (!node.is_leaf) {
            node.now = round_points(node.now);
            node.projected = round_points(node.projected);
            std::reverse(now_parts[i].begin(), now_parts[i].end());
            std::reverse(projected_parts[i].begin(), projected_parts[i].end());
            node.now_formula = sum_formula(now_parts[i], node.now);
            node.projected_formula = sum_formula(projected_parts[i], node.projected);
            node.state = node.applicable_max == 0 && node.max_points > 0
                             ? CriterionState::not_applicable
                             : CriterionState::scored;
            if (!node.last_year && last_year_complete[i]) {
                node.last_year = round_points(last_year_sum[i]);
            }
        }
        const auto parent = methodology.parent_of(i);
        if (!parent) {
            continue;
        }
        ScoreNode& holder = tree.nodes[*parent];
        holder.now += node.now;
        holder.projected += node.projected;
        now_parts[*parent].push_back(node.now);
        projected_parts[*parent].push_back(node.projected);
        last_year_complete[*parent] = last_year_complete[*parent] && node.last_year.has_value();
        last_year_sum[*parent] += node.last_year.value_or(0);
    }
}

void total_up(ScoreTree& tree) {
    ScoreTotals& totals = tree.totals;
    bool last_year_complete = true;
    double last_year = 0;
    for (const ScoreNode& node : tree.nodes) {
        if (node.depth == 0) {
            totals.applicable_max += node.applicable_max;
            last_year_complete = last_year_complete && node.last_year.has_value();
            last_year += node.last_year.value_or(0);
        }
        if (!node.is_leaf) {
            continue;
        }
        const bool survey = node.part == ScorePart::survey;
        (survey ? totals.survey_max : totals.assessed_max) += node.applicable_max;
        (survey ? totals.survey_now : totals.assessed_now) += node.now;
        (survey ? totals.survey_projected : totals.assessed_projected) += node.projected;
        const bool known =
            node.state == CriterionState::scored || node.state == CriterionState::settled;
        totals.survey_known = totals.survey_known || (survey && known);
    }
    if (last_year_complete && !tree.nodes.empty() && totals.applicable_max > 0) {
        totals.last_year = round_points(k_index_scale * last_year / totals.applicable_max);
    }
    const auto index = [](double points, double max_points) {
        return max_points > 0 ? round_points(k_index_scale * points / max_points) : 0.0;
    };
    const double all_now = round_points(totals.assessed_now + totals.survey_now);
    const double all_projected = round_points(totals.assessed_projected + totals.survey_projected);
    const double all_max = round_points(totals.assessed_max + totals.survey_max);
    if (totals.survey_known) {
        totals.index_now = index(all_now, all_max);
        totals.now_formula = format_label(
            Label::formula_index,
            {format_points(all_now), format_points(all_max), format_points(totals.index_now)});
    } else {
        totals.index_now = index(totals.assessed_now, totals.assessed_max);
        totals.now_formula =
            format_label(Label::formula_index_rescaled,
                         {format_points(totals.assessed_now), format_points(totals.assessed_max),
                          format_points(totals.index_now)});
    }
    totals.index_projected = index(all_projected, all_max);
    totals.projected_formula =
        format_label(Label::formula_index, {format_points(all_projected), format_points(all_max),
                                            format_points(totals.index_projected)});
    for (double* value : {&totals.assessed_now, &totals.survey_now, &totals.assessed_projected,
                          &totals.survey_projected, &totals.assessed_max, &totals.survey_max,
                          &totals.applicable_max}) {
        *value = round_points(*value);
    }
}

}  // namespace

std::optional<double> CriterionResult::settled_points() const {
    if (final_points) {
        return final_points;
    }
    return appraised_points ? appraised_points : self_points;
}

AppraisalStage appraisal_stage(const CriterionResult& result) {
    if (result.final_points) {
        return AppraisalStage::final;
    }
    if (result.appraised_points) {
        return result.ward_explanation.empty() ? AppraisalStage::appraised
                                               : AppraisalStage::explained;
    }
    return result.self_points ? AppraisalStage::self_assessed : AppraisalStage::open;
}

std::string_view appraisal_stage_code(AppraisalStage stage) {
    return lookup(k_stage_codes, stage);
}

std::string_view criterion_state_code(CriterionState state) {
    return lookup(k_state_codes, state);
}

Label criterion_state_label(CriterionState state) {
    return lookup(k_state_labels, state);
}

const ScoreNode* ScoreTree::find(std::string_view code) const {
    const auto found = std::find_if(nodes.begin(), nodes.end(),
                                    [&](const ScoreNode& node) { return node.code == code; });
    return found == nodes.end() ? nullptr : &*found;
}

ScoreTree build_score_tree(const Methodology& methodology, const Plan& plan,
                           const std::vector<CriterionInput>& inputs,
                           const std::vector<CriterionResult>& this_year,
                           const std::vector<CriterionResult>& last_year) {
    const auto input_of = by_code(inputs);
    const auto result_of = by_code(this_year);
    const auto last_of = by_code(last_year);
    ScoreTree tree;
    tree.totals.max_points = methodology.total_points;
    std::vector<bool> not_applicable(methodology.nodes.size(), false);
    for (std::size_t i = 0; i < methodology.nodes.size(); ++i) {
        const MethodologyNode& source = methodology.nodes[i];
        const auto parent = methodology.parent_of(i);
        not_applicable[i] = source.not_applicable || (parent && not_applicable[*parent]);
        ScoreNode node;
        node.code = source.code;
        node.title = source.title.empty() ? plan_title(plan, source.code) : source.title;
        node.depth = source.depth;
        node.is_leaf = source.is_leaf();
        node.part = source.part;
        node.max_points = source.max_points;
        node.applicable_max = not_applicable[i] || !node.is_leaf ? 0 : source.max_points;
        node.rule = source.rule;
        if (const auto found = result_of.find(source.code); found != result_of.end()) {
            node.result = *found->second;
        }
        if (const auto found = last_of.find(source.code); found != last_of.end()) {
            node.last_year = found->second->settled_points();
        }
        if (node.is_leaf) {
            const auto found = input_of.find(source.code);
            score_leaf(node, found == input_of.end() ? nullptr : found->second);
        }
        tree.nodes.push_back(std::move(node));
    }
    // A group's applicable maximum is its applicable children's.
    for (std::size_t i = tree.nodes.size(); i-- > 0;) {
        if (const auto parent = methodology.parent_of(i)) {
            tree.nodes[*parent].applicable_max += tree.nodes[i].applicable_max;
        }
    }
    roll_up(tree, methodology);
    total_up(tree);
    return tree;
}

std::vector<ScoreRisk> rank_risks(const ScoreTree& tree) {
    std::vector<ScoreRisk> risks;
    for (const ScoreNode& node : tree.nodes) {
        const double gain = round_points(node.applicable_max - node.projected);
        if (node.is_leaf && node.applicable_max > 0 && gain > 0) {
            risks.push_back(ScoreRisk{&node, gain});
        }
    }
    std::stable_sort(risks.begin(), risks.end(),
                     [](const ScoreRisk& a, const ScoreRisk& b) { return a.gain > b.gain; });
    return risks;
}

}  // namespace parindex
