#pragma once
// A table for a terminal: columns padded to a width counted in characters (NFC Vietnamese has
// one code point per letter), text left-aligned, numbers right-aligned.

#include <ostream>
#include <string>
#include <vector>

namespace parindex {

struct TextColumn {
    std::string title;
    std::size_t width = 0;
    bool right_aligned = false;
};

// The header, then each row; a row may have fewer cells than columns (the rest stay empty).
void print_text_table(std::ostream& out, const std::vector<TextColumn>& columns,
                      const std::vector<std::vector<std::string>>& rows);

}  // namespace parindex
