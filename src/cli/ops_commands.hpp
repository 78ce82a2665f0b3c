#pragma once
// Operating a deployment (issue 7, docs/operations.md): `parindex migrate`, `ward add|list`,
// `backup`, `restore` and `transfer`. A backup is a ward's SQLite file, openable with
// `--db FILE` like any ward, with the ward's evidence files in a folder beside it.

#include <functional>
#include <string>

#include "cli/cli_context.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace parindex {

struct OpsOptions {
    std::string ward_code;      // ward add
    std::string ward_name;      // ward add; restore --create and transfer, when registering
    std::string out;            // backup -o: the file, or with --all the folder
    bool all = false;           // backup --all
    std::string file;           // restore: the backup file
    bool replace = false;       // restore, transfer: the ward's data is replaced
    bool create = false;        // restore --create: registers the ward when missing
    std::string from;           // transfer --from: the ward's SQLite file
    std::string from_evidence;  // transfer: its evidence folder; empty: beside the file
};

// Adds migrate, ward, backup, restore and transfer to the command table.
void register_ops_commands(CLI::App& app, CliContext& context, std::function<int()>& chosen);

int run_migrate(CliContext& context);
int run_ward_add(CliContext& context, const OpsOptions& options);
int run_ward_list(CliContext& context);
int run_backup(CliContext& context, const OpsOptions& options);
int run_restore(CliContext& context, const OpsOptions& options);
int run_transfer(CliContext& context, const OpsOptions& options);

}  // namespace parindex
