#pragma once
// The accountability workbook (issue: heads of units answer for the criteria they lead): the
// units ranked by their projected share of the points they lead, and each unit's criteria, as
// input to the year-end staff evaluation and the emulation review. Numbers are number cells.

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/accountability.hpp"

namespace parindex {

struct AccountabilityBook {
    int year = 0;
    std::string as_of;  // dd/mm/yyyy
    const ScoreTree* tree = nullptr;
    const std::vector<UnitAccount>* units = nullptr;
    std::function<std::string(std::string_view)> unit_name;
    const std::map<std::string, std::string, std::less<>>* heads = nullptr;
};

[[nodiscard]] Result<std::string> write_accountability_xlsx(const AccountabilityBook& book);

}  // namespace parindex
