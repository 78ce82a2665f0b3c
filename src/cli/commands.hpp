#pragma once
// The subcommands, each a plain function over its options; commands.cpp is the table that
// wires them to the command line.

#include <optional>
#include <string>

#include "cli/cli_context.hpp"

namespace parindex {

struct PlanImportOptions {
    std::string file;
};

struct PlanShowOptions {
    std::optional<int> year;
    bool json = false;
};

struct UnitsListOptions {
    bool json = false;
};

struct ServeOptions {
    std::string address = "127.0.0.1";
    int port = 8080;
    int threads = 2;
    bool demo = false;
    std::string today;     // yyyy-mm-dd; empty: the real date
    std::string web_root;  // the built web application (web/dist); empty: API only
};

struct UserAddOptions {
    std::string username;
    std::string display_name;
    std::string role;
    std::string unit_key;
    std::string password;  // empty: read from standard input
};

struct UserPasswdOptions {
    std::string username;
    std::string password;
};

int run_plan_import(CliContext& context, const PlanImportOptions& options);
int run_plan_show(CliContext& context, const PlanShowOptions& options);
int run_units_list(CliContext& context, const UnitsListOptions& options);
int run_serve(CliContext& context, const ServeOptions& options);
int run_user_add(CliContext& context, const UserAddOptions& options);
int run_user_passwd(CliContext& context, const UserPasswdOptions& options);
int run_user_list(CliContext& context);

// Parses the command line and runs the chosen subcommand; returns the exit code.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace parindex
