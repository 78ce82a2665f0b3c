#pragma once
// `parindex province ranking` and `parindex province report`: the province's roll-up of its
// wards from the command line (issue 7), on any deployment (a SQLite file is one ward).

#include <functional>
#include <string>

#include "app/province_rollup.hpp"
#include "cli/cli_context.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace parindex {

struct ProvinceOptions {
    std::string by;  // an indicator's id; empty: the projected index
    std::string format = "table";
    std::string today;  // yyyy-mm-dd; empty: the real date
    std::string out;    // report: the workbook to write
    std::string name;   // report: the province's name; empty: the one most wards report to
};

// The methodology each ward is scored with, as `parindex score` scores it: the one stored for the
// plan's year, else the shipped template. For every ProvinceRollup the command line and the
// server build.
[[nodiscard]] MethodologySource stored_methodology_source();

// Adds `province ranking` and `province report` to the command table.
void register_province_commands(CLI::App& app, CliContext& context, std::function<int()>& chosen);

int run_province_ranking(CliContext& context, const ProvinceOptions& options);
int run_province_report(CliContext& context, const ProvinceOptions& options);

}  // namespace parindex
