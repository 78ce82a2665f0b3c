#include "store/postgresql/pg_deployment.hpp"

#include "store/postgresql/pg_connection.hpp"
#include "store/postgresql/pg_dossier_writer.hpp"

namespace parindex {

std::string ward_schema(std::string_view code) {
    if (code == k_province_code) {
        return std::string(k_province_code);
    }
    std::string schema = "ward_" + std::string(code);
    std::replace(schema.begin(), schema.end(), '-', '_');
    return schema;
}

PgDeployment::PgDeployment(std::string url, std::unique_ptr<PgConnection> registry)
    : m_url(std::move(url)), m_registry(std::move(registry)) {}

PgDeployment::~PgDeployment() = default;

Result<std::unique_ptr<PgDeployment>> PgDeployment::open(const std::string& url) {
    PARINDEX_TRY_ASSIGN(registry, PgConnection::open(url, "public"));
    PARINDEX_TRY(registry->execute(
        "CREATE TABLE IF NOT EXISTS parindex_wards (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
    return std::unique_ptr<PgDeployment>(new PgDeployment(url, std::move(registry)));
}

Result<std::vector<WardEntry>> PgDeployment::list_wards() {
    const std::lock_guard lock(m_mutex);
    PARINDEX_TRY_ASSIGN(statement,
                        m_registry->prepare("SELECT code, name FROM parindex_wards ORDER BY code"));
    std::vector<WardEntry> wards;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        wards.push_back(WardEntry{statement.text(0), statement.text(1)});
        return {};
    }));
    return wards;
}

Result<std::unique_ptr<SqlStore>> PgDeployment::open_sql_store(const std::string& code) {
    if (code != k_province_code) {
        const std::lock_guard lock(m_mutex);
        PARINDEX_TRY_ASSIGN(statement,
                            m_registry->prepare("SELECT 1 FROM parindex_wards WHERE code = ?"));
        PARINDEX_TRY_ASSIGN(found, statement.bind(1, code).step());
        statement.reset();
        if (!found) {
            return fail(ErrorCode::not_found, Label::error_ward_unknown, {code});
        }
    }
    PARINDEX_TRY_ASSIGN(connection, PgConnection::open(m_url, ward_schema(code)));
    PgConnection& pg = *connection;
    PARINDEX_TRY_ASSIGN(store,
                        SqlStore::open(std::move(connection), pg_dossier_writer_factory(pg)));
    PARINDEX_TRY(pg.prepare_revision_table());
    return store;
}

Result<std::unique_ptr<WorkflowStore>> PgDeployment::open_ward(const std::string& code) {
    PARINDEX_TRY_ASSIGN(store, open_sql_store(code));
    return std::unique_ptr<WorkflowStore>(std::move(store));
}

Result<std::unique_ptr<WorkflowStore>> PgDeployment::open_province() {
    {
        const std::lock_guard lock(m_mutex);
        PARINDEX_TRY(m_registry->execute("CREATE SCHEMA IF NOT EXISTS " +
                                         PgConnection::quote_identifier(k_province_code)));
    }
    return open_ward(std::string(k_province_code));
}

Result<void> PgDeployment::add_ward(const WardEntry& ward) {
    if (!is_valid_ward_code(ward.code)) {
        return fail(ErrorCode::invalid_input, Label::error_ward_code, {ward.code},
                    Location{{}, 0, "code"});
    }
    if (ward.name.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_ward_name, {}, Location{{}, 0, "name"});
    }
    // The schema and the register's row land together: a ward is registered with its tables.
    std::unique_lock lock(m_mutex);
    PARINDEX_TRY(m_registry->begin());
    auto added = [&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(insert, m_registry->prepare("INSERT INTO parindex_wards (code, name) "
                                                        "VALUES (?, ?) ON CONFLICT DO NOTHING"));
        PARINDEX_TRY(insert.bind(1, ward.code).bind(2, ward.name).run());
        if (m_registry->changes() == 0) {
            return fail(ErrorCode::conflict, Label::error_ward_exists, {ward.code});
        }
        return m_registry->execute("CREATE SCHEMA " +
                                   PgConnection::quote_identifier(ward_schema(ward.code)));
    }();
    if (!added) {
        m_registry->rollback();
        return added;
    }
    PARINDEX_TRY(m_registry->commit());
    lock.unlock();
    // Migrated now, so the ward is ready before its first use.
    PARINDEX_TRY(open_sql_store(ward.code));
    return {};
}

}  // namespace parindex
