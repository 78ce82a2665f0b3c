#pragma once
// A unit (cơ quan, tổ chức, đơn vị) of the ward People's Committee, or a unit group: a phrase
// such as "Các cơ quan, tổ chức, đơn vị thuộc UBND phường" that means every unit, so a task
// assigned to it fans out to each of them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {

enum class UnitKind {
    unit,
    group,  // every unit of the ward
};

struct Unit {
    std::string key;   // fold_for_matching of the canonical name: the unit's identity
    std::string name;  // canonical spelling, NFC
    UnitKind kind = UnitKind::unit;
    bool is_coordinator = false;  // Phòng Văn hóa - Xã hội: checks, urges, aggregates, reports

    friend bool operator==(const Unit&, const Unit&) = default;
};

[[nodiscard]] std::string_view unit_kind_code(UnitKind kind);
[[nodiscard]] std::optional<UnitKind> unit_kind_from_code(std::string_view code);

// The plain units a list of assigned keys stands for, in the order of `units`: those named, and
// when a group is named every other unit except those in `except` (a task's coordinating group
// leaves out the units that lead it, which it names explicitly).
[[nodiscard]] std::vector<std::string> expand_units(const std::vector<std::string>& assigned,
                                                    const std::vector<Unit>& units,
                                                    const std::vector<std::string>& except = {});

}  // namespace parindex
