#include <nlohmann/json.hpp>
#include <ostream>

#include "app/load_plan.hpp"
#include "cli/commands.hpp"
#include "core/error_mapping.hpp"

namespace parindex {

namespace {

struct UnitLoad {
    int leads = 0;
    int coordinates = 0;
};

// How many tasks of the plan each plain unit leads and supports, groups fanned out.
UnitLoad count_load(const Unit& unit, const PlanView& view) {
    UnitLoad load;
    for (const PlanNode& node : view.plan.nodes) {
        const std::vector<std::string> leads = expand_units(node.lead_units, view.units);
        const std::vector<std::string> supports =
            expand_units(node.coordinating_units, view.units, leads);
        load.leads += static_cast<int>(std::count(leads.begin(), leads.end(), unit.key));
        load.coordinates +=
            static_cast<int>(std::count(supports.begin(), supports.end(), unit.key));
    }
    return load;
}

void print_json(std::ostream& out, const PlanView& view) {
    nlohmann::json units = nlohmann::json::array();
    for (const Unit& unit : view.units) {
        nlohmann::json entry{{"key", unit.key},
                             {"name", unit.name},
                             {"kind", unit_kind_code(unit.kind)},
                             {"is_coordinator", unit.is_coordinator}};
        if (unit.kind == UnitKind::unit) {
            const UnitLoad load = count_load(unit, view);
            entry["tasks_led"] = load.leads;
            entry["tasks_supported"] = load.coordinates;
        } else {
            entry["members"] = expand_units({unit.key}, view.units);
        }
        units.push_back(std::move(entry));
    }
    out << nlohmann::json{{"year", view.plan.info.year}, {"units", std::move(units)}}.dump(2)
        << '\n';
}

void print_text(std::ostream& out, const PlanView& view) {
    out << label_text(Label::units_heading) << '\n';
    for (const Unit& unit : view.units) {
        out << "- " << unit.name;
        if (unit.kind == UnitKind::group) {
            out << " [" << label_text(Label::word_unit_group) << "]: "
                << format_label(Label::units_group_members,
                                {std::to_string(expand_units({unit.key}, view.units).size())})
                << '\n';
            continue;
        }
        if (unit.is_coordinator) {
            out << " (" << label_text(Label::word_coordinator) << ")";
        }
        const UnitLoad load = count_load(unit, view);
        out << ": "
            << format_label(Label::units_row,
                            {std::to_string(load.leads), std::to_string(load.coordinates)})
            << '\n';
    }
}

}  // namespace

int run_units_list(CliContext& context, const UnitsListOptions& options) {
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    auto view = load_plan(**store, std::nullopt);
    if (!view) {
        return context.report(view.error());
    }
    if (options.json) {
        print_json(context.out(), *view);
    } else {
        print_text(context.out(), *view);
    }
    return exit_ok;
}

}  // namespace parindex
