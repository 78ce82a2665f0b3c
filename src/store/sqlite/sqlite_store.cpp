#include "store/sqlite/sqlite_store.hpp"

#include "store/migrations.hpp"

namespace parindex {

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection)),
      m_units(*m_connection),
      m_plans(*m_connection),
      m_users(*m_connection),
      m_sessions(*m_connection),
      m_reports(*m_connection),
      m_discussions(*m_connection),
      m_period_locks(*m_connection),
      m_audit(*m_connection),
      m_dossiers(*m_connection),
      m_scores(*m_connection),
      m_documents(*m_connection) {}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
    auto connection = SqliteConnection::open(path);
    if (!connection) {
        return tl::unexpected(connection.error());
    }
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*connection)));
    auto migrated = store->migrate();
    if (!migrated) {
        return tl::unexpected(migrated.error());
    }
    return store;
}

Result<void> SqliteStore::transaction(const std::function<Result<void>()>& work) {
    const std::lock_guard lock(m_mutex);
    auto begun = m_connection->execute("BEGIN IMMEDIATE");
    if (!begun) {
        return begun;
    }
    Result<void> result;
    try {
        result = work();
    } catch (...) {
        // A bug or a library's exception in the work must not leave the transaction open: every
        // later request would fail with "cannot start a transaction within a transaction".
        (void)m_connection->execute("ROLLBACK");
        throw;
    }
    if (!result) {
        (void)m_connection->execute("ROLLBACK");
        return result;
    }
    auto committed = m_connection->execute("COMMIT");
    if (!committed) {
        (void)m_connection->execute("ROLLBACK");
    }
    return committed;
}

Result<std::int64_t> SqliteStore::external_change_marker() {
    const std::lock_guard lock(m_mutex);
    // SQLite's data_version moves when another connection commits, never for our own commits.
    PARINDEX_TRY_ASSIGN(statement, m_connection->prepare("PRAGMA data_version"));
    PARINDEX_TRY_ASSIGN(row, statement.step());
    return row ? statement.integer(0) : 0;
}

Result<int> SqliteStore::schema_version() {
    auto statement =
        m_connection->prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    auto row = statement->step();
    if (!row) {
        return tl::unexpected(row.error());
    }
    return static_cast<int>(statement->integer(0));
}

Result<void> SqliteStore::migrate() {
    auto created = m_connection->execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
    if (!created) {
        return created;
    }
    auto current = schema_version();
    if (!current) {
        return tl::unexpected(current.error());
    }
    const int newest = migrations().empty() ? 0 : migrations().back().version;
    if (*current > newest) {
        return fail(ErrorCode::storage, Label::error_database_newer,
                    {std::to_string(*current), std::to_string(newest)});
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= *current) {
            continue;
        }
        auto applied = transaction([&]() -> Result<void> {
            auto executed = m_connection->execute(migration.sql);
            if (!executed) {
                return executed;
            }
            auto recorded = m_connection->prepare(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)");
            if (!recorded) {
                return tl::unexpected(recorded.error());
            }
            return recorded->bind(1, migration.version).bind(2, migration.name).run();
        });
        if (!applied) {
            return fail(ErrorCode::storage, Label::error_migration,
                        {std::string(migration.name), describe(applied.error())});
        }
    }
    return {};
}

}  // namespace parindex
