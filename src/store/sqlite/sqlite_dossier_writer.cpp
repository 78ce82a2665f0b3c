#include "store/sqlite/sqlite_dossier_writer.hpp"

#include "store/sql/dossier_columns.hpp"

namespace parindex {

namespace {

constexpr int k_dossier_columns = static_cast<int>(k_dossier_number_columns) + 1;
// Rows per INSERT: one statement's start and finish cost more than binding a row, so an import
// writes its rows 256 at a time.
constexpr std::size_t k_rows_per_statement = 256;

// Every column is written, so REPLACE (delete the row with the same code, insert the new one)
// is the upsert by MaHoSo the import wants, and SQLite runs it with less work than ON CONFLICT
// DO UPDATE.
std::string dossier_upsert_sql(std::size_t rows) {
    std::string sql =
        "INSERT OR REPLACE INTO dossiers (" + std::string(k_dossier_column_list) + ") VALUES ";
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < k_dossier_columns; ++column) {
            sql += column == 0 ? "?" : ", ?";
        }
        sql += ")";
    }
    return sql;
}

class SqliteDossierWriter final : public DossierWriter {
  public:
    SqliteDossierWriter(SqlConnection& connection, SqlStatement batch, DossierKeys keys)
        : m_connection(connection),
          m_batch(std::move(batch)),
          m_keys(std::move(keys)),
          m_pending(k_rows_per_statement) {}

    Result<void> upsert(DossierRecord&& d, bool due_derived) override {
        PARINDEX_TRY_ASSIGN(unit_id, m_keys.unit_id(d.unit_code));
        PARINDEX_TRY_ASSIGN(procedure_id, m_keys.procedure_id(d));
        Pending& slot = m_pending[m_pending_count++];
        slot.dossier = std::move(d);
        slot.unit_id = unit_id;
        slot.procedure_id = procedure_id;
        slot.due_derived = due_derived;
        if (m_pending_count == k_rows_per_statement) {
            return write_pending(m_batch);
        }
        return {};
    }

    Result<void> finish() override {
        if (m_pending_count == 0) {
            return {};
        }
        PARINDEX_TRY_ASSIGN(tail, m_connection.prepare(dossier_upsert_sql(m_pending_count)));
        return write_pending(tail);
    }

    const std::vector<std::string>& registered_units() const override {
        return m_keys.registered_units();
    }
    const std::vector<std::string>& registered_procedures() const override {
        return m_keys.registered_procedures();
    }

  private:
    struct Pending {
        DossierRecord dossier;
        std::int64_t unit_id = 0;
        std::int64_t procedure_id = 0;
        bool due_derived = false;
    };

    Result<void> write_pending(SqlStatement& statement) {
        for (std::size_t row = 0; row < m_pending_count; ++row) {
            const Pending& p = m_pending[row];
            const DossierColumnValues values =
                dossier_column_values(p.dossier, p.unit_id, p.procedure_id, p.due_derived);
            int index = static_cast<int>(row) * k_dossier_columns + 1;
            // The pending rows outlive the statement's run: their text is bound, not copied.
            statement.bind_unowned(index++, values.code);
            for (const auto& number : values.numbers) {
                if (number) {
                    statement.bind(index++, *number);
                } else {
                    statement.bind_null(index++);
                }
            }
        }
        m_pending_count = 0;
        return statement.run();
    }

    SqlConnection& m_connection;
    SqlStatement m_batch;
    DossierKeys m_keys;
    std::vector<Pending> m_pending;
    std::size_t m_pending_count = 0;
};

}  // namespace

Result<std::unique_ptr<DossierWriter>> open_sqlite_dossier_writer(SqlConnection& connection,
                                                                  DossierKeys keys) {
    PARINDEX_TRY_ASSIGN(batch, connection.prepare(dossier_upsert_sql(k_rows_per_statement)));
    return std::unique_ptr<DossierWriter>(
        std::make_unique<SqliteDossierWriter>(connection, std::move(batch), std::move(keys)));
}

}  // namespace parindex
