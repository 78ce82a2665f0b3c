// `parindex report`, `plan export` and `document-settings`: the official documents from the
// command line (docs/documents.md).

#include <algorithm>

#include "app/document_admin.hpp"
#include "app/load_plan.hpp"
#include "app/periodic_report_builder.hpp"
#include "app/user_admin.hpp"
#include "cli/commands.hpp"
#include "cli/system_clock.hpp"
#include "core/error_mapping.hpp"
#include "importers/methodology_source.hpp"
#include "report/render_documents.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

Result<DocumentFormat> format_option(const std::string& code) {
    const auto format = document_format_from_code(code);
    if (!format) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid, {"--format", code},
                    {{}, 0, "--format"});
    }
    return *format;
}

Result<std::string> periodic_report_file(CliContext& context, const ReportOptions& options) {
    std::optional<CivilDate> fixed;
    if (!options.today.empty()) {
        PARINDEX_TRY_ASSIGN(date, option_date(options.today, "--today"));
        fixed = date;
    }
    const SystemClock clock(fixed);
    const auto period = parse_period(options.period);
    if (!period) {
        return fail(ErrorCode::invalid_input, Label::error_period_not_found, {options.period},
                    {{}, 0, "--period"});
    }
    PARINDEX_TRY_ASSIGN(format, format_option(options.format));
    PARINDEX_TRY_ASSIGN(store, context.store());
    PARINDEX_TRY_ASSIGN(dossiers, load_dossier_snapshot(*store));
    PARINDEX_TRY_ASSIGN(plan, load_plan(*store, std::nullopt));
    PARINDEX_TRY_ASSIGN(methodology, active_methodology(*store, plan.plan));
    PARINDEX_TRY_ASSIGN(report, build_periodic_report(*store, clock, dossiers.get(), *period,
                                                      std::move(methodology.methodology)));
    return render_periodic_report(report, format, PdfConverter{});
}

Result<std::string> plan_file(CliContext& context, const PlanExportOptions& options) {
    PARINDEX_TRY_ASSIGN(format, format_option(options.format));
    PARINDEX_TRY_ASSIGN(store, context.store());
    PARINDEX_TRY_ASSIGN(view, load_plan(*store, options.year));
    PARINDEX_TRY_ASSIGN(settings, current_document_settings(*store, view.plan.info));
    return render_plan(make_plan_print(view.plan, view.units, std::move(settings.settings)), format,
                       PdfConverter{});
}

void print_settings(std::ostream& out, const CurrentDocumentSettings& current) {
    for (const DocumentSettingsField& field : document_settings_fields()) {
        out << field.name << ": " << current.settings.*field.member << '\n';
    }
    for (const std::string& recipient : current.settings.recipients) {
        out << "recipient: " << recipient << '\n';
    }
    out << (current.stored ? format_label(Label::document_settings_stored,
                                          {current.updated_at, current.updated_by})
                           : text(Label::document_settings_from_plan))
        << '\n';
}

Result<DocumentSettings> apply_options(DocumentSettings settings,
                                       const DocumentSettingsOptions& options) {
    const auto& fields = document_settings_fields();
    for (const std::string& assignment : options.set) {
        const std::size_t equals = assignment.find('=');
        const std::string name = assignment.substr(0, equals);
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto& known) { return known.name == name; });
        if (equals == std::string::npos || field == fields.end()) {
            std::string names;
            for (const DocumentSettingsField& known : fields) {
                names += (names.empty() ? "" : ", ") + std::string(known.name);
            }
            return fail(ErrorCode::invalid_input, Label::error_document_setting_syntax,
                        {assignment, names}, {{}, 0, "--set"});
        }
        settings.*field->member = assignment.substr(equals + 1);
    }
    if (!options.recipients.empty()) {
        settings.recipients = options.recipients;
    }
    return settings;
}

// Writes the document made (or reports why it could not be) and says where it went.
int save_document(CliContext& context, const Result<std::string>& bytes, const std::string& out) {
    if (!bytes) {
        return context.report(bytes.error());
    }
    if (auto written = write_file(out, *bytes); !written) {
        return context.report(written.error());
    }
    context.out() << format_label(Label::document_written, {out}) << '\n';
    return exit_ok;
}

}  // namespace

int run_report(CliContext& context, const ReportOptions& options) {
    return save_document(context, periodic_report_file(context, options), options.out);
}

int run_plan_export(CliContext& context, const PlanExportOptions& options) {
    return save_document(context, plan_file(context, options), options.out);
}

int run_document_settings(CliContext& context, const DocumentSettingsOptions& options) {
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    auto view = load_plan(**store, std::nullopt);
    if (!view) {
        return context.report(view.error());
    }
    auto current = current_document_settings(**store, view->plan.info);
    if (!current) {
        return context.report(current.error());
    }
    if (!options.set.empty() || !options.recipients.empty()) {
        auto settings = apply_options(current->settings, options);
        if (!settings) {
            return context.report(settings.error());
        }
        const SystemClock clock(std::nullopt);
        auto problems =
            save_document_settings(**store, command_line_operator(), clock, std::move(*settings));
        if (!problems) {
            return context.report(problems.error());
        }
        if (!problems->empty()) {
            for (std::size_t i = 1; i < problems->size(); ++i) {
                context.warn((*problems)[i]);  // the first is the error itself
            }
            return context.report(Error{ErrorCode::invalid_input, problems->front()});
        }
        current = current_document_settings(**store, view->plan.info);
        if (!current) {
            return context.report(current.error());
        }
    }
    print_settings(context.out(), *current);
    return exit_ok;
}

}  // namespace parindex
