#include "cli/province_commands.hpp"

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command_table.hpp"
#include "cli/system_clock.hpp"
#include "cli/text_table.hpp"
#include "core/decimal.hpp"
#include "core/error_mapping.hpp"
#include "core/text.hpp"
#include "domain/scoring_rule.hpp"
#include "http/province_json.hpp"
#include "importers/methodology_source.hpp"
#include "report/province_xlsx.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

Result<SystemClock> clock_of(const ProvinceOptions& options) {
    if (options.today.empty()) {
        return SystemClock();
    }
    PARINDEX_TRY_ASSIGN(day, option_date(options.today, "--today"));
    return SystemClock(day);
}

// The ranking the options ask for, as of the clock's day.
Result<std::vector<WardSummary>> ranking_of(CliContext& context, const Clock& clock,
                                            const ProvinceOptions& options) {
    PARINDEX_TRY_ASSIGN(deployment, context.deployment());
    ProvinceRollup rollup(*deployment, clock, stored_methodology_source());
    return options.by.empty() ? rollup.ranking() : rollup.ranking_by(options.by);
}

std::string optional_points(const std::optional<double>& points) {
    return points ? format_points(*points) : "";
}

// Columns as wide as their widest cell, so that any ward's name lines up.
std::vector<TextColumn> fitted_columns(std::vector<TextColumn> columns,
                                       const std::vector<std::vector<std::string>>& rows) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        columns[i].width = count_characters(columns[i].title);
        for (const std::vector<std::string>& row : rows) {
            if (i < row.size()) {
                columns[i].width = std::max(columns[i].width, count_characters(row[i]));
            }
        }
    }
    return columns;
}

// One line per ward: rank, name, the index, the tasks done and overdue, the dossiers, the
// indicator ranked by (when one is), how fresh the data is, and the ward's note.
void print_ranking(std::ostream& out, const std::vector<WardSummary>& wards,
                   const std::optional<Indicator>& by) {
    std::vector<std::vector<std::string>> rows;
    for (const WardSummary& ward : wards) {
        const bool has_tasks = ward.has_plan();
        std::vector<std::string> row = {
            ward.rank > 0 ? std::to_string(ward.rank) : "",
            ward.code,
            ward.name,
            optional_points(ward.index_now),
            optional_points(ward.index_projected),
            has_tasks ? std::to_string(ward.tasks.done) + "/" + std::to_string(ward.tasks.total)
                      : "",
            has_tasks ? std::to_string(ward.tasks.overdue) : "",
            ward.error.empty() ? format_count(ward.dossiers) : ""};
        if (by) {
            const IndicatorValue* value = ward.find_indicator(*by);
            row.push_back(value != nullptr ? format_rate(value->rate) : "");
        }
        row.push_back(ward.data_as_of ? ward.data_as_of->to_dmy() : "");
        row.push_back(ward_note(ward));
        rows.push_back(std::move(row));
    }
    std::vector<TextColumn> columns = {
        {text(Label::province_rank), 0, true},       {text(Label::word_code), 0, false},
        {text(Label::province_ward_name), 0, false}, {text(Label::word_now), 0, true},
        {text(Label::word_projected), 0, true},      {text(Label::light_done), 0, true},
        {text(Label::light_overdue), 0, true},       {text(Label::province_dossiers), 0, true}};
    if (by) {
        columns.push_back({text(Label::word_rate), 0, true});
    }
    columns.push_back({text(Label::province_data_as_of), 0, false});
    columns.push_back({text(Label::province_note), 0, false});
    if (by) {
        out << format_label(Label::cli_province_ranked_by, {text(indicator_label(*by))}) << '\n';
    }
    print_text_table(out, fitted_columns(std::move(columns), rows), rows);
}

}  // namespace

MethodologySource stored_methodology_source() {
    return [](WorkflowStore& store, const Plan& plan) -> Result<Methodology> {
        PARINDEX_TRY_ASSIGN(active, active_methodology(store, plan));
        return std::move(active.methodology);
    };
}

int run_province_ranking(CliContext& context, const ProvinceOptions& options) {
    auto clock = clock_of(options);
    if (!clock) {
        return context.report(clock.error());
    }
    auto wards = ranking_of(context, *clock, options);
    if (!wards) {
        return context.report(wards.error());
    }
    if (options.format == "json") {
        context.out() << province_ranking_json(*wards, clock->today(), options.by).dump(2) << '\n';
        return exit_ok;
    }
    print_ranking(context.out(), *wards, indicator_from_id(options.by));
    return exit_ok;
}

int run_province_report(CliContext& context, const ProvinceOptions& options) {
    auto clock = clock_of(options);
    if (!clock) {
        return context.report(clock.error());
    }
    auto wards = ranking_of(context, *clock, ProvinceOptions{});
    if (!wards) {
        return context.report(wards.error());
    }
    const std::string name = options.name.empty() ? province_name_of(*wards) : options.name;
    auto bytes = render_province_xlsx(*wards, clock->today(), name);
    if (!bytes) {
        return context.report(bytes.error());
    }
    if (auto written = write_file(options.out, *bytes); !written) {
        return context.report(written.error());
    }
    return exit_ok;
}

void register_province_commands(CLI::App& app, CliContext& context, std::function<int()>& chosen) {
    // Kept alive by the callbacks that the command table holds, as CLI11 binds the options to it.
    auto options = std::make_shared<ProvinceOptions>();
    CLI::App* province = add_subcommand(app, "province", Label::cli_province);
    province->require_subcommand(1);

    CLI::App* ranking = add_subcommand(*province, "ranking", Label::cli_province_ranking);
    ranking->add_option("--by", options->by, text(Label::cli_option_province_by));
    ranking->add_option("--format", options->format, text(Label::cli_option_output_format))
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    ranking->add_option("--today", options->today, text(Label::cli_option_today));
    on_run(*ranking, chosen,
           [&context, options] { return run_province_ranking(context, *options); });

    CLI::App* report = add_subcommand(*province, "report", Label::cli_province_report);
    report->add_option("-o,--out", options->out, text(Label::cli_option_xlsx_out))->required();
    report->add_option("--today", options->today, text(Label::cli_option_today));
    report->add_option("--name", options->name, text(Label::cli_option_province_name));
    on_run(*report, chosen, [&context, options] { return run_province_report(context, *options); });
}

}  // namespace parindex
