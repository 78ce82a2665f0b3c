#include "store/sql/sql_unit_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<std::vector<Unit>> SqlUnitRepository::list_units() {
    auto statement =
        m_connection.prepare("SELECT unit_key, name, kind, is_coordinator FROM units ORDER BY id");
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    std::vector<Unit> units;
    PARINDEX_TRY(statement->for_each_row([&]() -> Result<void> {
        const auto kind = unit_kind_from_code(statement->text(2));
        if (!kind) {
            return fail(ErrorCode::storage, Label::error_database,
                        {"units.kind = " + statement->text(2)});
        }
        units.push_back(
            Unit{statement->text(0), statement->text(1), *kind, statement->integer(3) != 0});
        return {};
    }));
    return units;
}

Result<void> SqlUnitRepository::save_units(const std::vector<Unit>& units) {
    auto statement = m_connection.prepare(
        "INSERT INTO units (unit_key, name, kind, is_coordinator) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (unit_key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "is_coordinator = excluded.is_coordinator");
    if (!statement) {
        return tl::unexpected(statement.error());
    }
    for (const Unit& unit : units) {
        auto saved = statement->bind(1, unit.key)
                         .bind(2, unit.name)
                         .bind(3, unit_kind_code(unit.kind))
                         .bind(4, unit.is_coordinator ? 1 : 0)
                         .run();
        if (!saved) {
            return saved;
        }
    }
    return {};
}

}  // namespace parindex
