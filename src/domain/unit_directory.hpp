#pragma once
// Resolves the unit names written in a plan's cells to units. Published plans spell one unit
// several ways ("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội"; "Văn phòng HĐND&UBND",
// "Văn phòng HĐND và UBND"; "... thuộc UBND" with or without "phường"), so names are compared
// by folded key and against a table of the units every ward has, with their accepted forms.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/unit.hpp"

namespace parindex {

struct UnitMatch {
    std::string key;          // the unit's key in the directory
    std::string written_as;   // the text as the cell wrote it, whitespace collapsed
    bool is_new = false;      // not known before: added to the directory
    bool is_variant = false;  // written differently from the unit's canonical name
};

class UnitDirectory {
  public:
    // Starts from the stored units; the table of standard ward units is always known.
    explicit UnitDirectory(std::vector<Unit> stored_units);

    // The units named by one cell: one name, or several separated by ";", "+" or new lines, or by
    // commas when the parts make up known units. Empty for a blank cell or one of dashes.
    [[nodiscard]] std::vector<UnitMatch> resolve(std::string_view cell);

    // Every unit resolved so far and every stored one, in the order first seen.
    [[nodiscard]] const std::vector<Unit>& units() const { return m_units; }

  private:
    UnitMatch resolve_one(std::string_view name);
    [[nodiscard]] bool is_known(std::string_view name) const;
    [[nodiscard]] std::optional<std::vector<std::string>> split_known_list(
        std::string_view name) const;
    [[nodiscard]] const Unit* find_known(std::string_view key) const;

    std::vector<Unit> m_units;
};

}  // namespace parindex
