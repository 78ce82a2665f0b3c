#pragma once
// Makes CLI11's --help read Vietnamese: headings and type names from the labels table, and
// columns aligned by letters rather than bytes (CLI11 pads by bytes, which skews every line
// holding a Vietnamese letter).

namespace CLI {
class App;
}

namespace parindex {

void localise_help(CLI::App& app);

}  // namespace parindex
