#include "store/postgresql/pg_dossier_writer.hpp"

#include "store/postgresql/pg_connection.hpp"
#include "store/sql/dossier_columns.hpp"

namespace parindex {

namespace {

// Rows held before one COPY: a few megabytes of text.
constexpr std::size_t k_rows_per_copy = 20000;

// The dossier columns after the code, which every row writes as integers or NULL.
std::vector<std::string_view> number_columns() {
    auto names = column_names(k_dossier_column_list);
    names.erase(names.begin());
    return names;
}

std::string staging_sql() {
    std::string sql =
        "CREATE TEMPORARY TABLE dossier_staging (seq BIGINT GENERATED ALWAYS AS IDENTITY, "
        "code TEXT NOT NULL";
    for (const std::string_view column : number_columns()) {
        sql += ", " + std::string(column) + " BIGINT";
    }
    return sql + ") ON COMMIT DROP";
}

// Every column but the code takes the incoming row's value.
std::string merge_sql() {
    const std::string columns(k_dossier_column_list);
    std::string sql = "INSERT INTO dossiers (" + columns + ") SELECT DISTINCT ON (code) " +
                      columns +
                      " FROM dossier_staging ORDER BY code, seq DESC ON CONFLICT (code) DO "
                      "UPDATE SET ";
    bool first = true;
    for (const std::string_view column : number_columns()) {
        sql += (first ? "" : ", ") + std::string(column) + " = excluded." + std::string(column);
        first = false;
    }
    return sql;
}

class PgDossierWriter final : public DossierWriter {
  public:
    PgDossierWriter(PgConnection& connection, DossierKeys keys)
        : m_connection(connection), m_keys(std::move(keys)) {}

    Result<void> upsert(DossierRecord&& d, bool due_derived) override {
        PARINDEX_TRY_ASSIGN(unit_id, m_keys.unit_id(d.unit_code));
        PARINDEX_TRY_ASSIGN(procedure_id, m_keys.procedure_id(d));
        const DossierColumnValues values =
            dossier_column_values(d, unit_id, procedure_id, due_derived);
        m_buffer += PgConnection::copy_text_field(values.code);
        for (const auto& number : values.numbers) {
            m_buffer += '\t';
            m_buffer += number ? std::to_string(*number) : "\\N";
        }
        m_buffer += '\n';
        if (++m_rows == k_rows_per_copy) {
            return flush();
        }
        return {};
    }

    Result<void> finish() override {
        PARINDEX_TRY(flush());
        if (!m_staged) {
            return {};
        }
        PARINDEX_TRY(m_connection.execute(merge_sql()));
        // Dropped now, not at commit, so a second import in the same transaction starts afresh.
        PARINDEX_TRY(m_connection.execute("DROP TABLE dossier_staging"));
        m_staged = false;
        return {};
    }

    const std::vector<std::string>& registered_units() const override {
        return m_keys.registered_units();
    }
    const std::vector<std::string>& registered_procedures() const override {
        return m_keys.registered_procedures();
    }

  private:
    Result<void> flush() {
        if (m_rows == 0) {
            return {};
        }
        if (!m_staged) {
            PARINDEX_TRY(m_connection.execute(staging_sql()));
            m_staged = true;
        }
        PARINDEX_TRY(m_connection.copy_in(
            "COPY dossier_staging (" + std::string(k_dossier_column_list) + ") FROM STDIN",
            m_buffer));
        m_buffer.clear();
        m_rows = 0;
        return {};
    }

    PgConnection& m_connection;
    DossierKeys m_keys;
    std::string m_buffer;
    std::size_t m_rows = 0;
    bool m_staged = false;
};

}  // namespace

DossierWriterFactory pg_dossier_writer_factory(PgConnection& connection) {
    return [&connection](SqlConnection& /*same connection*/,
                         DossierKeys keys) -> Result<std::unique_ptr<DossierWriter>> {
        return std::unique_ptr<DossierWriter>(
            std::make_unique<PgDossierWriter>(connection, std::move(keys)));
    };
}

}  // namespace parindex
