// `parindex score`, `risks`, `methodology import|export`, `results import` and
// `accountability`: the PAR index scores from the command line (docs/methodology.md).

#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/score_admin.hpp"
#include "app/scorecard.hpp"
#include "app/user_admin.hpp"
#include "cli/commands.hpp"
#include "cli/system_clock.hpp"
#include "cli/text_table.hpp"
#include "core/decimal.hpp"
#include "core/error_mapping.hpp"
#include "core/parse_number.hpp"
#include "http/score_json.hpp"
#include "importers/methodology_source.hpp"
#include "importers/result_sheet_reader.hpp"
#include "report/accountability_xlsx.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

Result<Assumptions> parse_assumptions(const std::vector<std::string>& options) {
    Assumptions assumptions;
    for (const std::string& option : options) {
        const std::size_t equals = option.find('=');
        std::string number = equals == std::string::npos ? "" : option.substr(equals + 1);
        std::replace(number.begin(), number.end(), ',', '.');
        const auto value = parse_exact<double>(number);
        if (!value || equals == 0) {
            return fail(ErrorCode::invalid_input, Label::error_assume_syntax, {option},
                        Location{{}, 0, "--assume"});
        }
        assumptions.emplace(option.substr(0, equals), *value);
    }
    return assumptions;
}

// Everything a score command computes from.
struct ScoreContext {
    WorkflowStore* store = nullptr;
    std::shared_ptr<const Overview> overview;
    std::shared_ptr<const DossierSnapshot> dossiers;
    ActiveMethodology methodology;
    SystemClock clock;
};

Result<std::unique_ptr<ScoreContext>> score_context(CliContext& context, const std::string& today) {
    std::optional<CivilDate> fixed;
    if (!today.empty()) {
        PARINDEX_TRY_ASSIGN(date, option_date(today, "--today"));
        fixed = date;
    }
    auto score =
        std::make_unique<ScoreContext>(ScoreContext{nullptr, {}, {}, {}, SystemClock(fixed)});
    PARINDEX_TRY_ASSIGN(store, context.store());
    score->store = store;
    PARINDEX_TRY_ASSIGN(dossiers, load_dossier_snapshot(*store));
    score->dossiers = std::move(dossiers);
    PARINDEX_TRY_ASSIGN(overview, load_overview(*store, score->clock, score->dossiers.get()));
    score->overview = std::move(overview);
    PARINDEX_TRY_ASSIGN(methodology, active_methodology(*store, score->overview->plan_view.plan));
    score->methodology = std::move(methodology);
    return score;
}

Result<std::unique_ptr<const Scorecard>> compute(const ScoreContext& score,
                                                 const Assumptions& assumptions = {}) {
    return build_scorecard(*score.store, *score.overview, score.dossiers.get(),
                           score.methodology.methodology, assumptions);
}

std::string optional_points(const std::optional<double>& points) {
    return points ? format_points(*points) : "";
}

void print_tree(std::ostream& out, const Scorecard& card) {
    constexpr std::size_t k_code = 7;
    constexpr std::size_t k_title = 52;
    constexpr std::size_t k_figure = 9;
    constexpr std::size_t k_state = 26;
    std::vector<std::vector<std::string>> rows;
    for (const ScoreNode& node : card.tree.nodes) {
        const std::string indent(static_cast<std::size_t>(node.depth) * 2, ' ');
        rows.push_back({indent + node.code, node.title, format_points(node.max_points),
                        format_points(node.now), format_points(node.projected),
                        optional_points(node.last_year),
                        node.is_leaf ? text(criterion_state_label(node.state)) : ""});
    }
    print_text_table(out,
                     {{text(Label::word_code), k_code, false},
                      {text(Label::word_criterion), k_title, false},
                      {text(Label::word_max_points), k_figure, true},
                      {text(Label::word_now), k_figure, true},
                      {text(Label::word_projected), k_figure, true},
                      {text(Label::word_last_year), k_figure, true},
                      {text(Label::word_state), k_state, false}},
                     rows);
    const ScoreTotals& totals = card.tree.totals;
    out << '\n'
        << text(Label::word_index_now) << ": " << totals.now_formula << '\n'
        << text(Label::word_index_projected) << ": " << totals.projected_formula << '\n';
    if (totals.last_year) {
        out << text(Label::word_last_year) << ": " << format_points(*totals.last_year) << '\n';
    }
}

void print_risks(std::ostream& out, const Scorecard& card, std::size_t limit) {
    std::size_t rank = 0;
    for (const ScoreRisk& risk : card.risks) {
        if (rank == limit) {
            break;
        }
        const ScoreNode& node = *risk.node;
        out << ++rank << ". " << node.code << ' ' << node.title << ": +" << format_points(risk.gain)
            << ' ' << text(Label::word_points) << " (" << format_points(node.projected) << '/'
            << format_points(node.applicable_max) << ")\n   " << text(Label::word_reason) << ": "
            << node.reason << '\n';
        if (!node.projection_note.empty()) {
            out << "   " << node.projection_note << '\n';
        }
        out << "   " << node.projected_formula << '\n';
    }
}

}  // namespace

int run_score(CliContext& context, const ScoreOptions& options) {
    auto assumptions = parse_assumptions(options.assume);
    if (!assumptions) {
        return context.report(assumptions.error());
    }
    auto score = score_context(context, options.today);
    if (!score) {
        return context.report(score.error());
    }
    auto card = compute(**score, *assumptions);
    if (!card) {
        return context.report(card.error());
    }
    if (options.format == "json") {
        context.out() << scorecard_json(**card, (*score)->methodology, *(*score)->overview).dump(2)
                      << '\n';
        return exit_ok;
    }
    if ((*score)->methodology.methodology.is_template) {
        context.err() << text(Label::cli_score_template) << '\n';
    }
    print_tree(context.out(), **card);
    return exit_ok;
}

int run_risks(CliContext& context, const ScoreOptions& options) {
    auto score = score_context(context, options.today);
    if (!score) {
        return context.report(score.error());
    }
    auto card = compute(**score);
    if (!card) {
        return context.report(card.error());
    }
    if (options.format == "json") {
        const auto all = scorecard_json(**card, (*score)->methodology, *(*score)->overview);
        context.out() << all.at("risks").dump(2) << '\n';
        return exit_ok;
    }
    print_risks(context.out(), **card, options.limit);
    return exit_ok;
}

int run_accountability(CliContext& context, const ScoreOptions& options) {
    auto score = score_context(context, options.today);
    if (!score) {
        return context.report(score.error());
    }
    auto card = compute(**score);
    if (!card) {
        return context.report(card.error());
    }
    const Overview& overview = *(*score)->overview;
    auto bytes = write_accountability_xlsx(AccountabilityBook{
        (*card)->year, (*card)->today.to_dmy(), &(*card)->tree, &(*card)->units,
        [&](std::string_view key) { return overview.unit_name(key); }, &(*card)->unit_heads});
    if (!bytes) {
        return context.report(bytes.error());
    }
    if (auto written = write_file(options.out, *bytes); !written) {
        return context.report(written.error());
    }
    return exit_ok;
}

int run_methodology_import(CliContext& context, const ScoreFileOptions& options) {
    auto bytes = read_file(options.file);
    if (!bytes) {
        return context.report(bytes.error());
    }
    auto score = score_context(context, {});
    if (!score) {
        return context.report(score.error());
    }
    auto problems = upload_methodology(*(*score)->store, command_line_operator(), (*score)->clock,
                                       (*score)->overview->plan_view.plan, *bytes, options.file);
    if (!problems) {
        return context.report(problems.error());
    }
    for (const Diagnostic& problem : *problems) {
        context.err() << describe(problem) << '\n';
    }
    if (!problems->empty()) {
        context.err() << format_label(Label::cli_methodology_rejected,
                                      {std::to_string(problems->size())})
                      << '\n';
        return exit_invalid_input;
    }
    context.out() << format_label(Label::cli_methodology_saved,
                                  {std::to_string((*score)->overview->plan_view.plan.info.year),
                                   options.file})
                  << '\n';
    return exit_ok;
}

int run_methodology_export(CliContext& context, const ScoreFileOptions& options) {
    auto score = score_context(context, {});
    if (!score) {
        return context.report(score.error());
    }
    const std::string& yaml = (*score)->methodology.text;
    if (options.file.empty()) {
        context.out() << yaml;
        return exit_ok;
    }
    if (auto written = write_file(options.file, yaml); !written) {
        return context.report(written.error());
    }
    return exit_ok;
}

int run_results_import(CliContext& context, const ScoreFileOptions& options) {
    auto bytes = read_file(options.file);
    if (!bytes) {
        return context.report(bytes.error());
    }
    auto rows = read_result_sheet(*bytes, options.file);
    if (!rows) {
        return context.report(rows.error());
    }
    auto score = score_context(context, {});
    if (!score) {
        return context.report(score.error());
    }
    const int year = options.year.value_or((*score)->overview->plan_view.plan.info.year - 1);
    auto report =
        import_results(*(*score)->store, command_line_operator(), (*score)->clock,
                       (*score)->methodology.methodology, year, std::move(*rows), options.file);
    if (!report) {
        return context.report(report.error());
    }
    for (const Diagnostic& skipped : report->skipped) {
        context.warn(skipped);
    }
    context.out() << format_label(Label::cli_results_saved,
                                  {std::to_string(year), std::to_string(report->stored),
                                   std::to_string(report->skipped.size())})
                  << '\n';
    return report->skipped.empty() ? exit_ok : exit_invalid_input;
}

}  // namespace parindex
