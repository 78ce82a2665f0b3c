// The indicator engine against SQL written straight from docs/dossiers.md section 3: thirty
// thousand generated dossiers go through the real import into a real SQLite file; the engine
// computes every indicator from the loaded snapshot, and independent GROUP BY queries over the
// same file compute every numerator and denominator. Both must agree exactly, group by group.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "app/dossier_cache.hpp"
#include "app/dossier_generator.hpp"
#include "app/dossier_import.hpp"
#include "domain/dossier_indicators.hpp"
#include "importers/calendar_reader.hpp"
#include "importers/dossier_csv_writer.hpp"
#include "importers/dossier_file_reader.hpp"
#include "store/open_store.hpp"

namespace parindex {
namespace {

constexpr std::size_t k_dossier_count = 30'000;
constexpr std::uint64_t k_seed = 20250;

class FixedClock : public Clock {
  public:
    [[nodiscard]] CivilDate today() const override { return *CivilDate::create(2025, 12, 31); }
    [[nodiscard]] std::string now() const override { return "2025-12-31T10:00:00Z"; }
    [[nodiscard]] std::string later(long /*seconds*/) const override {
        return "2026-01-01T10:00:00Z";
    }
};

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The numerators and denominators of section 3, as the SQL below counts them.
struct SqlCounts {
    std::int64_t handled = 0;
    std::int64_t finished = 0;
    std::int64_t on_time = 0;
    std::int64_t late = 0;
    std::int64_t late_apologised = 0;
    std::int64_t result_required = 0;
    std::int64_t electronic_result = 0;
    std::int64_t digitised = 0;
    std::int64_t reused = 0;
    std::int64_t online = 0;
    std::int64_t fully_online_procedure = 0;
    std::int64_t fully_online = 0;
    std::int64_t fee_dossiers = 0;
    std::int64_t fee_paid_online = 0;
    std::int64_t complained = 0;
    std::int64_t fee_procedures = 0;
    std::int64_t fee_procedures_paid = 0;
    std::int64_t catalogue_fee_procedures = 0;
    std::int64_t catalogue_payment_ready = 0;
};

int yyyymmdd(const CivilDate& date) {
    return date.year() * 10000 + date.month() * 100 + date.day();
}

// The set H with its per-dossier traits, for a period bound to :from and :to (yyyymmdd).
// Dates are converted once to Julian day numbers so that "ended minus SoNgayBoSung days" is
// real date arithmetic.
constexpr const char* k_handled_cte = R"sql(
WITH jd AS (
    SELECT d.*,
           u.code AS unit_code,
           p.code AS procedure_code,
           p.field_code AS field_code,
           p.online_level, p.has_fee, p.online_payment_ready, p.issues_result, p.in_catalogue,
           julianday(printf('%04d-%02d-%02d', d.ended / 10000, d.ended / 100 % 100,
                            d.ended % 100)) AS ended_jd,
           julianday(printf('%04d-%02d-%02d', d.due / 10000, d.due / 100 % 100,
                            d.due % 100)) AS due_jd,
           julianday(printf('%04d-%02d-%02d', :to / 10000, :to / 100 % 100, :to % 100)) AS to_jd
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
    JOIN dossier_units u ON u.id = d.unit_id
),
h AS (
    SELECT jd.*,
           CASE WHEN status IN (7, 8, 9, 10) AND ended IS NOT NULL
                     AND ended >= :from AND ended <= :to THEN 1 ELSE 0 END AS fin
    FROM jd
    WHERE status NOT IN (1, 3)
      AND received <= :to
      AND ((status IN (7, 8, 9, 10) AND ended IS NOT NULL AND ended >= :from AND ended <= :to)
           OR status NOT IN (7, 8, 9, 10)
           OR (ended IS NOT NULL AND ended > :to))
),
t AS (
    SELECT h.*,
           CASE WHEN supplement_requests <= 1
                     AND (CASE WHEN fin = 1 THEN ended_jd - paused_days ELSE to_jd END) <= due_jd
                THEN 1 ELSE 0 END AS on_time
    FROM h
)
)sql";

constexpr const char* k_group_select = R"sql(
SELECT %KEY% AS group_key,
       COUNT(*),
       SUM(fin),
       SUM(on_time),
       SUM(1 - on_time),
       SUM(CASE WHEN on_time = 0 AND apologised IS NOT NULL AND apologised <= due
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN fin = 1 AND issues_result = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN fin = 1 AND issues_result = 1 AND electronic_result = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN digitised = 1 AND (electronic_result = 1 OR issues_result = 0 OR fin = 0)
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN reused = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN channel = 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN online_level = 4 THEN 1 ELSE 0 END),
       SUM(CASE WHEN online_level = 4 AND channel = 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN has_fee = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN has_fee = 1 AND paid_online IN (1, 2) THEN 1 ELSE 0 END),
       SUM(CASE WHEN complained = 1 THEN 1 ELSE 0 END),
       COUNT(DISTINCT CASE WHEN has_fee = 1 THEN procedure_id END),
       COUNT(DISTINCT CASE WHEN has_fee = 1 AND paid_online IN (1, 2) THEN procedure_id END),
       -- payment_enabled_rate of a unit, procedure or field: the catalogue procedures with a
       -- dossier of the group in H (the ward's counts the whole catalogue, below).
       COUNT(DISTINCT CASE WHEN in_catalogue = 1 AND has_fee = 1 THEN procedure_id END),
       COUNT(DISTINCT CASE WHEN in_catalogue = 1 AND has_fee = 1 AND online_payment_ready = 1
                           THEN procedure_id END)
FROM t
GROUP BY group_key
)sql";

class Database {
  public:
    explicit Database(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "cannot open " << path;
        }
    }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs `sql` with :from and :to bound (when present); calls `row` for each result row.
    template <class Row>
    void query(const std::string& sql, int from, int to, Row row) {
        sqlite3_stmt* statement = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
            << sqlite3_errmsg(m_db) << "\n"
            << sql;
        if (const int index = sqlite3_bind_parameter_index(statement, ":from"); index > 0) {
            sqlite3_bind_int(statement, index, from);
        }
        if (const int index = sqlite3_bind_parameter_index(statement, ":to"); index > 0) {
            sqlite3_bind_int(statement, index, to);
        }
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            row(statement);
        }
        EXPECT_EQ(step, SQLITE_DONE) << sqlite3_errmsg(m_db);
        sqlite3_finalize(statement);
    }

  private:
    sqlite3* m_db = nullptr;
};

std::string column_text(sqlite3_stmt* statement, int column) {
    const unsigned char* text = sqlite3_column_text(statement, column);
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

std::string replace_key(std::string sql, const std::string& key) {
    const std::string marker = "%KEY%";
    sql.replace(sql.find(marker), marker.size(), key);
    return sql;
}

std::string key_expression(Grouping grouping) {
    switch (grouping) {
        case Grouping::unit:
            return "unit_code";
        case Grouping::procedure:
            return "procedure_code";
        case Grouping::field:
            return "field_code";
        case Grouping::ward:
        case Grouping::month:
            break;
    }
    return "''";
}

std::map<std::string, SqlCounts> sql_counts(Database& db, Grouping grouping, int from, int to) {
    std::map<std::string, SqlCounts> groups;
    const std::string sql =
        std::string(k_handled_cte) + replace_key(k_group_select, key_expression(grouping));
    db.query(sql, from, to, [&](sqlite3_stmt* s) {
        SqlCounts& c = groups[column_text(s, 0)];
        std::array<std::int64_t*, 19> slots = {&c.handled,
                                               &c.finished,
                                               &c.on_time,
                                               &c.late,
                                               &c.late_apologised,
                                               &c.result_required,
                                               &c.electronic_result,
                                               &c.digitised,
                                               &c.reused,
                                               &c.online,
                                               &c.fully_online_procedure,
                                               &c.fully_online,
                                               &c.fee_dossiers,
                                               &c.fee_paid_online,
                                               &c.complained,
                                               &c.fee_procedures,
                                               &c.fee_procedures_paid,
                                               &c.catalogue_fee_procedures,
                                               &c.catalogue_payment_ready};
        for (std::size_t i = 0; i < slots.size(); ++i) {
            *slots[i] = sqlite3_column_int64(s, static_cast<int>(i) + 1);
        }
    });
    // H may be empty for the whole ward; the ward group is there all the same.
    if (grouping == Grouping::ward) {
        groups.try_emplace("");
        // The ward's catalogue indicator counts the whole catalogue, dossiers or not.
        db.query(
            "SELECT SUM(has_fee = 1), SUM(has_fee = 1 AND online_payment_ready = 1) "
            "FROM procedures WHERE in_catalogue = 1",
            from, to, [&](sqlite3_stmt* s) {
                groups[""].catalogue_fee_procedures = sqlite3_column_int64(s, 0);
                groups[""].catalogue_payment_ready = sqlite3_column_int64(s, 1);
            });
    }
    return groups;
}

Rate sql_rate(const SqlCounts& c, Indicator indicator) {
    switch (indicator) {
        case Indicator::on_time_rate:
            return {c.on_time, c.handled};
        case Indicator::apology_rate:
            return {c.late_apologised, c.late};
        case Indicator::e_result_rate:
            return {c.electronic_result, c.result_required};
        case Indicator::digitised_rate:
            return {c.digitised, c.handled};
        case Indicator::reuse_rate:
            return {c.reused, c.handled};
        case Indicator::online_rate:
            return {c.online, c.handled};
        case Indicator::full_online_rate:
            return {c.fully_online, c.fully_online_procedure};
        case Indicator::online_payment_rate:
            return {c.fee_paid_online, c.fee_dossiers};
        case Indicator::payment_procedures_rate:
            return {c.fee_procedures_paid, c.fee_procedures};
        case Indicator::payment_enabled_rate:
            return {c.catalogue_payment_ready, c.catalogue_fee_procedures};
        case Indicator::satisfaction_rate:
            break;
    }
    return {};
}

// 100% minus the late share of H minus the complained share of H, floored at 0; nothing for
// an empty H.
std::optional<double> sql_satisfaction(const SqlCounts& c) {
    if (c.handled == 0) {
        return std::nullopt;
    }
    const double h = static_cast<double>(c.handled);
    return std::max(0.0, 100.0 - 100.0 * static_cast<double>(c.late) / h -
                             100.0 * static_cast<double>(c.complained) / h);
}

struct Case {
    const char* name;
    CivilDate from;
    CivilDate to;
};

CivilDate date(int year, int month, int day) {
    return *CivilDate::create(year, month, day);
}

class DossierSqlEquivalence : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_folder = std::filesystem::temp_directory_path() /
                   ("parindex-dossier-sql-" + std::to_string(::getpid()));
        std::filesystem::remove_all(s_folder);
        std::filesystem::create_directories(s_folder);

        std::vector<CalendarYearDays> years;
        std::vector<CalendarDay> all_days;
        for (const char* year : {"2025", "2026"}) {
            const std::filesystem::path file =
                std::filesystem::path(PARINDEX_CALENDAR_DIR) / (std::string(year) + ".csv");
            auto calendar = read_calendar_csv(read_text(file), file.filename().string());
            ASSERT_TRUE(calendar) << describe(calendar.error());
            all_days.insert(all_days.end(), calendar->days.begin(), calendar->days.end());
            years.push_back(CalendarYearDays{calendar->year, calendar->days});
        }
        const WorkingCalendar calendar(all_days);

        const GeneratedWard ward = generate_ward(k_seed);
        const std::string catalogue = (s_folder / "catalogue.csv").string();
        const std::string dossiers = (s_folder / "dossiers.csv").string();
        {
            std::ofstream out(catalogue, std::ios::binary);
            write_procedure_csv(out, ward.procedures);
            ASSERT_TRUE(out.good());
        }
        {
            std::ofstream out(dossiers, std::ios::binary);
            write_dossier_csv_header(out);
            generate_dossiers(GeneratorOptions{k_dossier_count, k_seed, 2025}, ward, calendar,
                              [&](const DossierRecord& d) { write_dossier_csv_row(out, d); });
            ASSERT_TRUE(out.good());
        }

        s_database = (s_folder / "parindex.db").string();
        auto store = open_store(s_database);
        ASSERT_TRUE(store) << describe(store.error());
        auto added = add_missing_calendar_years(**store, years);
        ASSERT_TRUE(added) << describe(added.error());

        const FixedClock clock;
        auto procedures = import_procedures(
            **store, clock, ImportRequest{"catalogue.csv", true, {}},
            [&](const SourceRowVisitor<Procedure>& visit) {
                return read_procedure_file(ReadOptions{catalogue, TableFormat::csv, {}, {}}, visit);
            });
        ASSERT_TRUE(procedures) << describe(procedures.error());
        ASSERT_EQ(procedures->inserted, static_cast<std::int64_t>(ward.procedures.size()));

        auto imported = import_dossiers(
            **store, clock, ImportRequest{"dossiers.csv", true, {}},
            [&](const SourceRowVisitor<DossierRecord>& visit) {
                return read_dossier_file(ReadOptions{dossiers, TableFormat::csv, {}, {}}, visit);
            });
        ASSERT_TRUE(imported) << describe(imported.error());
        ASSERT_EQ(imported->inserted, static_cast<std::int64_t>(k_dossier_count));
        ASSERT_TRUE(imported->rejected.empty());

        auto snapshot = load_dossier_snapshot(**store);
        ASSERT_TRUE(snapshot) << describe(snapshot.error());
        s_snapshot = new std::shared_ptr<const DossierSnapshot>(std::move(*snapshot));
    }

    static void TearDownTestSuite() {
        delete s_snapshot;
        s_snapshot = nullptr;
        std::filesystem::remove_all(s_folder);
    }

    void SetUp() override {
        if (s_snapshot == nullptr) {
            GTEST_SKIP() << "the data set could not be built";
        }
    }

    // The engine's groups against the SQL's, every count and every rate.
    static void compare(const Case& period, Grouping grouping) {
        SCOPED_TRACE(std::string(period.name) + " by " + std::string(grouping_code(grouping)));
        const std::vector<IndicatorGroup> engine = compute_indicators(
            (*s_snapshot)->data, IndicatorQuery{period.from, period.to, grouping, {}, {}});
        Database db(s_database);
        const std::map<std::string, SqlCounts> sql =
            sql_counts(db, grouping, yyyymmdd(period.from), yyyymmdd(period.to));

        std::map<std::string, const IndicatorCounts*> by_key;
        for (const IndicatorGroup& group : engine) {
            EXPECT_TRUE(by_key.emplace(group.key, &group.counts).second)
                << "group twice: " << group.key;
        }
        EXPECT_EQ(by_key.size(), sql.size());
        for (const auto& [key, counts] : sql) {
            if (by_key.find(key) == by_key.end()) {
                ADD_FAILURE() << "the engine has no group '" << key << "' (H = " << counts.handled
                              << ")";
            }
        }
        for (const auto& [key, engine_counts] : by_key) {
            const auto found = sql.find(key);
            if (found == sql.end()) {
                ADD_FAILURE() << "SQL has no group '" << key
                              << "' (engine H = " << engine_counts->handled << ")";
                continue;
            }
            SCOPED_TRACE("group '" + key + "'");
            const SqlCounts& mine = found->second;
            const IndicatorCounts& theirs = *engine_counts;
            EXPECT_EQ(theirs.handled, mine.handled);
            EXPECT_EQ(theirs.finished, mine.finished);
            EXPECT_EQ(theirs.late, mine.late);
            EXPECT_EQ(theirs.complained, mine.complained);
            for (const Indicator indicator : all_indicators()) {
                const std::string id(indicator_id(indicator));
                const Rate rate = theirs.rate(indicator);
                if (indicator == Indicator::satisfaction_rate) {
                    const auto expected = sql_satisfaction(mine);
                    const auto actual = rate.percent();
                    ASSERT_EQ(actual.has_value(), expected.has_value()) << id;
                    if (expected) {
                        EXPECT_NEAR(*actual, *expected, 0.005 + 1e-9) << id;
                    }
                    continue;
                }
                const Rate expected = sql_rate(mine, indicator);
                EXPECT_EQ(rate.numerator, expected.numerator) << id << " numerator";
                EXPECT_EQ(rate.denominator, expected.denominator) << id << " denominator";
            }
        }
    }

    static std::filesystem::path s_folder;
    static std::string s_database;
    static std::shared_ptr<const DossierSnapshot>* s_snapshot;
};

std::filesystem::path DossierSqlEquivalence::s_folder;
std::string DossierSqlEquivalence::s_database;
std::shared_ptr<const DossierSnapshot>* DossierSqlEquivalence::s_snapshot = nullptr;

const std::vector<Case>& cases() {
    static const std::vector<Case> list = {
        {"year 2025", date(2025, 1, 1), date(2025, 12, 31)},
        {"Q1 2025", date(2025, 1, 1), date(2025, 3, 31)},
        {"March 2025", date(2025, 3, 1), date(2025, 3, 31)},
        {"to 2025-12-15", date(2025, 1, 1), date(2025, 12, 15)},
        {"2025-06-10..2025-12-15", date(2025, 6, 10), date(2025, 12, 15)},
    };
    return list;
}

TEST_F(DossierSqlEquivalence, DataSetHasEveryKindOfDossier) {
    Database db(s_database);
    std::int64_t pending = 0;
    std::int64_t late_finished = 0;
    db.query(
        "SELECT SUM(status NOT IN (1, 3, 7, 8, 9, 10) OR ended > 20251215), "
        "SUM(status >= 7 AND ended > due) FROM dossiers",
        0, 0, [&](sqlite3_stmt* s) {
            pending = sqlite3_column_int64(s, 0);
            late_finished = sqlite3_column_int64(s, 1);
        });
    EXPECT_GT(pending, 0);
    EXPECT_GT(late_finished, 0);
}

TEST_F(DossierSqlEquivalence, Ward) {
    for (const Case& period : cases()) {
        compare(period, Grouping::ward);
    }
}

TEST_F(DossierSqlEquivalence, Unit) {
    for (const Case& period : cases()) {
        compare(period, Grouping::unit);
    }
}

TEST_F(DossierSqlEquivalence, Procedure) {
    for (const Case& period : cases()) {
        compare(period, Grouping::procedure);
    }
}

TEST_F(DossierSqlEquivalence, Field) {
    for (const Case& period : cases()) {
        compare(period, Grouping::field);
    }
}

// Each month of the year is the ward over that month alone.
TEST_F(DossierSqlEquivalence, Month) {
    const Case year = cases().front();
    const std::vector<IndicatorGroup> months = compute_indicators(
        (*s_snapshot)->data, IndicatorQuery{year.from, year.to, Grouping::month, {}, {}});
    ASSERT_EQ(months.size(), 12U);
    Database db(s_database);
    for (const IndicatorGroup& month : months) {
        SCOPED_TRACE(month.key);
        const auto sql =
            sql_counts(db, Grouping::ward, yyyymmdd(month.from), yyyymmdd(month.to)).at("");
        for (const Indicator indicator : all_indicators()) {
            if (indicator == Indicator::satisfaction_rate) {
                continue;
            }
            EXPECT_EQ(month.counts.rate(indicator), sql_rate(sql, indicator))
                << indicator_id(indicator);
        }
    }
}

}  // namespace
}  // namespace parindex
