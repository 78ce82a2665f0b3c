#include "cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/help_formatter.hpp"
#include "core/error_mapping.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

CLI::App* add_subcommand(CLI::App& parent, const char* name, Label description) {
    CLI::App* sub = parent.add_subcommand(name, text(description));
    sub->group(text(Label::cli_help_subcommands));
    sub->set_help_flag("-h,--help", text(Label::cli_help_flag));
    return sub;
}

struct CommandOptions {
    PlanImportOptions plan_import;
    PlanShowOptions plan_show;
    UnitsListOptions units_list;
    ServeOptions serve;
};

// The table of subcommands: each entry declares its options and what runs it.
void register_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                       std::function<int()>& chosen) {
    PlanImportOptions& plan_import = options.plan_import;
    PlanShowOptions& plan_show = options.plan_show;
    UnitsListOptions& units_list = options.units_list;
    ServeOptions& serve = options.serve;

    CLI::App* plan = add_subcommand(app, "plan", Label::cli_plan);
    plan->require_subcommand(1);

    CLI::App* import = add_subcommand(*plan, "import", Label::cli_plan_import);
    import->add_option("file", plan_import.file, text(Label::cli_plan_import_file))->required();
    import->callback([&] { chosen = [&] { return run_plan_import(context, plan_import);
};
}  // namespace
);

CLI::App* show = add_subcommand(*plan, "show", Label::cli_plan_show);
show->add_option("--year", plan_show.year, text(Label::cli_option_year))
    ->check(CLI::Range(1900, 9999));
show->add_flag("--json", plan_show.json, text(Label::cli_option_json));
show->callback([&] { chosen = [&] { return run_plan_show(context, plan_show); }; });

CLI::App* units = add_subcommand(app, "units", Label::cli_units);
units->require_subcommand(1);
CLI::App* list = add_subcommand(*units, "list", Label::cli_units_list);
list->add_flag("--json", units_list.json, text(Label::cli_option_json));
list->callback([&] { chosen = [&] { return run_units_list(context, units_list); }; });

CLI::App* server = add_subcommand(app, "serve", Label::cli_serve);
server->add_option("--address", serve.address, text(Label::cli_option_address))
    ->capture_default_str();
server->add_option("--port", serve.port, text(Label::cli_option_port))
    ->check(CLI::Range(0, 65535))
    ->capture_default_str();
server->add_option("--threads", serve.threads, text(Label::cli_option_threads))
    ->check(CLI::Range(1, 64))
    ->capture_default_str();
server->add_flag("--demo", serve.demo, text(Label::cli_option_demo));
server->callback([&] { chosen = [&] { return run_serve(context, serve); }; });
}  // namespace parindex

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CliContext context(out, err);
    CLI::App app(text(Label::cli_description), "parindex");
    localise_help(app);
    app.set_version_flag("--version", "parindex 0.1.0", text(Label::cli_version_flag));
    app.require_subcommand(1);
    context.database = default_database_path();
    app.add_option("--db", context.database,
                   format_label(Label::cli_option_db, {context.database}));
    CommandOptions options;
    std::function<int()> chosen;
    register_commands(app, context, options, chosen);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << '\n';
        return exit_ok;
    } catch (const CLI::ParseError& error) {
        err << label_text(Label::prefix_error) << ": "
            << format_label(Label::cli_usage_error, {error.what()}) << '\n';
        return exit_usage;
    }
    return chosen ? chosen() : exit_usage;
}

}  // namespace parindex
