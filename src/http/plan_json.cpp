#include "http/plan_json.hpp"

#include <nlohmann/json.hpp>

#include "domain/node_code.hpp"

namespace parindex {

namespace {

using nlohmann::json;

json optional_value(const auto& value) {
    return value ? json(*value) : json(nullptr);
}

json info_to_json(const PlanInfo& info) {
    return json{
        {"year", info.year},
        {"title", info.title},
        {"issuing_body", info.issuing_body},
        {"number", info.number},
        {"issued_on", info.issued_on ? json(info.issued_on->to_iso()) : json(nullptr)},
        {"place_and_date", info.place_and_date},
        {"signer_title", info.signer_title},
        {"signer_name", info.signer_name},
    };
}

json unit_to_json(const Unit& unit, const std::vector<Unit>& units) {
    json out{{"key", unit.key},
             {"name", unit.name},
             {"kind", unit_kind_code(unit.kind)},
             {"is_coordinator", unit.is_coordinator}};
    if (unit.kind == UnitKind::group) {
        out["members"] = expand_units({unit.key}, units);
    }
    return out;
}

json target_to_json(const Target& target) {
    return json{
        {"label", target.label},
        {"comparator", comparator_code(target.comparator)},
        {"value", optional_value(target.value)},
        {"unit", target.unit},
        {"reference_year", optional_value(target.reference_year)},
        {"origin", target.origin == TargetOrigin::edited ? "edited" : "extracted"},
        {"lower_is_better", is_lower_better(target)},
        {"text", describe_target(target)},
    };
}

json deadline_to_json(const PlanNode& node) {
    if (!node.deadline) {
        return nullptr;
    }
    return json{
        {"kind", deadline_kind_code(node.deadline->kind)}, {"due", node.deadline->due.to_iso()},
        {"periodic", is_periodic(node.deadline->kind)},    {"text", node.deadline_text},
        {"label", describe_deadline(*node.deadline)},
    };
}

json node_to_json(const PlanNode& node, const std::vector<Unit>& units) {
    const auto parent = parent_code(node.code);
    json out{
        {"code", node.code},
        {"kind", node_kind_code(node.kind)},
        {"parent", parent ? json(*parent) : json(nullptr)},
        {"title", node.title},
        {"source_line", node.source_line},
    };
    if (node.kind != NodeKind::task) {
        return out;
    }
    json targets = json::array();
    for (const Target& target : node.targets) {
        targets.push_back(target_to_json(target));
    }
    const std::vector<std::string> lead = expand_units(node.lead_units, units);
    out["requirement"] = node.requirement;
    out["deadline"] = deadline_to_json(node);
    out["targets"] = std::move(targets);
    out["lead_units"] = node.lead_units;
    out["coordinating_units"] = node.coordinating_units;
    out["responsible_units"] =
        json{{"lead", lead}, {"coordinating", expand_units(node.coordinating_units, units, lead)}};
    return out;
}

}  // namespace

std::string plan_to_json(const PlanView& view, JsonLayout layout) {
    const PlanCounts counts = count_nodes(view.plan);
    json units = json::array();
    for (const Unit& unit : view.units) {
        units.push_back(unit_to_json(unit, view.units));
    }
    json nodes = json::array();
    for (const PlanNode& node : view.plan.nodes) {
        nodes.push_back(node_to_json(node, view.units));
    }
    const json out{
        {"plan", info_to_json(view.plan.info)},
        {"counts", {{"areas", counts.areas}, {"groups", counts.groups}, {"tasks", counts.tasks}}},
        {"units", std::move(units)},
        {"nodes", std::move(nodes)},
    };
    return out.dump(layout == JsonLayout::indented ? 2 : -1);
}

}  // namespace parindex
