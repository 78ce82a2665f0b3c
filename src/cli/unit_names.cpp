#include "cli/unit_names.hpp"

#include <algorithm>

#include "core/labels.hpp"

namespace parindex {

std::string unit_names(const std::vector<std::string>& keys, const std::vector<Unit>& units) {
    std::string out;
    for (const std::string& key : keys) {
        if (!out.empty()) {
            out += "; ";
        }
        const auto unit =
            std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.key == key; });
        if (unit == units.end()) {
            out += key;
            continue;
        }
        out += unit->name;
        if (unit->kind == UnitKind::group) {
            const std::size_t members = expand_units({key}, units).size();
            out += " (" + format_label(Label::word_units_count, {std::to_string(members)}) + ")";
        }
    }
    return out;
}

}  // namespace parindex
