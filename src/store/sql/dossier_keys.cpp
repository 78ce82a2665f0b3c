#include "store/sql/dossier_keys.hpp"

namespace parindex {

namespace {

Result<std::unordered_map<std::string, std::int64_t>> ids_by_code(SqlConnection& connection,
                                                                  std::string_view table) {
    PARINDEX_TRY_ASSIGN(statement,
                        connection.prepare("SELECT code, id FROM " + std::string(table)));
    std::unordered_map<std::string, std::int64_t> ids;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        ids.emplace(statement.text(0), statement.integer(1));
        return {};
    }));
    return ids;
}

}  // namespace

Result<DossierKeys> DossierKeys::load(SqlConnection& connection) {
    DossierKeys keys(connection);
    PARINDEX_TRY_ASSIGN(units, ids_by_code(connection, "dossier_units"));
    PARINDEX_TRY_ASSIGN(procedures, ids_by_code(connection, "procedures"));
    keys.m_units = std::move(units);
    keys.m_procedures = std::move(procedures);
    return keys;
}

Result<std::int64_t> DossierKeys::unit_id(const std::string& code) {
    const auto found = m_units.find(code);
    if (found != m_units.end()) {
        return found->second;
    }
    PARINDEX_TRY_ASSIGN(
        insert, m_connection->prepare("INSERT INTO dossier_units (code) VALUES (?) RETURNING id"));
    PARINDEX_TRY_ASSIGN(id, insert.bind(1, code).run_returning_id());
    m_units.emplace(code, id);
    m_new_units.push_back(code);
    return id;
}

Result<std::int64_t> DossierKeys::procedure_id(const DossierRecord& d) {
    const auto found = m_procedures.find(d.procedure_code);
    if (found != m_procedures.end()) {
        return found->second;
    }
    PARINDEX_TRY_ASSIGN(insert, m_connection->prepare(
                                    "INSERT INTO procedures (code, name, field_code, "
                                    "online_level, has_fee, online_payment_ready, issues_result, "
                                    "in_catalogue) VALUES (?, ?, ?, 2, 0, 0, 1, 0) RETURNING id"));
    PARINDEX_TRY_ASSIGN(id, insert.bind(1, d.procedure_code)
                                .bind(2, d.procedure_name)
                                .bind(3, d.field_code)
                                .run_returning_id());
    m_procedures.emplace(d.procedure_code, id);
    m_new_procedures.push_back(d.procedure_code);
    return id;
}

}  // namespace parindex
