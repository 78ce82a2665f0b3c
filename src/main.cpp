// The composition root: everything is wired in the CLI's table of subcommands.
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    return parindex::run_cli(argc, argv, std::cout, std::cerr);
}
