#include <unistd.h>

#include <chrono>
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
#include "core/error_mapping.hpp"
#include "importers/dossier_file_reader.hpp"
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

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
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
    const ReadOptions read_options{options.file, *format, [&](std::size_t done, std::size_t total) {
                                       progress.update(done, total);
                                   }};
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
    }
    print_summary(context, options.file, *summary, rejects);
    return summary->rejected.empty() ? exit_ok : exit_code(ErrorCode::invalid_input);
}

// Columns for a terminal: widths count characters (NFC text), not bytes.
std::size_t shown_width(std::string_view text) {
    std::size_t shown = 0;
    for (const char c : text) {
        shown += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return shown;
}

std::string pad(std::string_view text, std::size_t width) {
    const std::size_t shown = shown_width(text);
    return std::string(text) + std::string(width > shown ? width - shown : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t shown = shown_width(text);
    return std::string(width > shown ? width - shown : 0, ' ') + std::string(text);
}

std::string group_title(const IndicatorRow& row) {
    if (row.key.empty()) {
        return std::string(label_text(Label::word_ward));
    }
    return row.name.empty() ? row.key : row.key + " " + row.name;
}

nlohmann::json rate_json(const Rate& rate) {
    const auto percent = rate.percent();
    return percent ? nlohmann::json(*percent) : nlohmann::json(nullptr);
}

void print_kpi_table(std::ostream& out, const std::vector<IndicatorRow>& rows) {
    constexpr std::size_t k_group_width = 28;
    constexpr std::size_t k_indicator_width = 48;
    constexpr std::size_t k_count_width = 10;
    out << pad(label_text(Label::word_group), k_group_width)
        << pad(label_text(Label::word_indicator), k_indicator_width)
        << pad_left(label_text(Label::word_numerator), k_count_width)
        << pad_left(label_text(Label::word_denominator), k_count_width) << "  "
        << label_text(Label::word_rate) << '\n';
    for (const IndicatorRow& row : rows) {
        std::string group = group_title(row);
        if (group.size() > k_group_width - 2) {
            group = row.key;
        }
        out << pad(group, k_group_width)
            << pad(label_text(indicator_label(row.indicator)), k_indicator_width)
            << pad_left(std::to_string(row.rate.numerator), k_count_width)
            << pad_left(std::to_string(row.rate.denominator), k_count_width) << "  "
            << format_rate(row.rate) << '\n';
    }
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

Result<CivilDate> option_date(const std::string& text, const char* option) {
    auto date = CivilDate::parse_iso(text);
    if (!date) {
        date = CivilDate::parse_dmy(text);
    }
    if (!date) {
        return fail(ErrorCode::invalid_input, Label::error_option_date, {option, text});
    }
    return *date;
}

}  // namespace

int run_dossiers_import(CliContext& context, const DossierImportOptions& options) {
    return run_import<DossierRecord>(context, options, &read_dossier_file, &import_dossiers);
}

int run_procedures_import(CliContext& context, const DossierImportOptions& options) {
    return run_import<Procedure>(context, options, &read_procedure_file, &import_procedures);
}

int run_kpi(CliContext& context, const KpiOptions& options) {
    auto from = option_date(options.from, "--from");
    auto to = option_date(options.to, "--to");
    const auto by = grouping_from_code(options.by.empty() ? "ward" : options.by);
    if (!from || !to) {
        return context.report(!from ? from.error() : to.error());
    }
    if (!by) {
        return context.report(fail(ErrorCode::invalid_input, Label::error_option_choice,
                                   {"--by", options.by, "ward, unit, procedure, field, month"})
                                  .value());
    }
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    auto snapshot = load_dossier_snapshot(**store);
    if (!snapshot) {
        return context.report(snapshot.error());
    }
    auto plan = load_plan(**store, std::nullopt);
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
    auto rows = indicator_rows(
        **snapshot, IndicatorRequest{*from, *to, *by, options.unit, options.procedure}, unit_name);
    if (!rows) {
        return context.report(rows.error());
    }
    if (options.format == "json") {
        print_kpi_json(context.out(), *rows, *by);
    } else if (options.format == "csv") {
        print_kpi_csv(context.out(), *rows, *by);
    } else {
        print_kpi_table(context.out(), *rows);
    }
    return exit_ok;
}

}  // namespace parindex
