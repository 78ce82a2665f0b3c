#pragma once
// A table for a spreadsheet: what an action list or an indicator export puts in an XLSX file.

#include <optional>
#include <string>
#include <vector>

namespace parindex {

struct OfficeCell {
    std::string text;              // shown when there is no number
    std::optional<double> number;  // written as a number cell when set
};

struct OfficeSheet {
    std::string name;   // the worksheet tab (at most 31 characters; cut if longer)
    std::string title;  // a bold first row above the header; none when empty
    std::vector<std::string> headers;
    std::vector<std::vector<OfficeCell>> rows;
    std::vector<double> column_widths;  // in characters; default widths when empty
};

}  // namespace parindex
