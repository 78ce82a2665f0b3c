#pragma once
// The subcommands, each a plain function over its options; commands.cpp is the table that
// wires them to the command line.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

struct DossierImportOptions {
    std::string file;
    std::string format;   // csv, xlsx or jsonl; empty: from the file's extension
    bool strict = false;  // the first bad row rejects the file
    std::string rejects;  // where bad rows go; empty: FILE.rejects.csv
};

struct CalendarImportOptions {
    std::string file;
};

struct KpiOptions {
    std::string from;
    std::string to;
    std::string by;  // ward, unit, procedure, field, month
    std::string format = "table";
    std::string unit;
    std::string procedure;
};

struct GenDossiersOptions {
    std::size_t count = 1000;
    std::uint64_t seed = 1;
    int year = 2025;
    std::string out;        // empty: standard output
    std::string catalogue;  // where to write the procedure catalogue; empty: not written
};

struct ScoreOptions {
    std::string today;  // yyyy-mm-dd; empty: the real date
    std::string format = "table";
    std::vector<std::string> assume;  // CODE=VALUE
    std::size_t limit = 20;
    std::string out;  // accountability: the workbook to write
};

struct ScoreFileOptions {
    std::string file;  // methodology export: empty for standard output
    std::optional<int> year;
};

struct ReportOptions {
    std::string period;  // "2025-Q3"
    std::string format = "docx";
    std::string out;
    std::string today;  // yyyy-mm-dd; empty: the real date
};

struct PlanExportOptions {
    std::string format = "docx";
    std::string out;
    std::optional<int> year;
};

struct DocumentSettingsOptions {
    std::vector<std::string> set;  // FIELD=VALUE
    std::vector<std::string> recipients;
};

int run_plan_import(CliContext& context, const PlanImportOptions& options);
int run_plan_show(CliContext& context, const PlanShowOptions& options);
int run_units_list(CliContext& context, const UnitsListOptions& options);
int run_serve(CliContext& context, const ServeOptions& options);
int run_user_add(CliContext& context, const UserAddOptions& options);
int run_user_passwd(CliContext& context, const UserPasswdOptions& options);
int run_user_list(CliContext& context);
int run_dossiers_import(CliContext& context, const DossierImportOptions& options);
int run_procedures_import(CliContext& context, const DossierImportOptions& options);
int run_calendar_import(CliContext& context, const CalendarImportOptions& options);
int run_calendar_show(CliContext& context);
int run_kpi(CliContext& context, const KpiOptions& options);
int run_scores(CliContext& context, const KpiOptions& options);
int run_gen_dossiers(CliContext& context, const GenDossiersOptions& options);

// Parses the command line and runs the chosen subcommand; returns the exit code.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

int run_score(CliContext& context, const ScoreOptions& options);
int run_risks(CliContext& context, const ScoreOptions& options);
int run_accountability(CliContext& context, const ScoreOptions& options);
int run_methodology_import(CliContext& context, const ScoreFileOptions& options);
int run_methodology_export(CliContext& context, const ScoreFileOptions& options);
int run_results_import(CliContext& context, const ScoreFileOptions& options);
int run_report(CliContext& context, const ReportOptions& options);
int run_plan_export(CliContext& context, const PlanExportOptions& options);
int run_document_settings(CliContext& context, const DocumentSettingsOptions& options);

}  // namespace parindex
