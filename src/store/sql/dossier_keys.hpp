#pragma once
// The ids of the one-stop units and procedures an import's dossiers point to, registering the
// codes not seen before (a unit unmapped, a procedure outside the catalogue) as the engines'
// bulk writers meet them.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/dossier.hpp"
#include "store/sql/sql_connection.hpp"

namespace parindex {

class DossierKeys {
  public:
    // Reads the stored codes and ids.
    [[nodiscard]] static Result<DossierKeys> load(SqlConnection& connection);

    [[nodiscard]] Result<std::int64_t> unit_id(const std::string& code);
    [[nodiscard]] Result<std::int64_t> procedure_id(const DossierRecord& dossier);
    [[nodiscard]] const std::vector<std::string>& registered_units() const { return m_new_units; }
    [[nodiscard]] const std::vector<std::string>& registered_procedures() const {
        return m_new_procedures;
    }

  private:
    explicit DossierKeys(SqlConnection& connection) : m_connection(&connection) {}

    SqlConnection* m_connection;
    std::unordered_map<std::string, std::int64_t> m_units;
    std::unordered_map<std::string, std::int64_t> m_procedures;
    std::vector<std::string> m_new_units;
    std::vector<std::string> m_new_procedures;
};

}  // namespace parindex
