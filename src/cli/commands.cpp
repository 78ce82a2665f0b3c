#include "cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/command_table.hpp"
#include "cli/help_formatter.hpp"
#include "cli/ops_commands.hpp"
#include "cli/province_commands.hpp"
#include "core/error_mapping.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

struct CommandOptions {
    PlanImportOptions plan_import;
    PlanShowOptions plan_show;
    UnitsListOptions units_list;
    ServeOptions serve;
    UserAddOptions user_add;
    UserPasswdOptions user_passwd;
    DossierImportOptions dossier_import;
    DossierImportOptions procedure_import;
    CalendarImportOptions calendar_import;
    KpiOptions kpi;
    GenDossiersOptions gen_dossiers;
    ScoreOptions score;
    ScoreFileOptions methodology_import;
    ScoreFileOptions methodology_export;
    ScoreFileOptions results_import;
    ReportOptions report;
    PlanExportOptions plan_export;
    DocumentSettingsOptions document_settings;
};

void add_import_options(CLI::App& command, DossierImportOptions& options) {
    command.add_option("file", options.file, text(Label::cli_option_file))->required();
    command.add_option("--format", options.format, text(Label::cli_option_format))
        ->check(CLI::IsMember({"csv", "xlsx", "jsonl"}));
    command.add_flag("--strict", options.strict, text(Label::cli_option_strict));
}

void register_dossier_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                               std::function<int()>& chosen) {
    CLI::App* dossiers = add_subcommand(app, "dossiers", Label::cli_dossiers);
    dossiers->require_subcommand(1);
    CLI::App* import = add_subcommand(*dossiers, "import", Label::cli_dossiers_import);
    add_import_options(*import, options.dossier_import);
    import->add_option("--rejects", options.dossier_import.rejects,
                       text(Label::cli_option_rejects));
    on_run(*import, chosen, [&] { return run_dossiers_import(context, options.dossier_import); });

    CLI::App* procedures = add_subcommand(app, "procedures", Label::cli_procedures);
    procedures->require_subcommand(1);
    CLI::App* catalogue = add_subcommand(*procedures, "import", Label::cli_procedures_import);
    add_import_options(*catalogue, options.procedure_import);
    catalogue->add_option("--rejects", options.procedure_import.rejects,
                          text(Label::cli_option_rejects));
    on_run(*catalogue, chosen,
           [&] { return run_procedures_import(context, options.procedure_import); });

    CLI::App* calendar = add_subcommand(app, "calendar", Label::cli_calendar);
    calendar->require_subcommand(1);
    CLI::App* replace = add_subcommand(*calendar, "import", Label::cli_calendar_import);
    replace->add_option("file", options.calendar_import.file, text(Label::cli_option_file))
        ->required();
    on_run(*replace, chosen, [&] { return run_calendar_import(context, options.calendar_import); });
    CLI::App* show = add_subcommand(*calendar, "show", Label::cli_calendar_show);
    on_run(*show, chosen, [&] { return run_calendar_show(context); });

    KpiOptions& kpi = options.kpi;
    CLI::App* indicators = add_subcommand(app, "kpi", Label::cli_kpi);
    indicators->add_option("--from", kpi.from, text(Label::cli_option_from))->required();
    indicators->add_option("--to", kpi.to, text(Label::cli_option_to))->required();
    indicators->add_option("--by", kpi.by, text(Label::cli_option_by))
        ->check(CLI::IsMember({"ward", "unit", "procedure", "field", "month"}));
    indicators->add_option("--format", kpi.format, text(Label::cli_option_output_format))
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    indicators->add_option("--unit", kpi.unit, text(Label::cli_option_dossier_unit));
    indicators->add_option("--procedure", kpi.procedure, text(Label::cli_option_procedure));
    on_run(*indicators, chosen, [&] { return run_kpi(context, options.kpi); });

    CLI::App* scores = add_subcommand(app, "scores", Label::cli_scores);
    scores->add_option("--from", kpi.from, text(Label::cli_option_from))->required();
    scores->add_option("--to", kpi.to, text(Label::cli_option_to))->required();
    scores->add_option("--unit", kpi.unit, text(Label::cli_option_dossier_unit));
    scores->add_option("--procedure", kpi.procedure, text(Label::cli_option_procedure));
    on_run(*scores, chosen, [&] { return run_scores(context, options.kpi); });

    GenDossiersOptions& gen = options.gen_dossiers;
    CLI::App* generate = add_subcommand(app, "gen", Label::cli_gen);
    generate->require_subcommand(1);
    CLI::App* synthetic = add_subcommand(*generate, "dossiers", Label::cli_gen_dossiers);
    synthetic->add_option("--count", gen.count, text(Label::cli_option_count))
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000000}))
        ->capture_default_str();
    synthetic->add_option("--seed", gen.seed, text(Label::cli_option_seed))->capture_default_str();
    synthetic->add_option("--year", gen.year, text(Label::cli_option_year))
        ->check(CLI::Range(2000, 2100))
        ->capture_default_str();
    synthetic->add_option("--out", gen.out, text(Label::cli_option_out));
    synthetic->add_option("--catalogue", gen.catalogue, text(Label::cli_option_catalogue));
    on_run(*synthetic, chosen, [&] { return run_gen_dossiers(context, options.gen_dossiers); });
}

void add_score_options(CLI::App& command, ScoreOptions& options) {
    command.add_option("--today", options.today, text(Label::cli_option_today));
    command.add_option("--format", options.format, text(Label::cli_option_output_format))
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
}

void register_score_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                             std::function<int()>& chosen) {
    ScoreOptions& score = options.score;
    CLI::App* show = add_subcommand(app, "score", Label::cli_score);
    add_score_options(*show, score);
    show->add_option("--assume", score.assume, text(Label::cli_option_assume));
    on_run(*show, chosen, [&] { return run_score(context, options.score); });

    CLI::App* risks = add_subcommand(app, "risks", Label::cli_risks);
    add_score_options(*risks, score);
    risks->add_option("--limit", score.limit, text(Label::cli_option_limit))->capture_default_str();
    on_run(*risks, chosen, [&] { return run_risks(context, options.score); });

    CLI::App* units = add_subcommand(app, "accountability", Label::cli_accountability);
    units->add_option("--today", score.today, text(Label::cli_option_today));
    units->add_option("-o,--out", score.out, text(Label::cli_option_xlsx_out))->required();
    on_run(*units, chosen, [&] { return run_accountability(context, options.score); });

    CLI::App* methodology = add_subcommand(app, "methodology", Label::cli_methodology);
    methodology->require_subcommand(1);
    CLI::App* load = add_subcommand(*methodology, "import", Label::cli_methodology_import);
    load->add_option("file", options.methodology_import.file, text(Label::cli_option_file))
        ->required();
    on_run(*load, chosen,
           [&] { return run_methodology_import(context, options.methodology_import); });
    CLI::App* save = add_subcommand(*methodology, "export", Label::cli_methodology_export);
    save->add_option("-o,--out", options.methodology_export.file, text(Label::cli_option_out));
    on_run(*save, chosen,
           [&] { return run_methodology_export(context, options.methodology_export); });

    CLI::App* results = add_subcommand(app, "results", Label::cli_results);
    results->require_subcommand(1);
    CLI::App* sheet = add_subcommand(*results, "import", Label::cli_results_import);
    sheet->add_option("file", options.results_import.file, text(Label::cli_option_file))
        ->required();
    sheet->add_option("--year", options.results_import.year, text(Label::cli_option_results_year))
        ->check(CLI::Range(1900, 9999));
    on_run(*sheet, chosen, [&] { return run_results_import(context, options.results_import); });
}

void register_plan_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                            std::function<int()>& chosen) {
    CLI::App* plan = add_subcommand(app, "plan", Label::cli_plan);
    plan->require_subcommand(1);

    CLI::App* import = add_subcommand(*plan, "import", Label::cli_plan_import);
    import->add_option("file", options.plan_import.file, text(Label::cli_plan_import_file))
        ->required();
    on_run(*import, chosen, [&] { return run_plan_import(context, options.plan_import); });

    CLI::App* save = add_subcommand(*plan, "export", Label::cli_plan_export);
    save->add_option("--format", options.plan_export.format,
                     text(Label::cli_option_document_format))
        ->check(CLI::IsMember({"docx", "pdf", "xlsx"}))
        ->capture_default_str();
    save->add_option("-o,--out", options.plan_export.out, text(Label::cli_option_document_out))
        ->required();
    save->add_option("--year", options.plan_export.year, text(Label::cli_option_year))
        ->check(CLI::Range(1900, 9999));
    on_run(*save, chosen, [&] { return run_plan_export(context, options.plan_export); });

    CLI::App* show = add_subcommand(*plan, "show", Label::cli_plan_show);
    show->add_option("--year", options.plan_show.year, text(Label::cli_option_year))
        ->check(CLI::Range(1900, 9999));
    show->add_flag("--json", options.plan_show.json, text(Label::cli_option_json));
    on_run(*show, chosen, [&] { return run_plan_show(context, options.plan_show); });

    CLI::App* units = add_subcommand(app, "units", Label::cli_units);
    units->require_subcommand(1);
    CLI::App* list = add_subcommand(*units, "list", Label::cli_units_list);
    list->add_flag("--json", options.units_list.json, text(Label::cli_option_json));
    on_run(*list, chosen, [&] { return run_units_list(context, options.units_list); });
}

void register_document_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                                std::function<int()>& chosen) {
    ReportOptions& report = options.report;
    CLI::App* periodic = add_subcommand(app, "report", Label::cli_report);
    periodic->add_option("--period", report.period, text(Label::cli_option_period))->required();
    periodic->add_option("--format", report.format, text(Label::cli_option_document_format))
        ->check(CLI::IsMember({"docx", "pdf", "xlsx"}))
        ->capture_default_str();
    periodic->add_option("-o,--out", report.out, text(Label::cli_option_document_out))->required();
    periodic->add_option("--today", report.today, text(Label::cli_option_today));
    on_run(*periodic, chosen, [&] { return run_report(context, options.report); });

    DocumentSettingsOptions& settings = options.document_settings;
    CLI::App* setup = add_subcommand(app, "document-settings", Label::cli_document_settings);
    setup->add_option("--set", settings.set, text(Label::cli_option_setting));
    setup->add_option("--recipient", settings.recipients, text(Label::cli_option_recipient));
    on_run(*setup, chosen,
           [&] { return run_document_settings(context, options.document_settings); });
}

void register_serve_command(CLI::App& app, CliContext& context, CommandOptions& options,
                            std::function<int()>& chosen) {
    ServeOptions& serve = options.serve;
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
    server->add_option("--today", serve.today, text(Label::cli_option_today));
    server->add_option("--web-root", serve.web_root, text(Label::cli_option_web_root));
    on_run(*server, chosen, [&] { return run_serve(context, options.serve); });
}

void register_user_commands(CLI::App& app, CliContext& context, CommandOptions& options,
                            std::function<int()>& chosen) {
    CLI::App* user = add_subcommand(app, "user", Label::cli_user);
    user->require_subcommand(1);

    UserAddOptions& added = options.user_add;
    CLI::App* add = add_subcommand(*user, "add", Label::cli_user_add);
    add->add_option("username", added.username, text(Label::word_username))->required();
    add->add_option("--name", added.display_name, text(Label::word_display_name))->required();
    add->add_option("--role", added.role, text(Label::cli_option_role))->required();
    add->add_option("--unit", added.unit_key, text(Label::cli_option_unit));
    add->add_option("--password", added.password, text(Label::cli_option_password));
    on_run(*add, chosen, [&] { return run_user_add(context, options.user_add); });

    CLI::App* passwd = add_subcommand(*user, "passwd", Label::cli_user_passwd);
    passwd->add_option("username", options.user_passwd.username, text(Label::word_username))
        ->required();
    passwd->add_option("--password", options.user_passwd.password,
                       text(Label::cli_option_password));
    on_run(*passwd, chosen, [&] { return run_user_passwd(context, options.user_passwd); });

    CLI::App* list = add_subcommand(*user, "list", Label::cli_user_list);
    on_run(*list, chosen, [&] { return run_user_list(context); });
}

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
    app.add_option("--ward", context.ward, text(Label::cli_option_ward));
    app.add_option("--evidence-dir", context.evidence, text(Label::cli_option_evidence_dir));
    CommandOptions options;
    std::function<int()> chosen;
    // The table of subcommands, by subject.
    register_plan_commands(app, context, options, chosen);
    register_serve_command(app, context, options, chosen);
    register_user_commands(app, context, options, chosen);
    register_dossier_commands(app, context, options, chosen);
    register_score_commands(app, context, options, chosen);
    register_document_commands(app, context, options, chosen);
    register_province_commands(app, context, chosen);
    register_ops_commands(app, context, chosen);
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
