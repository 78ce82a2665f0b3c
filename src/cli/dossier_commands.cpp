#include <unistd.h>

#include <array>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "app/dossier_cache.hpp"
#include "app/dossier_import.hpp"
#include "app/dossier_reports.hpp"
#include "app/load_plan.hpp"
#include "cli/commands.hpp"
#include "cli/system_clock.hpp"
#include "cli/text_table.hpp"
#include "core/csv_text.hpp"
#include "core/decimal.hpp"
#include "core/error_mapping.hpp"
#include "importers/dossier_file_reader.hpp"
#include "importers/score_rules_reader.hpp"
#include "importers/shipped_calendar.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_errors_shown = 10;

// "\rĐang đọc tệp: 45%" on a terminal, redrawn at most every tenth of a second.
class ProgressBar {
  public:
    explicit ProgressBar(std::ostream& err) : m_err(err), m_enabled(isatty(STDERR_FILENO) != 0) {}

    void update(std::size_t done, std::size_t total) {
        constexpr auto k_interval = std::chrono::milliseconds(100);
        const auto now = std::chrono::steady_clock::now();
        if (!m_enabled || now - m_last < k_interval) {
            return;
        }
        m_last = now;
        constexpr std::size_t k_percent = 100;
        const std::string amount =
            total == 0 ? std::to_string(done) : std::to_string(done * k_percent / total) + "%";
        m_err << '\r' << format_label(Label::progress_reading, {amount}) << std::flush;
        m_shown = true;
    }

    void finish() {
        if (m_shown) {
            m_err << '\r' << std::string(40, ' ') << '\r' << std::flush;
        }
    }

  private:
    std::ostream& m_err;
    bool m_enabled;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_last;
};

Result<TableFormat> format_for(const std::string& file, const std::string& code) {
    const auto format = code.empty() ? table_format_of(file) : table_format_from_code(code);
    if (!format) {
        return fail(ErrorCode::invalid_input, Label::error_table_format, {file});
    }
    return *format;
}

Result<void> write_rejects(const std::string& path, const std::vector<RejectedRow>& rows) {
    std::ofstream out(path, std::ios::binary);
    if (!out) {
        return fail(ErrorCode::io, Label::error_file_unwritable, {path});
    }
    out << "\xEF\xBB\xBF" << label_text(Label::rejects_header) << '\n';
    for (const RejectedRow& row : rows) {
        out << row.line << ',' << csv_field(row.column) << ',' << csv_field(row.message) << ','
            << csv_field(row.raw) << '\n';
    }
    return out ? Result<void>{} : fail(ErrorCode::io, Label::error_file_unwritable, {path});
}

void print_summary(CliContext& context, const std::string& file, const ImportSummary& summary,
                   const std::string& rejects_path) {
    for (const Diagnostic& warning : summary.warnings) {
        context.warn(warning);
    }
    for (std::size_t i = 0; i < summary.rejected.size() && i < k_errors_shown; ++i) {
        const RejectedRow& row = summary.rejected[i];
        context.err() << label_text(Label::prefix_error) << ": "
                      << format_label(Label::location_line, {std::to_string(row.line)}) << ": "
                      << row.message << '\n';
    }
    context.out() << format_label(
                         Label::dossier_import_done,
                         {file, std::to_string(summary.rows_read), std::to_string(summary.inserted),
                          std::to_string(summary.updated), std::to_string(summary.rejected.size())})
                  << '\n';
    if (!summary.rejected.empty()) {
        context.out() << format_label(Label::dossier_rejects_written, {rejects_path}) << '\n';
    }
}

template <class Record>
int run_import(CliContext& context, const DossierImportOptions& options,
               Result<std::vector<Diagnostic>> (*read)(const ReadOptions&,
                                                       const RowVisitor<Record>&),
               Result<ImportSummary> (*import)(WorkflowStore&, const Clock&, const ImportRequest&,
                                               const RowSource<Record>&)) {
    auto format = format_for(options.file, options.format);
    if (!format) {
        return context.report(format.error());
    }
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    if (auto calendar = ensure_default_calendar(**store); !calendar) {
        return context.report(calendar.error());
    }
    ProgressBar progress(context.err());
    const ReadOptions read_options{
        options.file,
        *format,
        [&](std::size_t done, std::size_t total) { progress.update(done, total); },
        {}};
    const SystemClock clock;
    auto summary =
        import(**store, clock, ImportRequest{options.file, options.strict, {}},
               [&](const SourceRowVisitor<Record>& visit) { return read(read_options, visit); });
    progress.finish();
    if (!summary) {
        return context.report(summary.error());
    }
    const std::string rejects =
        options.rejects.empty() ? options.file + ".rejects.csv" : options.rejects;
    if (!summary->rejected.empty()) {
        if (auto written = write_rejects(rejects, summary->rejected); !written) {
            return context.report(written.error());
        }
    } else if (options.rejects.empty()) {
        // An earlier run's rejects would read as this file's: the default one goes.
        std::error_code ignored;
        std::filesystem::remove(rejects, ignored);
    }
    print_summary(context, options.file, *summary, rejects);
    return summary->rejected.empty() ? exit_ok : exit_code(ErrorCode::invalid_input);
}

// A group column, the indicator's name, then three right-aligned figures.
std::vector<TextColumn> report_columns(std::size_t group_width,
                                       const std::array<Label, 3>& figures) {
    constexpr std::size_t k_indicator_width = 46;
    constexpr std::size_t k_figure_width = 8;
    std::vector<TextColumn> columns{
        {std::string(label_text(Label::word_group)), group_width, false},
        {std::string(label_text(Label::word_indicator)), k_indicator_width, false}};
    for (const Label figure : figures) {
        columns.push_back({std::string(label_text(figure)), k_figure_width, true});
    }
    return columns;
}

std::string group_title(const IndicatorRow& row) {
    if (row.key.empty()) {
        return std::string(label_text(Label::word_ward));
    }
    return row.name.empty() ? row.key : row.key + " " + row.name;
}

// Points with up to two decimals, Vietnamese style: "18,75".
std::string format_points(double points) {
    constexpr double k_hundredths = 100.0;
    return format_decimal(std::round(points * k_hundredths) / k_hundredths);
}

nlohmann::json rate_json(const Rate& rate) {
    const auto percent = rate.percent();
    return percent ? nlohmann::json(*percent) : nlohmann::json(nullptr);
}

void print_kpi_table(std::ostream& out, const std::vector<IndicatorRow>& rows) {
    constexpr std::size_t k_group_width = 26;
    std::vector<std::vector<std::string>> cells;
    for (const IndicatorRow& row : rows) {
        std::string group = group_title(row);
        cells.push_back({group.size() > k_group_width ? row.key : group,
                         std::string(label_text(indicator_label(row.indicator))),
                         std::to_string(row.rate.numerator), std::to_string(row.rate.denominator),
                         format_rate(row.rate)});
    }
    print_text_table(out,
                     report_columns(k_group_width, {Label::word_numerator, Label::word_denominator,
                                                    Label::word_rate}),
                     cells);
}

void print_kpi_json(std::ostream& out, const std::vector<IndicatorRow>& rows, Grouping by) {
    nlohmann::json list = nlohmann::json::array();
    for (const IndicatorRow& row : rows) {
        list.push_back({{"by", grouping_code(by)},
                        {"group", row.key},
                        {"name", row.name},
                        {"from", row.from.to_iso()},
                        {"to", row.to.to_iso()},
                        {"indicator", indicator_id(row.indicator)},
                        {"numerator", row.rate.numerator},
                        {"denominator", row.rate.denominator},
                        {"rate", rate_json(row.rate)}});
    }
    out << list.dump(2) << '\n';
}

void print_kpi_csv(std::ostream& out, const std::vector<IndicatorRow>& rows, Grouping by) {
    out << "by,group,name,from,to,indicator,numerator,denominator,rate\n";
    for (const IndicatorRow& row : rows) {
        const auto percent = row.rate.percent();
        std::ostringstream rate;
        if (percent) {
            rate << std::fixed << std::setprecision(2) << *percent;
        }
        out << grouping_code(by) << ',' << csv_field(row.key) << ',' << csv_field(row.name) << ','
            << row.from.to_iso() << ',' << row.to.to_iso() << ',' << indicator_id(row.indicator)
            << ',' << row.rate.numerator << ',' << row.rate.denominator << ',' << rate.str()
            << '\n';
    }
}

}  // namespace

int run_dossiers_import(CliContext& context, const DossierImportOptions& options) {
    return run_import<DossierRecord>(context, options, &read_dossier_file, &import_dossiers);
}

int run_procedures_import(CliContext& context, const DossierImportOptions& options) {
    return run_import<Procedure>(context, options, &read_procedure_file, &import_procedures);
}

namespace {

// The period and filters of `kpi` and `scores`, checked, with the dossiers loaded.
struct ReportInput {
    IndicatorRequest request;
    std::shared_ptr<const DossierSnapshot> snapshot;
    WorkflowStore* store = nullptr;
};

Result<ReportInput> report_input(CliContext& context, const KpiOptions& options) {
    PARINDEX_TRY_ASSIGN(from, option_date(options.from, "--from"));
    PARINDEX_TRY_ASSIGN(to, option_date(options.to, "--to"));
    const auto by = grouping_from_code(options.by.empty() ? "ward" : options.by);
    if (!by) {
        return fail(ErrorCode::invalid_input, Label::error_option_choice,
                    {"--by", options.by, "ward, unit, procedure, field, month"});
    }
    PARINDEX_TRY_ASSIGN(store, context.store());
    PARINDEX_TRY_ASSIGN(snapshot, load_dossier_snapshot(*store));
    return ReportInput{IndicatorRequest{from, to, *by, options.unit, options.procedure},
                       std::move(snapshot), store};
}

void print_scores(std::ostream& out, const std::vector<ScoreRow>& rows) {
    const std::string not_applicable(label_text(Label::word_not_applicable));
    std::vector<std::vector<std::string>> cells;
    double total = 0;
    double total_max = 0;
    for (const ScoreRow& row : rows) {
        total += row.points.value_or(0);
        total_max += row.rule.max_points;
        cells.push_back(
            {row.rule.group, std::string(label_text(indicator_label(row.rule.indicator))),
             format_rate(row.rate), row.points ? format_points(*row.points) : not_applicable,
             format_points(row.rule.max_points)});
    }
    cells.push_back({std::string(label_text(Label::word_total)),
                     {},
                     {},
                     format_points(total),
                     format_points(total_max)});
    constexpr std::size_t k_group_width = 24;
    print_text_table(out,
                     report_columns(k_group_width,
                                    {Label::word_rate, Label::word_points, Label::word_max_points}),
                     cells);
}

}  // namespace

int run_kpi(CliContext& context, const KpiOptions& options) {
    auto input = report_input(context, options);
    if (!input) {
        return context.report(input.error());
    }
    auto plan = load_plan(*input->store, std::nullopt);
    const auto unit_name = [&](std::string_view key) -> std::string {
        if (!plan) {
            return std::string(key);
        }
        for (const Unit& unit : plan->units) {
            if (unit.key == key) {
                return unit.name;
            }
        }
        return std::string(key);
    };
    auto rows = indicator_rows(*input->snapshot, input->request, unit_name);
    if (!rows) {
        return context.report(rows.error());
    }
    if (options.format == "json") {
        print_kpi_json(context.out(), *rows, input->request.grouping);
    } else if (options.format == "csv") {
        print_kpi_csv(context.out(), *rows, input->request.grouping);
    } else {
        print_kpi_table(context.out(), *rows);
    }
    return exit_ok;
}

int run_scores(CliContext& context, const KpiOptions& options) {
    auto input = report_input(context, options);
    if (!input) {
        return context.report(input.error());
    }
    auto rules = shipped_score_rules();
    if (!rules) {
        return context.report(rules.error());
    }
    auto rows = score_rows(*input->snapshot, input->request, *rules);
    if (!rows) {
        return context.report(rows.error());
    }
    print_scores(context.out(), *rows);
    return exit_ok;
}

}  // namespace parindex
