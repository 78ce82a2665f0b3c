#include <ostream>
#include <span>

#include "app/import_plan.hpp"
#include "app/score_admin.hpp"
#include "app/user_admin.hpp"
#include "cli/commands.hpp"
#include "cli/demo_data.hpp"
#include "cli/demo_dossiers.hpp"
#include "cli/services.hpp"
#include "cli/tenant_registry.hpp"
#include "core/embedded_file.hpp"
#include "core/error_mapping.hpp"
#include "http/routes.hpp"
#include "importers/methodology_source.hpp"
#include "importers/plan_file_reader.hpp"
#include "importers/result_sheet_reader.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_demo_data();
std::span<const EmbeddedFile> embedded_demo_results();

namespace {

// An empty database gets the published 2025 plan of phường Bắc Kạn, so a newcomer sees a real
// plan at once.
Result<void> load_demo_plan(CliContext& context, Store& store) {
    bool has_plan = false;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(years, store.plans().list_plan_years());
        has_plan = !years.empty();
        return {};
    }));
    if (has_plan) {
        return {};
    }
    for (const EmbeddedFile& file : embedded_demo_data()) {
        PARINDEX_TRY_ASSIGN(reading, read_plan_file(file.content, file.name));
        PARINDEX_TRY_ASSIGN(report, import_plan(store, reading.draft, std::move(reading.warnings)));
        context.out() << format_label(Label::server_demo_imported, {std::to_string(report.year)})
                      << '\n';
    }
    return {};
}

// Last year's results of the demo ward (data/demo/ket-qua-2024.csv), so the score page shows the
// points lost in 2024 beside this year's; loaded with the demo accounts, once.
Result<void> load_demo_results(CliContext& context, Services& services) {
    PARINDEX_TRY_ASSIGN(overview, services.overview.get());
    const Plan& plan = overview->plan_view.plan;
    PARINDEX_TRY_ASSIGN(methodology, active_methodology(services.store, plan));
    for (const EmbeddedFile& file : embedded_demo_results()) {
        PARINDEX_TRY_ASSIGN(rows, read_result_sheet(file.content, file.name));
        PARINDEX_TRY_ASSIGN(report, import_results(services.store, command_line_operator(),
                                                   services.clock, methodology.methodology,
                                                   plan.info.year - 1, std::move(rows), file.name));
        context.out() << format_label(
                             Label::server_demo_results,
                             {std::to_string(plan.info.year - 1), std::to_string(report.stored)})
                      << '\n';
    }
    return {};
}

Result<void> load_demo(CliContext& context, Services& services) {
    PARINDEX_TRY(load_demo_plan(context, services.store));
    PARINDEX_TRY_ASSIGN(seeded, seed_demo_workflow(services.store, services.users, services.reports,
                                                   services.overview));
    if (seeded) {
        context.out() << label_text(Label::server_demo_workflow) << '\n';
        PARINDEX_TRY(load_demo_results(context, services));
    }
    PARINDEX_TRY_ASSIGN(dossiers, seed_demo_dossiers(services.store, services.clock));
    if (dossiers) {
        services.dossiers.invalidate();
        services.overview.invalidate();
        context.out() << label_text(Label::server_demo_dossiers) << '\n';
    }
    context.out() << label_text(Label::server_demo_accounts) << '\n';
    for (const DemoAccount& account : demo_accounts()) {
        context.out() << "  " << account.username << " / " << account.password << "  ("
                      << label_text(role_label(account.role)) << ")\n";
    }
    return {};
}

}  // namespace

int run_serve(CliContext& context, const ServeOptions& options) {
    auto deployment = context.deployment();
    if (!deployment) {
        return context.report(deployment.error());
    }
    std::optional<CivilDate> today;
    if (!options.today.empty()) {
        today = CivilDate::parse_iso(options.today);
        if (!today) {
            return context.report(fail(ErrorCode::invalid_input, Label::error_bad_date,
                                       {options.today}, Location{{}, 0, "--today"})
                                      .value());
        }
    }
    auto web = StaticFiles::load(options.web_root);
    if (!web) {
        return context.report(web.error());
    }
    TenantRegistry tenants(**deployment, context, today, *web);
    if (options.demo) {
        // The demonstration fills one ward: --ward, or the only one.
        auto loaded = context.ward_code().and_then([&](const std::string& ward) {
            return tenants.services(ward).and_then(
                [&](Services* services) { return load_demo(context, *services); });
        });
        if (!loaded) {
            return context.report(loaded.error());
        }
    }
    Metrics metrics;
    auto server = HttpServer::create(
        ServerOptions{options.address, static_cast<std::uint16_t>(options.port), options.threads},
        make_dispatcher(DispatchTargets{tenants, *web, metrics}));
    if (!server) {
        return context.report(server.error());
    }
    tenants.warm_up();
    if (today) {
        context.out() << format_label(Label::server_fixed_today, {today->to_dmy()}) << '\n';
    }
    context.out() << format_label(Label::server_listening,
                                  {"http://" + options.address + ":" +
                                   std::to_string((*server)->port()) + "/"})
                  << '\n'
                  << std::flush;
    (*server)->run(true);
    return exit_ok;
}

}  // namespace parindex
