#include <ostream>
#include <span>

#include "app/import_plan.hpp"
#include "cli/commands.hpp"
#include "core/embedded_file.hpp"
#include "core/error_mapping.hpp"
#include "http/routes.hpp"
#include "importers/plan_text_reader.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_demo_data();

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
        PARINDEX_TRY_ASSIGN(reading, read_plan_text(file.content, file.name));
        PARINDEX_TRY_ASSIGN(report, import_plan(store, reading.draft, std::move(reading.warnings)));
        context.out() << format_label(Label::server_demo_imported, {std::to_string(report.year)})
                      << '\n';
    }
    return {};
}

}  // namespace

int run_serve(CliContext& context, const ServeOptions& options) {
    auto store = context.store();
    if (!store) {
        return context.report(store.error());
    }
    if (options.demo) {
        if (auto loaded = load_demo_plan(context, **store); !loaded) {
            return context.report(loaded.error());
        }
    }
    ApiContext api{**store};
    auto server = HttpServer::create(
        ServerOptions{options.address, static_cast<std::uint16_t>(options.port), options.threads},
        make_dispatcher(api));
    if (!server) {
        return context.report(server.error());
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
