#include "store/sql/sql_dossier_repository.hpp"

#include <unordered_map>

#include "store/sql/dossier_columns.hpp"
#include "store/sql/sql_connection.hpp"

namespace parindex {

namespace {

Result<CivilDate> stored_day(const SqlStatement& row, int column, const char* what) {
    const auto date = from_stored_day(row.integer(column));
    if (!date) {
        return sql_corrupt(std::string(what) + " = " + std::to_string(row.integer(column)));
    }
    return *date;
}

Result<std::optional<CivilDate>> optional_stored_day(const SqlStatement& row, int column,
                                                     const char* what) {
    if (row.is_null(column)) {
        return std::optional<CivilDate>();
    }
    PARINDEX_TRY_ASSIGN(date, stored_day(row, column, what));
    return std::optional<CivilDate>(date);
}

SqlStatement& bind_day(SqlStatement& statement, int index, const std::optional<CivilDate>& date) {
    return date ? statement.bind(index, to_stored_day(*date)) : statement.bind_null(index);
}

std::string_view import_kind_code(ImportKind kind) {
    return kind == ImportKind::dossiers ? "dossiers" : "procedures";
}

constexpr const char* k_procedure_columns =
    "code, name, field_code, online_level, has_fee, online_payment_ready, issues_result, "
    "time_limit_days, in_catalogue";

Result<Procedure> read_procedure(const SqlStatement& row, int first) {
    const auto level = row.integer(first + 3);
    if (level < 2 || level > 4) {
        return sql_corrupt("procedures.online_level = " + std::to_string(level));
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

// Positions of stored ids in a dense list, for the table's small indexes.
std::unordered_map<std::int64_t, std::uint16_t> index_ids(const std::vector<std::int64_t>& ids) {
    std::unordered_map<std::int64_t, std::uint16_t> index;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        index.emplace(ids[i], static_cast<std::uint16_t>(i));
    }
    return index;
}

int day_number_or_none(const SqlStatement& row, int column) {
    if (row.is_null(column)) {
        return k_no_day;
    }
    const auto date = from_stored_day(row.integer(column));
    return date ? date->day_number() : k_no_day;
}

}  // namespace

Result<std::vector<Procedure>> SqlDossierRepository::list_procedures() {
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

Result<void> SqlDossierRepository::save_procedures(const std::vector<Procedure>& list) {
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

Result<std::vector<DossierUnit>> SqlDossierRepository::list_dossier_units() {
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

Result<void> SqlDossierRepository::map_dossier_unit(const DossierUnit& unit) {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("UPDATE dossier_units SET plan_unit_key = "
                                                        "nullif(?, '') WHERE code = ?"));
    PARINDEX_TRY(statement.bind(1, unit.plan_unit_key).bind(2, unit.code).run());
    if (m_connection.changes() == 0) {
        return sql_missing("dossier_units " + unit.code);
    }
    return {};
}

Result<std::int64_t> SqlDossierRepository::count_dossiers() {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("SELECT count(*) FROM dossiers"));
    PARINDEX_TRY(statement.step());
    const std::int64_t count = statement.integer(0);
    statement.reset();
    return count;
}

Result<std::int64_t> SqlDossierRepository::rederive_due_dates(
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

Result<std::unique_ptr<DossierWriter>> SqlDossierRepository::open_writer() {
    PARINDEX_TRY_ASSIGN(keys, DossierKeys::load(m_connection));
    return m_open_writer(m_connection, std::move(keys));
}

Result<DossierData> SqlDossierRepository::load_dossier_data() {
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
        return sql_corrupt("more than 65535 units or procedures");
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
            return sql_corrupt("dossiers " + code + ": unit_id or procedure_id");
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

Result<std::vector<DossierRecord>> SqlDossierRepository::find_dossiers(
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

Result<std::vector<CalendarDay>> SqlDossierRepository::list_calendar_days() {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare("SELECT day, kind, name FROM calendar_days ORDER BY day"));
    std::vector<CalendarDay> days;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(day, stored_day(statement, 0, "calendar_days.day"));
        const auto kind = calendar_day_kind_from_code(statement.text(1));
        if (!kind) {
            return sql_corrupt("calendar_days.kind = " + statement.text(1));
        }
        days.push_back(CalendarDay{day, *kind, statement.text(2)});
        return {};
    }));
    return days;
}

Result<void> SqlDossierRepository::replace_calendar_year(int year,
                                                         const std::vector<CalendarDay>& days) {
    PARINDEX_TRY_ASSIGN(
        remove, m_connection.prepare("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"));
    // Stored days are yyyymmdd: the year's fall between yyyy0000 and (yyyy+1)0000.
    constexpr std::int64_t k_year_factor = 10000;
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

Result<void> SqlDossierRepository::record_import(const DossierImportRecord& record) {
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

Result<std::optional<DossierImportRecord>> SqlDossierRepository::latest_import(ImportKind kind) {
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
