#include "store/sqlite/sqlite_dossier_repository.hpp"

#include <unordered_map>

#include "store/sqlite/sqlite_connection.hpp"

namespace parindex {

namespace {

constexpr int k_year_factor = 10000;
constexpr int k_month_factor = 100;

std::int64_t to_stored_day(const CivilDate& date) {
    return std::int64_t{date.year()} * k_year_factor + std::int64_t{date.month()} * k_month_factor +
           date.day();
}

std::optional<CivilDate> from_stored_day(std::int64_t value) {
    return CivilDate::create(static_cast<int>(value / k_year_factor),
                             static_cast<int>(value / k_month_factor % k_month_factor),
                             static_cast<int>(value % k_month_factor));
}

Result<CivilDate> stored_day(const SqliteStatement& row, int column, const char* what) {
    const auto date = from_stored_day(row.integer(column));
    if (!date) {
        return sqlite_corrupt(std::string(what) + " = " + std::to_string(row.integer(column)));
    }
    return *date;
}

Result<std::optional<CivilDate>> optional_stored_day(const SqliteStatement& row, int column,
                                                     const char* what) {
    if (row.is_null(column)) {
        return std::optional<CivilDate>();
    }
    PARINDEX_TRY_ASSIGN(date, stored_day(row, column, what));
    return std::optional<CivilDate>(date);
}

SqliteStatement& bind_day(SqliteStatement& statement, int index,
                          const std::optional<CivilDate>& date) {
    return date ? statement.bind(index, to_stored_day(*date)) : statement.bind_null(index);
}

std::string_view import_kind_code(ImportKind kind) {
    return kind == ImportKind::dossiers ? "dossiers" : "procedures";
}

constexpr const char* k_procedure_columns =
    "code, name, field_code, online_level, has_fee, online_payment_ready, issues_result, "
    "time_limit_days, in_catalogue";

Result<Procedure> read_procedure(const SqliteStatement& row, int first) {
    const auto level = row.integer(first + 3);
    if (level < 2 || level > 4) {
        return sqlite_corrupt("procedures.online_level = " + std::to_string(level));
    }
    return Procedure{row.text(first),
                     row.text(first + 1),
                     row.text(first + 2),
                     static_cast<OnlineLevel>(level),
                     row.integer(first + 4) != 0,
                     row.integer(first + 5) != 0,
                     row.integer(first + 6) != 0,
                     row.optional_int(first + 7),
                     row.integer(first + 8) != 0};
}

constexpr int k_dossier_columns = 18;
// Rows per INSERT: one statement's start and finish cost more than binding a row, so an import
// writes its rows 256 at a time.
constexpr std::size_t k_rows_per_statement = 256;

// Every column is written, so REPLACE (delete the row with the same code, insert the new one)
// is the upsert by MaHoSo the import wants, and SQLite runs it with less work than ON CONFLICT
// DO UPDATE.
std::string dossier_upsert_sql(std::size_t rows) {
    std::string sql =
        "INSERT OR REPLACE INTO dossiers (code, unit_id, procedure_id, channel, status, received, "
        "due, due_derived, ended, returned, apologised, supplement_requests, paused_days, "
        "paid_online, digitised, reused, electronic_result, complained) VALUES ";
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
    SqliteDossierWriter(SqliteConnection& connection, SqliteStatement batch,
                        std::unordered_map<std::string, std::int64_t> units,
                        std::unordered_map<std::string, std::int64_t> procedures)
        : m_connection(connection),
          m_batch(std::move(batch)),
          m_units(std::move(units)),
          m_procedures(std::move(procedures)),
          m_pending(k_rows_per_statement) {}

    Result<void> upsert(DossierRecord&& d, bool due_derived) override {
        PARINDEX_TRY_ASSIGN(unit_id, unit_id(d.unit_code));
        PARINDEX_TRY_ASSIGN(procedure_id, procedure_id(d));
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

    const std::vector<std::string>& registered_units() const override { return m_new_units; }
    const std::vector<std::string>& registered_procedures() const override {
        return m_new_procedures;
    }

  private:
    Result<std::int64_t> unit_id(const std::string& code) {
        const auto found = m_units.find(code);
        if (found != m_units.end()) {
            return found->second;
        }
        PARINDEX_TRY_ASSIGN(insert,
                            m_connection.prepare("INSERT INTO dossier_units (code) VALUES (?)"));
        PARINDEX_TRY(insert.bind(1, code).run());
        const std::int64_t id = m_connection.last_insert_id();
        m_units.emplace(code, id);
        m_new_units.push_back(code);
        return id;
    }

    Result<std::int64_t> procedure_id(const DossierRecord& d) {
        const auto found = m_procedures.find(d.procedure_code);
        if (found != m_procedures.end()) {
            return found->second;
        }
        PARINDEX_TRY_ASSIGN(
            insert,
            m_connection.prepare("INSERT INTO procedures (code, name, field_code, "
                                 "online_level, has_fee, online_payment_ready, "
                                 "issues_result, in_catalogue) VALUES (?, ?, ?, 2, 0, 0, 1, 0)"));
        PARINDEX_TRY(
            insert.bind(1, d.procedure_code).bind(2, d.procedure_name).bind(3, d.field_code).run());
        const std::int64_t id = m_connection.last_insert_id();
        m_procedures.emplace(d.procedure_code, id);
        m_new_procedures.push_back(d.procedure_code);
        return id;
    }

    struct Pending {
        DossierRecord dossier;
        std::int64_t unit_id = 0;
        std::int64_t procedure_id = 0;
        bool due_derived = false;
    };

    Result<void> write_pending(SqliteStatement& statement) {
        for (std::size_t row = 0; row < m_pending_count; ++row) {
            const Pending& p = m_pending[row];
            const DossierRecord& d = p.dossier;
            const int base = static_cast<int>(row) * k_dossier_columns;
            // The pending rows outlive the statement's run: their text is bound, not copied.
            statement.bind_unowned(base + 1, d.code)
                .bind(base + 2, p.unit_id)
                .bind(base + 3, p.procedure_id)
                .bind(base + 4, static_cast<int>(d.channel))
                .bind(base + 5, static_cast<int>(d.status))
                .bind(base + 6, to_stored_day(d.received));
            bind_day(statement, base + 7, d.due);
            statement.bind(base + 8, p.due_derived ? 1 : 0);
            bind_day(statement, base + 9, d.ended);
            bind_day(statement, base + 10, d.returned);
            bind_day(statement, base + 11, d.apologised);
            statement.bind(base + 12, d.supplement_requests)
                .bind(base + 13, d.paused_days)
                .bind(base + 14, static_cast<int>(d.paid_online))
                .bind(base + 15, d.digitised ? 1 : 0)
                .bind(base + 16, d.reused ? 1 : 0)
                .bind(base + 17, d.electronic_result ? 1 : 0)
                .bind(base + 18, d.complained ? 1 : 0);
        }
        m_pending_count = 0;
        return statement.run();
    }

    SqliteConnection& m_connection;
    SqliteStatement m_batch;
    std::unordered_map<std::string, std::int64_t> m_units;
    std::unordered_map<std::string, std::int64_t> m_procedures;
    std::vector<std::string> m_new_units;
    std::vector<std::string> m_new_procedures;
    std::vector<Pending> m_pending;
    std::size_t m_pending_count = 0;
};

Result<std::unordered_map<std::string, std::int64_t>> ids_by_code(SqliteConnection& connection,
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

// Positions of stored ids in a dense list, for the table's small indexes.
std::unordered_map<std::int64_t, std::uint16_t> index_ids(const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, std::uint16_t> index;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        index.emplace(ids[i], static_cast<std::uint16_t>(i));
    }
    return index;
}

int day_number_or_none(const SqliteStatement& row, int column) {
    if (row.is_null(column)) {
        return k_no_day;
    }
    const auto date = from_stored_day(row.integer(column));
    return date ? date->day_number() : k_no_day;
}

}  // namespace

Result<std::vector<Procedure>> SqliteDossierRepository::list_procedures() {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare(std::string("SELECT ") + k_procedure_columns +
                                             " FROM procedures ORDER BY code"));
    std::vector<Procedure> list;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(procedure, read_procedure(statement, 0));
        list.push_back(std::move(procedure));
        return {};
    }));
    return list;
}

Result<void> SqliteDossierRepository::save_procedures(const std::vector<Procedure>& list) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(std::string("INSERT INTO procedures (") + k_procedure_columns +
                             ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE "
                             "SET name = excluded.name, field_code = excluded.field_code, "
                             "online_level = excluded.online_level, has_fee = excluded.has_fee, "
                             "online_payment_ready = excluded.online_payment_ready, "
                             "issues_result = excluded.issues_result, "
                             "time_limit_days = excluded.time_limit_days, "
                             "in_catalogue = excluded.in_catalogue"));
    for (const Procedure& p : list) {
        PARINDEX_TRY(statement.bind(1, p.code)
                         .bind(2, p.name)
                         .bind(3, p.field_code)
                         .bind(4, static_cast<int>(p.level))
                         .bind(5, p.has_fee ? 1 : 0)
                         .bind(6, p.online_payment_ready ? 1 : 0)
                         .bind(7, p.issues_result ? 1 : 0)
                         .bind(8, p.time_limit_days)
                         .bind(9, p.in_catalogue ? 1 : 0)
                         .run());
    }
    return {};
}

Result<std::vector<DossierUnit>> SqliteDossierRepository::list_dossier_units() {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT code, coalesce(plan_unit_key, '') FROM "
                                             "dossier_units ORDER BY code"));
    std::vector<DossierUnit> units;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        units.push_back(DossierUnit{statement.text(0), statement.text(1)});
        return {};
    }));
    return units;
}

Result<void> SqliteDossierRepository::map_dossier_unit(const DossierUnit& unit) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("UPDATE dossier_units SET plan_unit_key = "
                                                        "nullif(?, '') WHERE code = ?"));
    PARINDEX_TRY(statement.bind(1, unit.plan_unit_key).bind(2, unit.code).run());
    if (m_connection.changes() == 0) {
        return sqlite_missing("dossier_units " + unit.code);
    }
    return {};
}

Result<std::int64_t> SqliteDossierRepository::count_dossiers() {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("SELECT count(*) FROM dossiers"));
    PARINDEX_TRY(statement.step());
    const std::int64_t count = statement.integer(0);
    statement.reset();
    return count;
}

Result<std::int64_t> SqliteDossierRepository::rederive_due_dates(
    const std::function<CivilDate(const CivilDate&, int)>& derive) {
    PARINDEX_TRY_ASSIGN(
        select, m_connection.prepare("SELECT d.code, d.received, d.due, p.time_limit_days "
                                     "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                                     "WHERE d.due_derived = 1 AND p.time_limit_days IS NOT NULL"));
    std::vector<std::pair<std::string, std::int64_t>> changes;
    PARINDEX_TRY(select.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(received, stored_day(select, 1, "dossiers.received"));
        const std::int64_t due =
            to_stored_day(derive(received, static_cast<int>(select.integer(3))));
        if (due != select.integer(2)) {
            changes.emplace_back(select.text(0), due);
        }
        return {};
    }));
    PARINDEX_TRY_ASSIGN(update, m_connection.prepare("UPDATE dossiers SET due = ? WHERE code = ?"));
    for (const auto& [code, due] : changes) {
        PARINDEX_TRY(update.bind(1, due).bind(2, code).run());
    }
    return static_cast<std::int64_t>(changes.size());
}

Result<std::unique_ptr<DossierWriter>> SqliteDossierRepository::open_writer() {
    PARINDEX_TRY_ASSIGN(units, ids_by_code(m_connection, "dossier_units"));
    PARINDEX_TRY_ASSIGN(procedures, ids_by_code(m_connection, "procedures"));
    PARINDEX_TRY_ASSIGN(batch, m_connection.prepare(dossier_upsert_sql(k_rows_per_statement)));
    return std::unique_ptr<DossierWriter>(std::make_unique<SqliteDossierWriter>(
        m_connection, std::move(batch), std::move(units), std::move(procedures)));
}

Result<DossierData> SqliteDossierRepository::load_dossier_data() {
    DossierData data;
    std::vector<std::int64_t> unit_ids;
    {
        PARINDEX_TRY_ASSIGN(statement,
                            m_connection.prepare("SELECT id, code, coalesce(plan_unit_key, '') "
                                                 "FROM dossier_units ORDER BY code"));
        PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
            unit_ids.push_back(statement.integer(0));
            data.units.push_back(DossierUnit{statement.text(1), statement.text(2)});
            return {};
        }));
    }
    std::vector<std::int64_t> procedure_ids;
    {
        PARINDEX_TRY_ASSIGN(statement,
                            m_connection.prepare(std::string("SELECT id, ") + k_procedure_columns +
                                                 " FROM procedures ORDER BY code"));
        PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
            procedure_ids.push_back(statement.integer(0));
            PARINDEX_TRY_ASSIGN(procedure, read_procedure(statement, 1));
            data.procedures.push_back(std::move(procedure));
            return {};
        }));
    }
    constexpr std::size_t k_max_index = 65535;
    if (unit_ids.size() > k_max_index || procedure_ids.size() > k_max_index) {
        return sqlite_corrupt("more than 65535 units or procedures");
    }
    data.index_fields();
    const auto unit_index = index_ids(unit_ids);
    const auto procedure_index = index_ids(procedure_ids);
    PARINDEX_TRY_ASSIGN(count, count_dossiers());
    constexpr std::size_t k_typical_code_bytes = 24;
    data.table.reserve(static_cast<std::size_t>(count),
                       static_cast<std::size_t>(count) * k_typical_code_bytes);
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("SELECT code, unit_id, procedure_id, status, channel, "
                             "supplement_requests, paid_online, digitised, reused, "
                             "electronic_result, complained, paused_days, received, due, ended, "
                             "apologised FROM dossiers"));
    constexpr std::int64_t k_max_small = 255;
    constexpr std::int64_t k_max_paused = 65535;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        const std::string code = statement.text(0);
        DossierRow row;
        row.code = code;
        const auto unit = unit_index.find(statement.integer(1));
        const auto procedure = procedure_index.find(statement.integer(2));
        if (unit == unit_index.end() || procedure == procedure_index.end()) {
            return sqlite_corrupt("dossiers " + code + ": unit_id or procedure_id");
        }
        row.unit = unit->second;
        row.procedure = procedure->second;
        row.status = static_cast<DossierStatus>(statement.integer(3));
        row.channel = static_cast<Channel>(statement.integer(4));
        row.supplement_requests =
            static_cast<std::uint8_t>(std::min(statement.integer(5), k_max_small));
        const std::int64_t paid = statement.integer(6);
        std::uint8_t flags = 0;
        flags |= paid == 1 ? flag_paid_national : std::uint8_t{0};
        flags |= paid == 2 ? flag_paid_gateway : std::uint8_t{0};
        flags |= statement.integer(7) != 0 ? flag_digitised : std::uint8_t{0};
        flags |= statement.integer(8) != 0 ? flag_reused : std::uint8_t{0};
        flags |= statement.integer(9) != 0 ? flag_electronic_result : std::uint8_t{0};
        flags |= statement.integer(10) != 0 ? flag_complained : std::uint8_t{0};
        row.flags = flags;
        row.paused_days = static_cast<std::uint16_t>(std::min(statement.integer(11), k_max_paused));
        row.received = day_number_or_none(statement, 12);
        row.due = day_number_or_none(statement, 13);
        row.ended = day_number_or_none(statement, 14);
        row.apologised = day_number_or_none(statement, 15);
        data.table.append(row);
        return {};
    }));
    return data;
}

Result<std::vector<DossierRecord>> SqliteDossierRepository::find_dossiers(
    const std::vector<std::string>& codes) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(
            "SELECT d.code, u.code, p.code, p.name, p.field_code, d.channel, d.received, d.due, "
            "d.ended, d.returned, d.status, d.supplement_requests, d.paused_days, d.paid_online, "
            "d.digitised, d.reused, d.electronic_result, d.apologised, d.complained "
            "FROM dossiers d JOIN dossier_units u ON u.id = d.unit_id "
            "JOIN procedures p ON p.id = d.procedure_id WHERE d.code = ?"));
    std::vector<DossierRecord> found;
    for (const std::string& code : codes) {
        statement.bind(1, code);
        PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
            DossierRecord d;
            d.code = statement.text(0);
            d.unit_code = statement.text(1);
            d.procedure_code = statement.text(2);
            d.procedure_name = statement.text(3);
            d.field_code = statement.text(4);
            d.channel = static_cast<Channel>(statement.integer(5));
            PARINDEX_TRY_ASSIGN(received, stored_day(statement, 6, "dossiers.received"));
            d.received = received;
            PARINDEX_TRY_ASSIGN(due, optional_stored_day(statement, 7, "dossiers.due"));
            d.due = due;
            PARINDEX_TRY_ASSIGN(ended, optional_stored_day(statement, 8, "dossiers.ended"));
            d.ended = ended;
            PARINDEX_TRY_ASSIGN(returned, optional_stored_day(statement, 9, "dossiers.returned"));
            d.returned = returned;
            d.status = static_cast<DossierStatus>(statement.integer(10));
            d.supplement_requests = static_cast<int>(statement.integer(11));
            d.paused_days = static_cast<int>(statement.integer(12));
            d.paid_online = static_cast<OnlinePayment>(statement.integer(13));
            d.digitised = statement.integer(14) != 0;
            d.reused = statement.integer(15) != 0;
            d.electronic_result = statement.integer(16) != 0;
            PARINDEX_TRY_ASSIGN(apologised,
                                optional_stored_day(statement, 17, "dossiers.apologised"));
            d.apologised = apologised;
            d.complained = statement.integer(18) != 0;
            found.push_back(std::move(d));
            return {};
        }));
    }
    return found;
}

Result<std::vector<CalendarDay>> SqliteDossierRepository::list_calendar_days() {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare("SELECT day, kind, name FROM calendar_days ORDER BY day"));
    std::vector<CalendarDay> days;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(day, stored_day(statement, 0, "calendar_days.day"));
        const auto kind = calendar_day_kind_from_code(statement.text(1));
        if (!kind) {
            return sqlite_corrupt("calendar_days.kind = " + statement.text(1));
        }
        days.push_back(CalendarDay{day, *kind, statement.text(2)});
        return {};
    }));
    return days;
}

Result<void> SqliteDossierRepository::replace_calendar_year(int year,
                                                            const std::vector<CalendarDay>& days) {
    PARINDEX_TRY_ASSIGN(
        remove, m_connection.prepare("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"));
    PARINDEX_TRY(remove.bind(1, std::int64_t{year} * k_year_factor)
                     .bind(2, std::int64_t{year + 1} * k_year_factor)
                     .run());
    PARINDEX_TRY_ASSIGN(
        insert,
        m_connection.prepare("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"));
    for (const CalendarDay& day : days) {
        PARINDEX_TRY(insert.bind(1, to_stored_day(day.date))
                         .bind(2, calendar_day_kind_code(day.kind))
                         .bind(3, day.name)
                         .run());
    }
    return {};
}

Result<void> SqliteDossierRepository::record_import(const DossierImportRecord& record) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("INSERT INTO dossier_imports (imported_at, source, kind, rows_read, "
                             "inserted, updated, rejected, latest_day, imported_by) VALUES (?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)"));
    statement.bind(1, record.imported_at)
        .bind(2, record.source)
        .bind(3, import_kind_code(record.kind))
        .bind(4, record.rows_read)
        .bind(5, record.inserted)
        .bind(6, record.updated)
        .bind(7, record.rejected);
    bind_day(statement, 8, record.latest_day);
    return statement.bind(9, record.imported_by).run();
}

Result<std::optional<DossierImportRecord>> SqliteDossierRepository::latest_import(ImportKind kind) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("SELECT imported_at, source, rows_read, inserted, updated, rejected, "
                             "latest_day, imported_by FROM dossier_imports WHERE kind = ? ORDER "
                             "BY id DESC LIMIT 1"));
    statement.bind(1, import_kind_code(kind));
    std::optional<DossierImportRecord> latest;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(day, optional_stored_day(statement, 6, "dossier_imports.latest_day"));
        latest = DossierImportRecord{statement.text(0),
                                     statement.text(1),
                                     kind,
                                     statement.integer(2),
                                     statement.integer(3),
                                     statement.integer(4),
                                     statement.integer(5),
                                     day,
                                     statement.text(7)};
        return {};
    }));
    return latest;
}

}  // namespace parindex
