// The dossier imports against a real database, on each engine: one transaction per file (a strict
// import with a bad row writes nothing), re-imports update by MaHoSo, due dates derived from the
// time limit follow later changes of the calendar.

#include <gtest/gtest.h>

#include "app/dossier_import.hpp"
#include "store/store_test_engines.hpp"

namespace parindex {

namespace {

class FixedClock final : public Clock {
  public:
    [[nodiscard]] CivilDate today() const override { return *CivilDate::create(2025, 4, 30); }
    [[nodiscard]] std::string now() const override { return "2025-04-30T03:00:00Z"; }
    [[nodiscard]] std::string later(long /*seconds*/) const override {
        return "2025-04-30T04:00:00Z";
    }
};

CivilDate date(int year, int month, int day) {
    return *CivilDate::create(year, month, day);
}

Procedure procedure(std::string code, int time_limit_days) {
    Procedure p;
    p.code = std::move(code);
    p.name = "Chứng thực bản sao từ bản chính";
    p.time_limit_days = time_limit_days;
    return p;
}

DossierRecord dossier(std::string code, std::optional<CivilDate> due) {
    DossierRecord d;
    d.code = std::move(code);
    d.unit_code = "TTPVHCC";
    d.procedure_code = "2.000815";
    d.received = date(2025, 4, 25);  // a Friday
    d.due = due;
    d.status = DossierStatus::processing;
    return d;
}

// Rows for the import use cases; a failed entry is that row's error.
template <class Record>
RowSource<Record> rows(std::vector<Result<Record>> list) {
    return [list = std::move(list)](
               const SourceRowVisitor<Record>& visit) -> Result<std::vector<Diagnostic>> {
        int line = 1;
        for (const Result<Record>& row : list) {
            PARINDEX_TRY(visit(++line, row, "raw"));
        }
        return std::vector<Diagnostic>{};
    };
}

class DossierContract : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override {
        if (const std::string why = GetParam().unavailable(); !why.empty()) {
            GTEST_SKIP() << why;
        }
        m_store = GetParam().open(m_folder.path());
        ASSERT_NE(m_store, nullptr);
        auto catalogue = import_procedures(*m_store, m_clock, ImportRequest{"c.csv", true, {}},
                                           rows<Procedure>({procedure("2.000815", 2)}));
        ASSERT_TRUE(catalogue) << describe(catalogue.error());
    }

    [[nodiscard]] std::int64_t count() {
        std::int64_t stored = -1;
        EXPECT_TRUE(m_store->transaction([&]() -> Result<void> {
            PARINDEX_TRY_ASSIGN(counted, m_store->dossiers().count_dossiers());
            stored = counted;
            return {};
        }));
        return stored;
    }

    [[nodiscard]] std::optional<CivilDate> due_of(const std::string& code) {
        std::optional<CivilDate> due;
        EXPECT_TRUE(m_store->transaction([&]() -> Result<void> {
            PARINDEX_TRY_ASSIGN(found, m_store->dossiers().find_dossiers({code}));
            if (!found.empty()) {
                due = found.front().due;
            }
            return {};
        }));
        return due;
    }

    ScratchFolder m_folder{"parindex-dossier"};
    FixedClock m_clock;
    std::unique_ptr<WorkflowStore> m_store;
};

TEST_P(DossierContract, AStrictImportWithABadRowWritesNothing) {
    const auto imported = import_dossiers(
        *m_store, m_clock, ImportRequest{"d.csv", true, {}},
        rows<DossierRecord>({dossier("H1", date(2025, 5, 2)),
                             fail(ErrorCode::invalid_input, Label::error_dossier_required,
                                  {"MaHoSo"}, Location{"d.csv", 3, "MaHoSo"})}));
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().detail.where, (Location{"d.csv", 3, "MaHoSo"}));
    EXPECT_EQ(count(), 0);
}

TEST_P(DossierContract, ALenientImportKeepsTheGoodRowsAndReturnsTheBadOnes) {
    const auto imported = import_dossiers(
        *m_store, m_clock, ImportRequest{"d.csv", false, {}},
        rows<DossierRecord>({dossier("H1", date(2025, 5, 2)),
                             fail(ErrorCode::invalid_input, Label::error_dossier_required,
                                  {"MaHoSo"}, Location{"d.csv", 3, "MaHoSo"})}));
    ASSERT_TRUE(imported) << describe(imported.error());
    EXPECT_EQ(imported->inserted, 1);
    ASSERT_EQ(imported->rejected.size(), 1U);
    EXPECT_EQ(imported->rejected[0].line, 3);
    EXPECT_EQ(imported->rejected[0].column, "MaHoSo");
    EXPECT_EQ(imported->rejected[0].raw, "raw");
    EXPECT_EQ(count(), 1);
}

TEST_P(DossierContract, AReimportUpdatesByCode) {
    ASSERT_TRUE(import_dossiers(*m_store, m_clock, ImportRequest{"a.csv", true, {}},
                                rows<DossierRecord>({dossier("H1", date(2025, 5, 2))})));
    const auto again = import_dossiers(
        *m_store, m_clock, ImportRequest{"b.csv", true, {}},
        rows<DossierRecord>({dossier("H1", date(2025, 5, 9)), dossier("H2", std::nullopt)}));
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->inserted, 1);
    EXPECT_EQ(again->updated, 1);
    EXPECT_EQ(due_of("H1"), date(2025, 5, 9));
}

TEST_P(DossierContract, DerivedDueDatesFollowTheCalendar) {
    // Received Friday 25/04/2025 with 2 working days and no calendar yet: Tuesday 29/04.
    ASSERT_TRUE(import_dossiers(
        *m_store, m_clock, ImportRequest{"d.csv", true, {}},
        rows<DossierRecord>({dossier("H1", std::nullopt), dossier("H2", date(2025, 5, 2))})));
    EXPECT_EQ(due_of("H1"), date(2025, 4, 29));
    // The 2025 holidays: Saturday 26/04 is worked, 30/04-02/05 are off. Counting again from
    // Friday: Saturday 26/04, Monday 28/04. The due date read from the file does not move.
    const std::vector<CalendarDay> days = {
        {date(2025, 4, 26), CalendarDayKind::working_weekend, "Làm bù"},
        {date(2025, 4, 30), CalendarDayKind::holiday, "Giải phóng miền Nam"},
        {date(2025, 5, 1), CalendarDayKind::holiday, "Quốc tế Lao động"},
        {date(2025, 5, 2), CalendarDayKind::holiday, "Nghỉ hoán đổi"},
    };
    ASSERT_TRUE(replace_calendar_year(*m_store, 2025, days));
    EXPECT_EQ(due_of("H1"), date(2025, 4, 28));
    EXPECT_EQ(due_of("H2"), date(2025, 5, 2));
    // A longer time limit in the catalogue moves it again: 4 working days end on Monday 05/05.
    ASSERT_TRUE(import_procedures(*m_store, m_clock, ImportRequest{"c.csv", true, {}},
                                  rows<Procedure>({procedure("2.000815", 4)})));
    EXPECT_EQ(due_of("H1"), date(2025, 5, 5));
}

INSTANTIATE_TEST_SUITE_P(Engines, DossierContract, testing::ValuesIn(engines()),
                         [](const testing::TestParamInfo<Engine>& engine) {
                             return engine.param.name;
                         });

}  // namespace

}  // namespace parindex
