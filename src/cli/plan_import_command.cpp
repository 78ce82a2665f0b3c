#include <fstream>
#include <iterator>
#include <ostream>

#include "app/import_plan.hpp"
#include "cli/commands.hpp"
#include "core/error_mapping.hpp"
#include "importers/plan_file_reader.hpp"

namespace parindex {

namespace {

std::string describe_fields(const NodeChange& change) {
    std::string fields;
    for (const NodeField field : change.fields) {
        if (!fields.empty()) {
            fields += ", ";
        }
        fields += node_field_label(field);
    }
    return fields;
}

void print_changes(CliContext& context, const PlanChanges& changes) {
    if (changes.info_changed) {
        context.out() << "  " << label_text(Label::change_plan_details) << '\n';
    }
    for (const std::string& code : changes.added) {
        context.out() << "  " << format_label(Label::change_added, {code}) << '\n';
    }
    for (const NodeChange& change : changes.modified) {
        context.out() << "  "
                      << format_label(Label::change_modified,
                                      {change.code, describe_fields(change)})
                      << '\n';
    }
    for (const std::string& code : changes.removed) {
        context.out() << "  " << format_label(Label::change_removed, {code}) << '\n';
    }
}

void print_report(CliContext& context, const PlanImportReport& report) {
    for (const Diagnostic& warning : report.warnings) {
        context.warn(warning);
    }
    const std::string year = std::to_string(report.year);
    switch (report.outcome) {
        case ImportOutcome::created:
            context.out() << format_label(Label::import_created,
                                          {year, std::to_string(report.counts.areas),
                                           std::to_string(report.counts.groups),
                                           std::to_string(report.counts.tasks),
                                           std::to_string(report.unit_count)})
                          << '\n';
            break;
        case ImportOutcome::unchanged:
            context.out() << format_label(Label::import_unchanged, {year}) << '\n';
            break;
        case ImportOutcome::updated:
            context.out() << format_label(Label::import_updated,
                                          {year, std::to_string(report.changes.added.size()),
                                           std::to_string(report.changes.modified.size()),
                                           std::to_string(report.changes.removed.size())})
                          << '\n';
            print_changes(context, report.changes);
            break;
    }
    if (!report.warnings.empty()) {
        context.out() << format_label(Label::warnings_count,
                                      {std::to_string(report.warnings.size())})
                      << '\n';
    }
}

}  // namespace

int run_plan_import(CliContext& context, const PlanImportOptions& options) {
    auto bytes = read_file(options.file);
    if (!bytes) {
        return context.report(bytes.error());
    }
    auto reading = read_plan_file(*bytes, options.file);
    if (!reading) {
        return context.report(reading.error());
    }
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    auto report = import_plan(**store, reading->draft, std::move(reading->warnings));
    if (!report) {
        return context.report(report.error());
    }
    print_report(context, *report);
    return exit_ok;
}

}  // namespace parindex
