#pragma once
// What every register_*_commands function builds the subcommand table with: a subcommand in the
// help's subcommand group with the Vietnamese help flag, and the function run when it is chosen.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "core/labels.hpp"

namespace parindex {

inline CLI::App* add_subcommand(CLI::App& parent, const char* name, Label description) {
    CLI::App* sub = parent.add_subcommand(name, std::string(label_text(description)));
    sub->group(std::string(label_text(Label::cli_help_subcommands)));
    sub->set_help_flag("-h,--help", std::string(label_text(Label::cli_help_flag)));
    return sub;
}

// Makes `run` the command to run when `command` is chosen on the command line.
inline void on_run(CLI::App& command, std::function<int()>& chosen, std::function<int()> run) {
    command.callback([&chosen, run = std::move(run)] { chosen = run; });
}

}  // namespace parindex
