#include "store/open_store.hpp"

#include "store/postgresql/pg_deployment.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_deployment.hpp"
#include "store/sqlite/sqlite_dossier_writer.hpp"

namespace parindex {

bool is_postgresql_url(std::string_view location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<Deployment>> open_deployment(const std::string& location) {
    if (is_postgresql_url(location)) {
        PARINDEX_TRY_ASSIGN(deployment, PgDeployment::open(location));
        return std::unique_ptr<Deployment>(std::move(deployment));
    }
    return std::unique_ptr<Deployment>(std::make_unique<SqliteDeployment>(location));
}

Result<std::string> choose_ward(Deployment& deployment, const std::string& ward) {
    if (!ward.empty()) {
        return ward;
    }
    PARINDEX_TRY_ASSIGN(wards, deployment.list_wards());
    if (wards.size() == 1) {
        return wards.front().code;
    }
    std::string codes;
    for (const WardEntry& entry : wards) {
        codes += (codes.empty() ? "" : ", ") + entry.code;
    }
    return fail(ErrorCode::invalid_input, Label::error_ward_choice,
                {std::to_string(wards.size()), codes.empty() ? "—" : codes},
                Location{{}, 0, "--ward"});
}

Result<std::unique_ptr<WorkflowStore>> open_store(const std::string& location,
                                                  const std::string& ward) {
    PARINDEX_TRY_ASSIGN(deployment, open_deployment(location));
    PARINDEX_TRY_ASSIGN(code, choose_ward(*deployment, ward));
    return deployment->open_ward(code);
}

Result<std::unique_ptr<SqlStore>> open_sqlite_store(const std::string& path) {
    PARINDEX_TRY_ASSIGN(connection, SqliteConnection::open(path));
    return SqlStore::open(std::move(connection), open_sqlite_dossier_writer);
}

}  // namespace parindex
