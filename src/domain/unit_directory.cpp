#include "domain/unit_directory.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "core/text.hpp"

namespace parindex {

namespace {

// The units every ward People's Committee has since the 2025 two-tier reform, and the unit
// groups plans use, with the folded forms plans write them in. A form ending in '*' matches
// any name that starts with it. A trailing "phuong" is dropped before matching.
struct StandardUnit {
    std::string_view name;
    UnitKind kind;
    bool is_coordinator;
    std::array<std::string_view, 4> forms;
};

constexpr std::array k_standard_units = {
    StandardUnit{"Văn phòng HĐND và UBND",
                 UnitKind::unit,
                 false,
                 {"van phong hdnd va ubnd", "van phong hoi dong nhan dan va uy ban nhan dan",
                  "van phong hdnd ubnd", ""}},
    StandardUnit{"Phòng Kinh tế, Hạ tầng và Đô thị",
                 UnitKind::unit,
                 false,
                 {"phong kinh te ha tang va do thi", "phong kinh te ha tang do thi", "", ""}},
    StandardUnit{"Phòng Văn hóa - Xã hội",
                 UnitKind::unit,
                 true,
                 {"phong van hoa xa hoi", "phong vh xh", "phong vhxh", ""}},
    StandardUnit{"Trung tâm Phục vụ hành chính công",
                 UnitKind::unit,
                 false,
                 {"trung tam phuc vu hanh chinh cong", "trung tam phuc vu hcc", "ttpvhcc",
                  "tt phuc vu hanh chinh cong"}},
    StandardUnit{
        "Các cơ quan, tổ chức, đơn vị thuộc UBND phường",
        UnitKind::group,
        false,
        {"cac co quan to chuc don vi thuoc ubnd", "cac co quan don vi thuoc ubnd",
         "cac co quan to chuc don vi thuoc uy ban nhan dan", "cac co quan to chuc don vi"}},
    StandardUnit{"Các cơ quan, đơn vị được giao nhiệm vụ tại Kế hoạch cải cách hành chính",
                 UnitKind::group,
                 false,
                 {"cac co quan don vi duoc giao nhiem vu*",
                  "cac co quan to chuc don vi duoc giao nhiem vu*", "", ""}},
};

std::string drop_trailing_ward_word(std::string key) {
    constexpr std::string_view k_ward = " phuong";
    if (key.ends_with(k_ward)) {
        key.resize(key.size() - k_ward.size());
    }
    return key;
}

bool matches_form(std::string_view key, std::string_view form) {
    if (form.empty()) {
        return false;
    }
    if (form.back() == '*') {
        return key.starts_with(form.substr(0, form.size() - 1));
    }
    return key == form;
}

const StandardUnit* find_standard(std::string_view folded) {
    const std::string key = drop_trailing_ward_word(std::string(folded));
    for (const StandardUnit& standard : k_standard_units) {
        const bool is_match =
            std::any_of(standard.forms.begin(), standard.forms.end(),
                        [&](std::string_view form) { return matches_form(key, form); });
        if (is_match) {
            return &standard;
        }
    }
    return nullptr;
}

Unit to_unit(const StandardUnit& standard) {
    return Unit{fold_for_matching(standard.name), std::string(standard.name), standard.kind,
                standard.is_coordinator};
}

std::vector<std::string> split_on_any(std::string_view text, std::string_view separators) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find_first_of(separators, start), text.size());
        std::string part = collapse_whitespace(text.substr(start, end - start));
        if (!part.empty()) {
            parts.push_back(std::move(part));
        }
        start = end + 1;
    }
    return parts;
}

}  // namespace

UnitDirectory::UnitDirectory(std::vector<Unit> stored_units) : m_units(std::move(stored_units)) {}

const Unit* UnitDirectory::find_known(std::string_view key) const {
    const auto found = std::find_if(m_units.begin(), m_units.end(),
                                    [&](const Unit& unit) { return unit.key == key; });
    return found == m_units.end() ? nullptr : &*found;
}

UnitMatch UnitDirectory::resolve_one(std::string_view name) {
    const std::string written = to_nfc(name);
    std::string key = fold_for_matching(written);
    if (const StandardUnit* standard = find_standard(key)) {
        key = fold_for_matching(standard->name);
        if (find_known(key) == nullptr) {
            m_units.push_back(to_unit(*standard));
        }
    }
    if (const Unit* known = find_known(key)) {
        return UnitMatch{known->key, written, false, known->name != written};
    }
    m_units.push_back(Unit{key, written, UnitKind::unit, false});
    return UnitMatch{key, written, true, false};
}

bool UnitDirectory::is_known(std::string_view name) const {
    const std::string key = fold_for_matching(name);
    return find_standard(key) != nullptr || find_known(key) != nullptr;
}

// "A, B, C" names several units when its comma-separated parts can be grouped, from the left and
// longest first, into known names ("Phòng Văn hóa - Xã hội, Phòng Kinh tế, Hạ tầng và Đô thị" is
// two units); nothing when they cannot.
std::optional<std::vector<std::string>> UnitDirectory::split_known_list(
    std::string_view name) const {
    const std::vector<std::string> parts = split_on_any(name, ",");
    std::vector<std::string> names;
    std::size_t first = 0;
    while (first < parts.size()) {
        std::size_t last = parts.size();
        for (; last > first; --last) {
            std::string candidate = parts[first];
            for (std::size_t i = first + 1; i < last; ++i) {
                candidate += ", " + parts[i];
            }
            if (is_known(candidate)) {
                names.push_back(std::move(candidate));
                break;
            }
        }
        if (last == first) {
            return std::nullopt;
        }
        first = last;
    }
    return names;
}

std::vector<UnitMatch> UnitDirectory::resolve(std::string_view cell) {
    std::vector<UnitMatch> matches;
    for (const std::string& name : split_on_any(cell, ";+\n")) {
        if (fold_for_matching(name).empty()) {
            continue;  // a dash or dots standing for "none"
        }
        const auto known_list = split_known_list(name);
        if (!known_list || known_list->size() < 2) {
            matches.push_back(resolve_one(name));
            continue;
        }
        for (const std::string& part : *known_list) {
            matches.push_back(resolve_one(part));
        }
    }
    return matches;
}

}  // namespace parindex
