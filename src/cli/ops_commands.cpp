#include "cli/ops_commands.hpp"

#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <utility>
#include <vector>

#include "cli/command_table.hpp"
#include "cli/text_table.hpp"
#include "core/error_mapping.hpp"
#include "store/open_store.hpp"
#include "store/postgresql/pg_connection.hpp"
#include "store/postgresql/pg_deployment.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_deployment.hpp"
#include "store/ward_copy.hpp"

namespace parindex {

namespace {

namespace fs = std::filesystem;

std::string text(Label label) {
    return std::string(label_text(label));
}

// How messages name a ward (or the province) of the deployment at `location`.
std::string ward_title(const std::string& location, const std::string& code) {
    if (!is_postgresql_url(location)) {
        return format_label(Label::ops_sqlite_file, {location});
    }
    const std::string url = PgConnection::redact_url(location);
    if (code == k_province_code) {
        return format_label(Label::ops_postgresql_province, {url});
    }
    return format_label(Label::ops_postgresql_ward, {code, url});
}

std::string file_title(const fs::path& path) {
    return format_label(Label::ops_sqlite_file, {path.string()});
}

// The store under a deployment's WorkflowStore: both engines' stores are SqlStores, whose
// connection the copies need.
Result<std::unique_ptr<SqlStore>> sql_store(Result<std::unique_ptr<WorkflowStore>> opened) {
    if (!opened) {
        return tl::unexpected(std::move(opened).error());
    }
    auto* store = dynamic_cast<SqlStore*>(opened->get());
    if (store == nullptr) {
        return fail(ErrorCode::internal, Label::error_internal,
                    {"the deployment's store is not an SQL store"});
    }
    (void)opened->release();
    return std::unique_ptr<SqlStore>(store);
}

// A ward's store, or on PostgreSQL the province's (k_province_code), migrated.
Result<std::unique_ptr<SqlStore>> open_ward_store(Deployment& deployment, const std::string& code) {
    if (code == k_province_code && deployment.has_province()) {
        return sql_store(deployment.open_province());
    }
    return sql_store(deployment.open_ward(code));
}

// The newest migration a database records, without applying any: 0 before the first.
Result<int> stored_schema_version(SqlConnection& connection) {
    PARINDEX_TRY_ASSIGN(
        exists, connection.prepare(connection.engine() == SqlEngine::sqlite
                                       ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                         "AND name = 'schema_migrations'"
                                       : "SELECT COUNT(*) FROM pg_tables WHERE schemaname = "
                                         "current_schema() AND tablename = 'schema_migrations'"));
    PARINDEX_TRY_ASSIGN(found, exists.step());
    if (!found || exists.integer(0) == 0) {
        return 0;
    }
    PARINDEX_TRY_ASSIGN(version, connection.prepare("SELECT COALESCE(MAX(version), 0) FROM "
                                                    "schema_migrations"));
    PARINDEX_TRY_ASSIGN(row, version.step());
    return row ? static_cast<int>(version.integer(0)) : 0;
}

void print_rows(std::ostream& out, const std::vector<TableRowCount>& tables) {
    std::vector<std::vector<std::string>> rows;
    std::size_t width = text(Label::ops_column_table).size();
    for (const TableRowCount& table : tables) {
        rows.push_back({table.table, std::to_string(table.rows)});
        width = std::max(width, table.table.size());
    }
    rows.push_back({text(Label::word_total), std::to_string(total_rows(tables))});
    print_text_table(out,
                     {TextColumn{text(Label::ops_column_table), width, false},
                      TextColumn{text(Label::ops_column_rows), 10, true}},
                     rows);
}

fs::path with_suffix(const fs::path& path, std::string_view suffix) {
    return fs::path(path.string() + std::string(suffix));
}

// Where a backup keeps its ward's evidence files: /backups/bac-kan-evidence for
// /backups/bac-kan.db.
fs::path evidence_beside(const fs::path& file) {
    return file.parent_path() / (file.stem().string() + "-evidence");
}

// A SQLite database file with the files SQLite keeps beside it.
void remove_database_file(const fs::path& path) {
    std::error_code ignored;
    for (const std::string_view suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(with_suffix(path, suffix), ignored);
    }
}

// Removes a scratch database file when it goes out of scope.
class ScratchFile {
  public:
    explicit ScratchFile(fs::path path) : m_path(std::move(path)) { remove_database_file(m_path); }
    ~ScratchFile() { remove_database_file(m_path); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

// Copies the evidence files under `from` into `to` (created when missing) and counts them; none
// when `from` does not exist. A file `to` already has is kept: names are the content's digest,
// so the same name holds the same bytes. Each file lands under a temporary name first, so an
// interrupted copy never leaves a truncated file under a digest's name.
Result<std::size_t> copy_evidence(const fs::path& from, const fs::path& to) {
    std::error_code error;
    if (!fs::is_directory(from, error)) {
        return std::size_t{0};
    }
    std::size_t copied = 0;
    fs::create_directories(to, error);
    if (error) {
        return fail(ErrorCode::io, Label::error_evidence_copy,
                    {from.string(), to.string(), error.message()});
    }
    for (auto entry = fs::recursive_directory_iterator(from, error);
         !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        if (!entry->is_regular_file(error) || error) {
            continue;
        }
        const fs::path target = to / fs::relative(entry->path(), from, error);
        if (error || fs::exists(target, error) || error) {
            continue;
        }
        fs::create_directories(target.parent_path(), error);
        const fs::path part = with_suffix(target, ".part");
        if (!error) {
            fs::copy_file(entry->path(), part, fs::copy_options::overwrite_existing, error);
        }
        if (!error) {
            fs::rename(part, target, error);
        }
        if (error) {
            std::error_code ignored;
            fs::remove(part, ignored);
            break;
        }
        ++copied;
    }
    if (error) {
        return fail(ErrorCode::io, Label::error_evidence_copy,
                    {from.string(), to.string(), error.message()});
    }
    return copied;
}

// What a backup, restore or transfer moved.
struct WardMove {
    std::vector<TableRowCount> tables;
    std::size_t evidence_files = 0;
    fs::path evidence_folder;
};

void print_move(std::ostream& out, const WardMove& moved) {
    print_rows(out, moved.tables);
    if (moved.evidence_files > 0) {
        out << format_label(Label::evidence_copied,
                            {std::to_string(moved.evidence_files), moved.evidence_folder.string()})
            << '\n';
    }
}

// Refuses a backup whose file or evidence folder is already there.
Result<void> refuse_existing(const fs::path& file) {
    for (const fs::path& path : {file, evidence_beside(file)}) {
        std::error_code error;
        if (fs::exists(path, error) || fs::exists(with_suffix(path, "-wal"), error)) {
            return fail(ErrorCode::conflict, Label::error_backup_exists, {path.string()});
        }
    }
    return {};
}

// A SQLite file of a ward: there, and holding parindex's tables. Checked before it is opened
// as a store, which would create the file, or add the tables to a stranger's database.
Result<void> check_ward_file(const fs::path& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
        return fail(ErrorCode::not_found, Label::error_ward_file_missing, {path.string()});
    }
    std::array<char, 16> magic{};
    std::ifstream in(path, std::ios::binary);
    in.read(magic.data(), magic.size());
    if (!in ||
        std::string_view(magic.data(), magic.size()) != std::string_view("SQLite format 3\0", 16)) {
        return fail(ErrorCode::invalid_input, Label::error_not_ward_database, {path.string()});
    }
    PARINDEX_TRY_ASSIGN(connection, SqliteConnection::open(path.string()));
    PARINDEX_TRY_ASSIGN(version, stored_schema_version(*connection));
    if (version == 0) {
        return fail(ErrorCode::invalid_input, Label::error_not_ward_database, {path.string()});
    }
    return {};
}

// Writes the ward `code` into a new SQLite file at `file` (its evidence folder beside it), by
// way of FILE.part: a failure leaves neither.
Result<WardMove> backup_ward(CliContext& context, Deployment& deployment, const std::string& code,
                             const fs::path& file) {
    const fs::path evidence = evidence_beside(file);
    PARINDEX_TRY(refuse_existing(file));
    std::error_code error;
    if (!file.parent_path().empty()) {
        fs::create_directories(file.parent_path(), error);
        if (error) {
            return fail(ErrorCode::io, Label::error_backup_write, {file.string(), error.message()});
        }
    }
    const fs::path part = with_suffix(file, ".part");
    const fs::path evidence_part = with_suffix(evidence, ".part");
    remove_database_file(part);
    fs::remove_all(evidence_part, error);

    auto written = [&]() -> Result<WardMove> {
        {
            PARINDEX_TRY_ASSIGN(source, open_ward_store(deployment, code));
            if (is_postgresql_url(context.database)) {
                PARINDEX_TRY_ASSIGN(target, open_sqlite_store(part.string()));
                PARINDEX_TRY(copy_ward(
                    *source, *target,
                    WardCopyOptions{false, ward_title(context.database, code), file_title(file)}));
            } else {
                // SQLite's online backup: every page in one snapshot, writers not held back.
                PARINDEX_TRY(source->with_connection([&](SqlConnection& connection) {
                    return static_cast<SqliteConnection&>(connection).backup_to(part.string());
                }));
            }
        }
        // Opened as any ward is: the backup must open, and its counts are the report.
        WardMove moved;
        {
            PARINDEX_TRY_ASSIGN(written_store, open_sqlite_store(part.string()));
            PARINDEX_TRY_ASSIGN(counts, count_ward_rows(*written_store));
            moved.tables = std::move(counts);
        }
        PARINDEX_TRY_ASSIGN(files, copy_evidence(context.evidence_root(code), evidence_part));
        moved.evidence_files = files;
        std::error_code renamed;
        if (fs::exists(evidence_part, renamed)) {
            fs::rename(evidence_part, evidence, renamed);
            moved.evidence_folder = evidence;
        }
        if (!renamed) {
            fs::rename(part, file, renamed);
        }
        if (renamed) {
            std::error_code ignored;
            fs::remove_all(evidence, ignored);
            return fail(ErrorCode::io, Label::error_backup_write,
                        {file.string(), renamed.message()});
        }
        return moved;
    }();
    if (!written) {
        remove_database_file(part);
        fs::remove_all(evidence_part, error);
        const Error& failure = written.error();
        if ((failure.code == ErrorCode::storage || failure.code == ErrorCode::io) &&
            failure.detail.message != Label::error_backup_write) {
            return fail(failure.code, Label::error_backup_write,
                        {file.string(), describe(failure)});
        }
    }
    return written;
}

// The --ward a command cannot do without.
Result<void> require_ward(const CliContext& context, const char* command) {
    if (context.ward.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_ward_option_needed, {command},
                    Location{{}, 0, "--ward"});
    }
    return {};
}

// Registers the ward when the deployment does not have it yet.
Result<void> register_ward(Deployment& deployment, const std::string& code,
                           const std::string& name) {
    PARINDEX_TRY_ASSIGN(wards, deployment.list_wards());
    for (const WardEntry& ward : wards) {
        if (ward.code == code) {
            return {};
        }
    }
    return deployment.add_ward(WardEntry{code, name});
}

// Copies a ward's store `source` (named `source_title`) and its evidence folder into the ward
// `code` of the deployment: the evidence first (only ever added), then every row in one
// transaction. Refused before anything is written when the ward holds data and not `replace`.
Result<WardMove> copy_into_ward(CliContext& context, Deployment& deployment,
                                const std::string& code, SqlStore& source,
                                const std::string& source_title, const fs::path& evidence_from,
                                bool replace) {
    PARINDEX_TRY_ASSIGN(target, open_ward_store(deployment, code));
    const std::string target_title = ward_title(context.database, code);
    if (!replace) {
        PARINDEX_TRY(ensure_copy_target_empty(*target, target_title));
    }
    WardMove moved;
    moved.evidence_folder = context.evidence_root(code);
    PARINDEX_TRY_ASSIGN(files, copy_evidence(evidence_from, moved.evidence_folder));
    moved.evidence_files = files;
    PARINDEX_TRY_ASSIGN(
        report, copy_ward(source, *target, WardCopyOptions{replace, source_title, target_title}));
    moved.tables = std::move(report.tables);
    return moved;
}

}  // namespace

void register_ops_commands(CLI::App& app, CliContext& context, std::function<int()>& chosen) {
    // Kept alive by the callbacks that the command table holds, as CLI11 binds the options to it.
    auto options = std::make_shared<OpsOptions>();
    // The global options (--db, --ward, --evidence-dir) may also follow these commands:
    // `parindex transfer --from x.db --db postgresql://… --ward bac-kan`.
    CLI::App* migrate = add_subcommand(app, "migrate", Label::cli_migrate);
    migrate->fallthrough();
    on_run(*migrate, chosen, [&context] { return run_migrate(context); });

    CLI::App* ward = add_subcommand(app, "ward", Label::cli_ward);
    ward->require_subcommand(1);
    ward->fallthrough();
    CLI::App* add = add_subcommand(*ward, "add", Label::cli_ward_add);
    add->fallthrough();
    add->add_option("code", options->ward_code, text(Label::cli_option_ward_code))->required();
    add->add_option("--name", options->ward_name, text(Label::cli_option_ward_name))->required();
    on_run(*add, chosen, [&context, options] { return run_ward_add(context, *options); });
    CLI::App* list = add_subcommand(*ward, "list", Label::cli_ward_list);
    list->fallthrough();
    on_run(*list, chosen, [&context] { return run_ward_list(context); });

    CLI::App* backup = add_subcommand(app, "backup", Label::cli_backup);
    backup->fallthrough();
    backup->add_option("-o,--out", options->out, text(Label::cli_option_backup_out))->required();
    backup->add_flag("--all", options->all, text(Label::cli_option_backup_all));
    on_run(*backup, chosen, [&context, options] { return run_backup(context, *options); });

    CLI::App* restore = add_subcommand(app, "restore", Label::cli_restore);
    restore->fallthrough();
    restore->add_option("file", options->file, text(Label::cli_option_backup_file))->required();
    restore->add_flag("--replace", options->replace, text(Label::cli_option_replace));
    restore->add_flag("--create", options->create, text(Label::cli_option_create_ward));
    restore->add_option("--name", options->ward_name, text(Label::cli_option_ward_name));
    on_run(*restore, chosen, [&context, options] { return run_restore(context, *options); });

    CLI::App* transfer = add_subcommand(app, "transfer", Label::cli_transfer);
    transfer->fallthrough();
    transfer->add_option("--from", options->from, text(Label::cli_option_transfer_from))
        ->required();
    transfer->add_option("--name", options->ward_name, text(Label::cli_option_ward_name));
    transfer->add_option("--from-evidence", options->from_evidence,
                         text(Label::cli_option_from_evidence));
    transfer->add_flag("--replace", options->replace, text(Label::cli_option_replace));
    on_run(*transfer, chosen, [&context, options] { return run_transfer(context, *options); });
}

namespace {

// Opens (so migrates) the store of `code`, named `who`, and says "… is at version N" or "…
// upgraded from version M to N".
Result<void> migrate_store(CliContext& context, Deployment& deployment, const std::string& code,
                           const std::string& who, int before) {
    PARINDEX_TRY_ASSIGN(store, open_ward_store(deployment, code));
    PARINDEX_TRY_ASSIGN(after, store->schema_version());
    context.out() << (before == after
                          ? format_label(Label::migrate_current, {who, std::to_string(after)})
                          : format_label(Label::migrate_upgraded,
                                         {who, std::to_string(before), std::to_string(after)}))
                  << '\n';
    return {};
}

}  // namespace

int run_migrate(CliContext& context) {
    auto done = [&]() -> Result<void> {
        if (!is_postgresql_url(context.database)) {
            int before = 0;
            std::error_code error;
            if (fs::exists(context.database, error)) {
                PARINDEX_TRY_ASSIGN(connection, SqliteConnection::open(context.database));
                PARINDEX_TRY_ASSIGN(stored, stored_schema_version(*connection));
                before = stored;
            }
            PARINDEX_TRY_ASSIGN(deployment, context.deployment());
            return migrate_store(context, *deployment, std::string(k_single_ward_code),
                                 file_title(context.database), before);
        }
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        PARINDEX_TRY_ASSIGN(wards, deployment->list_wards());
        std::vector<std::pair<std::string, std::string>> targets = {
            {std::string(k_province_code), text(Label::ops_province)}};
        for (const WardEntry& ward : wards) {
            targets.emplace_back(ward.code, format_label(Label::ops_ward, {ward.code}));
        }
        for (const auto& [code, who] : targets) {
            PARINDEX_TRY_ASSIGN(connection,
                                PgConnection::open(context.database, ward_schema(code)));
            PARINDEX_TRY_ASSIGN(before, stored_schema_version(*connection));
            connection.reset();
            PARINDEX_TRY(migrate_store(context, *deployment, code, who, before));
        }
        return {};
    }();
    return done ? exit_ok : context.report(done.error());
}

int run_ward_add(CliContext& context, const OpsOptions& options) {
    auto done = [&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        return deployment->add_ward(WardEntry{options.ward_code, options.ward_name});
    }();
    if (!done) {
        return context.report(done.error());
    }
    context.out() << format_label(Label::ward_added, {options.ward_code, options.ward_name})
                  << '\n';
    return exit_ok;
}

int run_ward_list(CliContext& context) {
    auto wards = [&]() -> Result<std::vector<WardEntry>> {
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        return deployment->list_wards();
    }();
    if (!wards) {
        return context.report(wards.error());
    }
    for (const WardEntry& ward : *wards) {
        // A SQLite file's one ward has no name of its own: the file stands for it.
        context.out() << ward.code << '\t'
                      << (ward.name.empty() && !is_postgresql_url(context.database)
                              ? context.database
                              : ward.name)
                      << '\n';
    }
    return exit_ok;
}

int run_backup(CliContext& context, const OpsOptions& options) {
    auto done = [&]() -> Result<void> {
        if (!is_postgresql_url(context.database)) {
            std::error_code error;
            if (!fs::is_regular_file(context.database, error)) {
                return fail(ErrorCode::not_found, Label::error_ward_file_missing,
                            {context.database});
            }
        }
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        std::vector<std::pair<std::string, fs::path>> backups;
        if (options.all) {
            const fs::path folder = options.out;
            PARINDEX_TRY_ASSIGN(wards, deployment->list_wards());
            for (const WardEntry& ward : wards) {
                backups.emplace_back(ward.code, folder / (ward.code + ".db"));
            }
            if (deployment->has_province()) {
                backups.emplace_back(std::string(k_province_code),
                                     folder / (std::string(k_province_code) + ".db"));
            }
            // All refused before any is written.
            for (const auto& [code, file] : backups) {
                PARINDEX_TRY(refuse_existing(file));
            }
        } else {
            PARINDEX_TRY_ASSIGN(code, context.ward_code());
            backups.emplace_back(code, fs::path(options.out));
        }
        for (const auto& [code, file] : backups) {
            PARINDEX_TRY_ASSIGN(moved, backup_ward(context, *deployment, code, file));
            const std::string ward = ward_title(context.database, code);
            if (options.all) {
                // One line a ward: a province has a hundred of them.
                context.out() << format_label(
                                     Label::backup_done_summary,
                                     {ward, file.string(), std::to_string(total_rows(moved.tables)),
                                      std::to_string(moved.evidence_files)})
                              << '\n';
                continue;
            }
            context.out() << format_label(Label::backup_done, {ward, file.string()}) << '\n';
            print_move(context.out(), moved);
        }
        return {};
    }();
    return done ? exit_ok : context.report(done.error());
}

int run_restore(CliContext& context, const OpsOptions& options) {
    const fs::path file = options.file;
    // The backup is read through a copy, migrated there when it is older than this program:
    // the backup itself stays as it was written.
    const ScratchFile scratch(fs::temp_directory_path() /
                              ("parindex-restore-" + std::to_string(::getpid()) + ".db"));
    auto done = [&]() -> Result<void> {
        PARINDEX_TRY(check_ward_file(file));
        {
            PARINDEX_TRY_ASSIGN(backup, SqliteConnection::open(file.string()));
            PARINDEX_TRY(backup->backup_to(scratch.path().string()));
        }
        PARINDEX_TRY_ASSIGN(source, open_sqlite_store(scratch.path().string()));
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        if (options.create) {
            PARINDEX_TRY(require_ward(context, "restore --create"));
            PARINDEX_TRY(register_ward(*deployment, context.ward, options.ward_name));
        }
        PARINDEX_TRY_ASSIGN(code, context.ward_code());
        PARINDEX_TRY_ASSIGN(moved,
                            copy_into_ward(context, *deployment, code, *source, file_title(file),
                                           evidence_beside(file), options.replace));
        context.out() << format_label(Label::restore_done,
                                      {ward_title(context.database, code), file.string()})
                      << '\n';
        print_move(context.out(), moved);
        return {};
    }();
    return done ? exit_ok : context.report(done.error());
}

int run_transfer(CliContext& context, const OpsOptions& options) {
    const fs::path file = options.from;
    auto done = [&]() -> Result<void> {
        PARINDEX_TRY(require_ward(context, "transfer"));
        PARINDEX_TRY(check_ward_file(file));
        PARINDEX_TRY_ASSIGN(source, open_sqlite_store(file.string()));
        PARINDEX_TRY_ASSIGN(deployment, context.deployment());
        PARINDEX_TRY(register_ward(*deployment, context.ward, options.ward_name));
        const fs::path evidence = options.from_evidence.empty()
                                      ? sqlite_evidence_root(file.string())
                                      : fs::path(options.from_evidence);
        PARINDEX_TRY_ASSIGN(moved, copy_into_ward(context, *deployment, context.ward, *source,
                                                  file_title(file), evidence, options.replace));
        context.out() << format_label(
                             Label::transfer_done,
                             {file_title(file), ward_title(context.database, context.ward)})
                      << '\n';
        print_move(context.out(), moved);
        return {};
    }();
    return done ? exit_ok : context.report(done.error());
}

}  // namespace parindex
