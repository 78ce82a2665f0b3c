#include "store/sql/sql_store.hpp"

#include "store/migrations.hpp"

namespace parindex {

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection, DossierWriterFactory dossier_writer)
    : m_connection(std::move(connection)),
      m_units(*m_connection),
      m_plans(*m_connection),
      m_users(*m_connection),
      m_sessions(*m_connection),
      m_reports(*m_connection),
      m_discussions(*m_connection),
      m_period_locks(*m_connection),
      m_audit(*m_connection),
      m_dossiers(*m_connection, std::move(dossier_writer)),
      m_scores(*m_connection),
      m_documents(*m_connection) {}

Result<std::unique_ptr<SqlStore>> SqlStore::open(std::unique_ptr<SqlConnection> connection,
                                                 DossierWriterFactory dossier_writer) {
    std::unique_ptr<SqlStore> store(new SqlStore(std::move(connection), std::move(dossier_writer)));
    PARINDEX_TRY(store->migrate());
    return store;
}

Result<void> SqlStore::transaction(const std::function<Result<void>()>& work) {
    const std::lock_guard lock(m_mutex);
    PARINDEX_TRY(m_connection->begin());
    Result<void> result;
    try {
        result = work();
    } catch (...) {
        // A bug or a library's exception in the work must not leave the transaction open: every
        // later request would fail with "cannot start a transaction within a transaction".
        m_connection->rollback();
        throw;
    }
    if (!result) {
        m_connection->rollback();
        return result;
    }
    auto committed = m_connection->commit();
    if (!committed) {
        m_connection->rollback();
    }
    return committed;
}

Result<std::int64_t> SqlStore::external_change_marker() {
    const std::lock_guard lock(m_mutex);
    return m_connection->external_change_marker();
}

Result<void> SqlStore::with_connection(const std::function<Result<void>(SqlConnection&)>& work) {
    const std::lock_guard lock(m_mutex);
    return work(*m_connection);
}

Result<int> SqlStore::schema_version() {
    PARINDEX_TRY_ASSIGN(statement, m_connection->prepare("SELECT COALESCE(MAX(version), 0) FROM "
                                                         "schema_migrations"));
    PARINDEX_TRY(statement.step());
    const auto version = static_cast<int>(statement.integer(0));
    statement.reset();
    return version;
}

Result<void> SqlStore::migrate() {
    PARINDEX_TRY(
        m_connection->execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                              " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                              " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
    PARINDEX_TRY_ASSIGN(current, schema_version());
    const auto& list = migrations(m_connection->engine());
    const int newest = list.empty() ? 0 : list.back().version;
    if (current > newest) {
        return fail(ErrorCode::storage, Label::error_database_newer,
                    {std::to_string(current), std::to_string(newest)});
    }
    for (const Migration& migration : list) {
        if (migration.version <= current) {
            continue;
        }
        auto applied = transaction([&]() -> Result<void> {
            PARINDEX_TRY(m_connection->execute(migration.sql));
            PARINDEX_TRY_ASSIGN(recorded,
                                m_connection->prepare("INSERT INTO schema_migrations (version, "
                                                      "name) VALUES (?, ?)"));
            return recorded.bind(1, migration.version).bind(2, migration.name).run();
        });
        if (!applied) {
            return fail(ErrorCode::storage, Label::error_migration,
                        {std::string(migration.name), describe(applied.error())});
        }
    }
    return {};
}

}  // namespace parindex
