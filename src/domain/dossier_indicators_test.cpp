#include "domain/dossier_indicators.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {

// Found by argument-dependent lookup, so a failing comparison shows "2/3" rather than bytes.
// Internal linkage: other test files of this binary may print rates their own way.
static void PrintTo(const Rate& rate, std::ostream* out) {
    *out << rate.numerator << "/" << rate.denominator;
}

namespace {

// Every expected number below is worked out by hand from docs/dossiers.md section 3; the comment
// next to it says why.

CivilDate date(int year, int month, int day) {
    const auto made = CivilDate::create(year, month, day);
    EXPECT_TRUE(made.has_value()) << day << "/" << month << "/" << year;
    return made.value_or(CivilDate::last_day_of_month(1970, 1));
}

std::int32_t day(int year, int month, int d) {
    return date(year, month, d).day_number();
}

Procedure procedure(std::string code, std::string field = "F1") {
    Procedure p;
    p.code = std::move(code);
    p.name = p.code;
    p.field_code = std::move(field);
    p.level = OnlineLevel::partly_online;
    p.has_fee = false;
    p.online_payment_ready = false;
    p.issues_result = true;
    p.in_catalogue = true;
    return p;
}

Procedure fee_procedure(std::string code, bool payment_ready, std::string field = "F1") {
    Procedure p = procedure(std::move(code), std::move(field));
    p.has_fee = true;
    p.online_payment_ready = payment_ready;
    return p;
}

// A received, still pending dossier of unit 0 and procedure 0, due long after any test period.
DossierRow pending(std::string_view code, std::int32_t received, std::int32_t due) {
    DossierRow row;
    row.code = code;
    row.status = DossierStatus::processing;
    row.received = received;
    row.due = due;
    return row;
}

// A dossier whose result was returned on `ended`.
DossierRow finished(std::string_view code, std::int32_t received, std::int32_t due,
                    std::int32_t ended) {
    DossierRow row = pending(code, received, due);
    row.status = DossierStatus::returned;
    row.ended = ended;
    return row;
}

class Ward {
  public:
    Ward() : Ward({procedure("P1")}) {}
    explicit Ward(std::vector<Procedure> procedures) {
        m_data.units = {DossierUnit{"U1", ""}, DossierUnit{"U2", ""}};
        m_data.procedures = std::move(procedures);
        m_data.index_fields();
    }

    void add(const DossierRow& row) { m_data.table.append(row); }

    [[nodiscard]] std::vector<IndicatorGroup> groups(IndicatorQuery query) const {
        return compute_indicators(m_data, query);
    }
    // The ward's counts over [from, to] with optional filters.
    [[nodiscard]] IndicatorCounts counts(CivilDate from, CivilDate to,
                                         std::optional<std::uint16_t> unit = std::nullopt,
                                         std::optional<std::uint16_t> proc = std::nullopt) const {
        const auto result = groups(IndicatorQuery{from, to, Grouping::ward, unit, proc});
        EXPECT_EQ(result.size(), 1U);
        return result.empty() ? IndicatorCounts{} : result.front().counts;
    }
    // March 2025, the period most tests use.
    [[nodiscard]] IndicatorCounts march() const {
        return counts(date(2025, 3, 1), date(2025, 3, 31));
    }

  private:
    DossierData m_data;
};

std::optional<std::int64_t> points(const IndicatorCounts& counts, Indicator indicator) {
    return counts.rate(indicator).basis_points();
}

// --- the handled set H -----------------------------------------------------------------------

TEST(DossierHandledSet, CountsADossierReceivedOnTheLastDayButNotTheDayAfter) {
    Ward ward;
    ward.add(pending("ON-TO", day(2025, 3, 31), day(2025, 4, 10)));
    ward.add(pending("AFTER-TO", day(2025, 4, 1), day(2025, 4, 10)));
    const IndicatorCounts c = ward.march();
    // NgayTiepNhan <= to: 31/03 is in, 01/04 is not.
    EXPECT_EQ(c.handled, 1);
    EXPECT_EQ(c.finished, 0);
}

TEST(DossierHandledSet, CountsDossiersFinishedOnTheFirstAndTheLastDay) {
    Ward ward;
    ward.add(finished("ON-FROM", day(2025, 2, 20), day(2025, 3, 5), day(2025, 3, 1)));
    DossierRow on_to = finished("ON-TO", day(2025, 3, 20), day(2025, 4, 5), day(2025, 3, 31));
    on_to.status = DossierStatus::processed;  // 9 is terminal too
    ward.add(on_to);
    // Ended 28/02, the day before `from`: finished before the period, not in H.
    ward.add(finished("BEFORE", day(2025, 2, 20), day(2025, 3, 5), day(2025, 2, 28)));
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 2);
    EXPECT_EQ(c.finished, 2);
}

TEST(DossierHandledSet, CountsATerminalDossierEndedAfterThePeriodAsPending) {
    Ward ward;
    ward.add(finished("LATER", day(2025, 3, 20), day(2025, 4, 5), day(2025, 4, 2)));
    const IndicatorCounts c = ward.march();
    // Terminal but NgayKetThucXuLy 02/04 > to: pending at the end.
    EXPECT_EQ(c.handled, 1);
    EXPECT_EQ(c.finished, 0);
    // Pending, and 31/03 <= due 05/04: on time.
    EXPECT_EQ(c.on_time, 1);
}

TEST(DossierHandledSet, NeverCountsRegisteredOrRefusedDossiers) {
    Ward ward;
    DossierRow registered = pending("NEW", day(2025, 3, 5), day(2025, 3, 10));
    registered.status = DossierStatus::registered;
    ward.add(registered);
    DossierRow refused = finished("REFUSED", day(2025, 3, 5), day(2025, 3, 10), day(2025, 3, 5));
    refused.status = DossierStatus::refused;
    ward.add(refused);
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 0);
    EXPECT_EQ(c, IndicatorCounts{});
}

TEST(DossierHandledSet, TreatsWithdrawnAndStoppedAsTerminal) {
    Ward ward;
    DossierRow withdrawn =
        finished("WITHDRAWN", day(2025, 3, 2), day(2025, 3, 12), day(2025, 3, 10));
    withdrawn.status = DossierStatus::withdrawn;
    ward.add(withdrawn);
    // Stopped (8) on 28/02: terminal, so finished before the period and outside H. Were 8 not
    // terminal, it would be pending and counted.
    DossierRow stopped = finished("STOPPED", day(2025, 2, 2), day(2025, 2, 12), day(2025, 2, 28));
    stopped.status = DossierStatus::stopped;
    ward.add(stopped);
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 1);
    EXPECT_EQ(c.finished, 1);
}

TEST(DossierHandledSet, CountsEveryNonTerminalStatusAsPending) {
    Ward ward;
    // Statuses 2, 4, 5 and 6, all received before the period and still open: four pending.
    for (const DossierStatus status :
         {DossierStatus::received, DossierStatus::processing, DossierStatus::supplement_requested,
          DossierStatus::financial_obligation}) {
        DossierRow row = pending("OPEN", day(2025, 1, 2), day(2025, 6, 30));
        row.status = status;
        ward.add(row);
    }
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 4);
    EXPECT_EQ(c.finished, 0);
    EXPECT_EQ(c.on_time, 4);
}

TEST(DossierRules, HandlingOfMatchesTheDefinition) {
    const DayPeriod march{day(2025, 3, 1), day(2025, 3, 31)};
    EXPECT_EQ(handling_of(DossierStatus::returned, day(2025, 3, 1), day(2025, 3, 1), march),
              Handling::finished);
    EXPECT_EQ(handling_of(DossierStatus::returned, day(2025, 2, 1), day(2025, 2, 28), march),
              Handling::outside);
    EXPECT_EQ(handling_of(DossierStatus::returned, day(2025, 3, 1), day(2025, 4, 1), march),
              Handling::pending);
    EXPECT_EQ(handling_of(DossierStatus::processing, day(2025, 3, 31), k_no_day, march),
              Handling::pending);
    EXPECT_EQ(handling_of(DossierStatus::processing, day(2025, 4, 1), k_no_day, march),
              Handling::outside);
    EXPECT_EQ(handling_of(DossierStatus::refused, day(2025, 3, 5), day(2025, 3, 5), march),
              Handling::outside);
    EXPECT_EQ(handling_of(DossierStatus::registered, day(2025, 3, 5), k_no_day, march),
              Handling::outside);
}

// --- on time and late ------------------------------------------------------------------------

TEST(DossierOnTime, SubtractsPausedDaysFromAFinishedDossiersEnd) {
    Ward ward;
    // Ended 14/03 less 4 paused days = 10/03 <= due 10/03: on time.
    DossierRow paused4 = finished("P4", day(2025, 3, 1), day(2025, 3, 10), day(2025, 3, 14));
    paused4.paused_days = 4;
    ward.add(paused4);
    // Ended 14/03 less 3 paused days = 11/03 > due 10/03: late.
    DossierRow paused3 = finished("P3", day(2025, 3, 1), day(2025, 3, 10), day(2025, 3, 14));
    paused3.paused_days = 3;
    ward.add(paused3);
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 2);
    EXPECT_EQ(c.on_time, 1);
    EXPECT_EQ(c.late, 1);
}

TEST(DossierOnTime, DoesNotSubtractPausedDaysForAPendingDossier) {
    Ward ward;
    // Pending: E = to = 31/03, no paused days taken off (only for finished dossiers), and
    // 31/03 > due 30/03: late. Taking 5 days off would have made it on time (26/03).
    DossierRow row = pending("WAITING", day(2025, 3, 20), day(2025, 3, 30));
    row.status = DossierStatus::supplement_requested;
    row.paused_days = 5;
    ward.add(row);
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.on_time, 0);
    EXPECT_EQ(c.late, 1);
}

TEST(DossierOnTime, MakesTwoSupplementRequestsLateEvenWhenEarly) {
    Ward ward;
    // Both ended 05/03, five days before due 10/03. SoLanBoSung 1: on time; 2: late.
    DossierRow once = finished("ONCE", day(2025, 3, 1), day(2025, 3, 10), day(2025, 3, 5));
    once.supplement_requests = 1;
    ward.add(once);
    DossierRow twice = finished("TWICE", day(2025, 3, 1), day(2025, 3, 10), day(2025, 3, 5));
    twice.supplement_requests = 2;
    ward.add(twice);
    // A pending dossier well within its due date is late too with two requests.
    DossierRow pending_twice = pending("PENDING-TWICE", day(2025, 3, 1), day(2025, 4, 30));
    pending_twice.supplement_requests = 2;
    ward.add(pending_twice);
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.on_time, 1);
    EXPECT_EQ(c.late, 2);
}

TEST(DossierOnTime, ReadsAPendingDossierAsOnTimeWhileTheLastDayIsNotPastItsDue) {
    Ward ward;
    ward.add(pending("DUE-ON-TO", day(2025, 3, 20), day(2025, 3, 31)));      // 31 <= 31: on time
    ward.add(pending("DUE-BEFORE-TO", day(2025, 3, 20), day(2025, 3, 30)));  // 31 > 30: late
    ward.add(pending("DUE-LATER", day(2025, 3, 20), day(2025, 4, 15)));      // on time
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 3);
    EXPECT_EQ(c.on_time, 2);
    EXPECT_EQ(c.late, 1);
    // 2/3 = 66.666...% rounds half up to 66.67%.
    EXPECT_EQ(points(c, Indicator::on_time_rate), 6667);
}

TEST(DossierOnTime, CountsAnEndOnTheDueDateAsOnTime) {
    Ward ward;
    ward.add(finished("ON-DUE", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 10)));
    ward.add(finished("DAY-AFTER", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 11)));
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.on_time, 1);
    EXPECT_EQ(c.late, 1);
    EXPECT_EQ(points(c, Indicator::on_time_rate), 5000);
}

TEST(DossierRules, IsOnTimeMatchesTheDefinition) {
    const DayPeriod march{day(2025, 3, 1), day(2025, 3, 31)};
    const std::int32_t due = day(2025, 3, 10);
    EXPECT_TRUE(is_on_time(Handling::finished, day(2025, 3, 12), 2, 0, due, march));
    EXPECT_FALSE(is_on_time(Handling::finished, day(2025, 3, 12), 1, 0, due, march));
    EXPECT_FALSE(is_on_time(Handling::finished, day(2025, 3, 2), 0, 2, due, march));
    // Pending: `ended` and paused days play no part, `to` is compared with the due date.
    EXPECT_FALSE(is_on_time(Handling::pending, day(2025, 3, 2), 30, 0, due, march));
    EXPECT_TRUE(is_on_time(Handling::pending, k_no_day, 0, 1, day(2025, 3, 31), march));
}

// --- apology ---------------------------------------------------------------------------------

TEST(DossierApology, CountsOnlyLettersIssuedNoLaterThanTheDueDate) {
    Ward ward;
    // Four late dossiers (ended 12/03, due 10/03) and one on time.
    DossierRow before = finished("BEFORE-DUE", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12));
    before.apologised = day(2025, 3, 9);
    ward.add(before);  // counts
    DossierRow on_due = finished("ON-DUE", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12));
    on_due.apologised = day(2025, 3, 10);
    ward.add(on_due);  // counts: NgayXinLoi <= NgayHenTra
    DossierRow after = finished("AFTER-DUE", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12));
    after.apologised = day(2025, 3, 11);
    ward.add(after);  // does not count: the letter came after the due date
    ward.add(finished("NO-LETTER", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12)));
    DossierRow early = finished("ON-TIME", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 8));
    early.apologised = day(2025, 3, 7);
    ward.add(early);  // on time: in neither count
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.late, 4);
    EXPECT_EQ(c.late_apologised, 2);
    EXPECT_EQ(c.rate(Indicator::apology_rate), (Rate{2, 4}));
    EXPECT_EQ(format_rate(c.rate(Indicator::apology_rate)), "50%");
}

TEST(DossierApology, IsNotApplicableWithoutLateDossiers) {
    Ward ward;
    ward.add(finished("ON-TIME", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 8)));
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(points(c, Indicator::on_time_rate), 10000);
    EXPECT_EQ(points(c, Indicator::apology_rate), std::nullopt);
    EXPECT_EQ(format_rate(c.rate(Indicator::apology_rate)), "N/A");
}

// --- electronic results and digitisation -----------------------------------------------------

Procedure no_result_procedure(std::string code) {
    Procedure p = procedure(std::move(code));
    p.issues_result = false;
    return p;
}

TEST(DossierElectronicResult, CountsOnlyFinishedDossiersOfProceduresThatIssueAResult) {
    // 0 issues a result, 1 does not.
    Ward ward({procedure("RESULT"), no_result_procedure("NO-RESULT")});
    DossierRow e_result = finished("E", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5));
    e_result.flags = flag_electronic_result;
    ward.add(e_result);  // numerator and denominator
    ward.add(finished("PAPER", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5)));  // den.
    DossierRow open = pending("OPEN", day(2025, 3, 3), day(2025, 4, 10));
    open.flags = flag_electronic_result;
    ward.add(open);  // pending: neither
    DossierRow other = finished("OTHER", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5));
    other.procedure = 1;
    other.flags = flag_electronic_result;
    ward.add(other);  // YeuCauKetQua = 0: neither
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.result_required, 2);
    EXPECT_EQ(c.electronic_result, 1);
    EXPECT_EQ(c.rate(Indicator::e_result_rate), (Rate{1, 2}));
}

TEST(DossierDigitised, NeedsTheElectronicResultOnlyWhenOneIsDue) {
    Ward ward({procedure("RESULT"), no_result_procedure("NO-RESULT")});
    const auto add = [&](std::string_view code, bool done, std::uint16_t proc, std::uint8_t flags) {
        DossierRow row = done ? finished(code, day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5))
                              : pending(code, day(2025, 3, 3), day(2025, 4, 10));
        row.procedure = proc;
        row.flags = flags;
        ward.add(row);
    };
    const auto both = static_cast<std::uint8_t>(flag_digitised | flag_electronic_result);
    add("A", true, 0, both);                    // digitised, finished, e-result: counts
    add("B", true, 0, flag_digitised);          // finished without the e-result it needs: no
    add("C", true, 1, flag_digitised);          // YeuCauKetQua = 0: counts
    add("D", false, 0, flag_digitised);         // not finished: counts
    add("E", true, 0, flag_electronic_result);  // not digitised: no
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.handled, 5);
    EXPECT_EQ(c.digitised, 3);
    // 3/5 = 60%.
    EXPECT_EQ(points(c, Indicator::digitised_rate), 6000);
}

// --- reuse, online, fully online -------------------------------------------------------------

TEST(DossierOnline, CountsReuseAndOnlineOverH) {
    Ward ward;
    DossierRow a = pending("A", day(2025, 3, 3), day(2025, 4, 10));
    a.flags = flag_reused;
    a.channel = Channel::online;
    ward.add(a);
    DossierRow b = pending("B", day(2025, 3, 3), day(2025, 4, 10));
    b.channel = Channel::online;
    ward.add(b);
    DossierRow c_row = pending("C", day(2025, 3, 3), day(2025, 4, 10));
    c_row.channel = Channel::post;
    ward.add(c_row);
    const IndicatorCounts c = ward.march();
    // Reuse 1/3 = 33.333...% -> 33.33%; online 2/3 -> 66.67%.
    EXPECT_EQ(c.rate(Indicator::reuse_rate), (Rate{1, 3}));
    EXPECT_EQ(format_rate(c.rate(Indicator::reuse_rate)), "33,33%");
    EXPECT_EQ(c.rate(Indicator::online_rate), (Rate{2, 3}));
    EXPECT_EQ(format_rate(c.rate(Indicator::online_rate)), "66,67%");
}

TEST(DossierOnline, FullyOnlineCountsOnlyLevelFourProcedures) {
    Procedure full = procedure("FULL");
    full.level = OnlineLevel::fully_online;
    Ward ward({procedure("PART"), full});
    const auto add = [&](std::string_view code, std::uint16_t proc, Channel channel) {
        DossierRow row = pending(code, day(2025, 3, 3), day(2025, 4, 10));
        row.procedure = proc;
        row.channel = channel;
        ward.add(row);
    };
    add("FULL-ONLINE", 1, Channel::online);        // numerator and denominator
    add("FULL-IN-PERSON", 1, Channel::in_person);  // denominator
    add("PART-ONLINE", 0, Channel::online);        // MucDo 3: neither
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.rate(Indicator::full_online_rate), (Rate{1, 2}));
    // online_rate counts the MucDo 3 one too: 2 of 3.
    EXPECT_EQ(c.rate(Indicator::online_rate), (Rate{2, 3}));
}

TEST(DossierOnline, FullyOnlineIsNotApplicableWithoutLevelFourDossiers) {
    Ward ward;
    DossierRow row = pending("A", day(2025, 3, 3), day(2025, 4, 10));
    row.channel = Channel::online;
    ward.add(row);
    EXPECT_EQ(format_rate(ward.march().rate(Indicator::full_online_rate)), "N/A");
}

// --- payment ---------------------------------------------------------------------------------

TEST(DossierPayment, CountsOnlinePaymentOnlyForFeeProcedures) {
    Ward ward({fee_procedure("FEE", true), procedure("FREE")});
    const auto add = [&](std::string_view code, std::uint16_t proc, std::uint8_t flags) {
        DossierRow row = pending(code, day(2025, 3, 3), day(2025, 4, 10));
        row.procedure = proc;
        row.flags = flags;
        ward.add(row);
    };
    add("NATIONAL", 0, flag_paid_national);   // DuocThanhToanTrucTuyen 1: paid
    add("GATEWAY", 0, flag_paid_gateway);     // 2: paid
    add("UNPAID", 0, 0);                      // 0: not paid
    add("FREE-PAID", 1, flag_paid_national);  // no fee: neither
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.fee_dossiers, 3);
    EXPECT_EQ(c.fee_paid_online, 2);
    EXPECT_EQ(points(c, Indicator::online_payment_rate), 6667);  // 2/3
}

TEST(DossierPayment, CountsProceduresWithAFeeDossierInH) {
    Ward ward({fee_procedure("FEE-A", true), fee_procedure("FEE-B", true),
               fee_procedure("FEE-C", true), procedure("FREE")});
    const auto add = [&](std::string_view code, std::uint16_t proc, std::int32_t received,
                         std::uint8_t flags) {
        DossierRow row = pending(code, received, day(2025, 4, 10));
        row.procedure = proc;
        row.flags = flags;
        ward.add(row);
    };
    add("A1", 0, day(2025, 3, 3), flag_paid_national);  // FEE-A: handled and paid
    add("A2", 0, day(2025, 3, 4), 0);                   // a second one does not count twice
    add("B1", 1, day(2025, 3, 3), 0);                   // FEE-B: handled, never paid
    add("C1", 2, day(2025, 4, 2), flag_paid_gateway);   // FEE-C: received after `to`, not in H
    add("F1", 3, day(2025, 3, 3), flag_paid_national);  // no fee: not a fee procedure
    const IndicatorCounts c = ward.march();
    // Procedures, not dossiers: FEE-A paid of {FEE-A, FEE-B}.
    EXPECT_EQ(c.fee_procedures, 2);
    EXPECT_EQ(c.fee_procedures_paid, 1);
    EXPECT_EQ(c.rate(Indicator::payment_procedures_rate), (Rate{1, 2}));
}

// Procedures of the payment-enabled tests: 0 and 4 fee and ready, 1 fee not ready, 2 known only
// from dossiers (its traits are guesses), 3 free but marked ready.
Ward payment_enabled_ward() {
    Procedure guessed = fee_procedure("GUESSED", true, "F2");
    guessed.in_catalogue = false;
    Procedure free_ready = procedure("FREE", "F2");
    free_ready.online_payment_ready = true;
    Ward ward({fee_procedure("READY", true), fee_procedure("NOT-READY", false), guessed, free_ready,
               fee_procedure("READY-UNUSED", true, "F3")});
    const auto add = [&](std::string_view code, std::uint16_t unit, std::uint16_t proc,
                         std::int32_t received) {
        DossierRow row = pending(code, received, day(2025, 4, 10));
        row.unit = unit;
        row.procedure = proc;
        ward.add(row);
    };
    add("U1-READY", 0, 0, day(2025, 3, 3));
    add("U1-GUESSED", 0, 2, day(2025, 3, 3));
    add("U2-NOT-READY", 1, 1, day(2025, 3, 3));
    add("U2-FREE", 1, 3, day(2025, 3, 3));
    add("U2-READY-LATER", 1, 0, day(2025, 4, 2));  // after `to`: not in H
    return ward;
}

TEST(DossierPayment, PaymentEnabledComesFromTheCatalogue) {
    const Ward ward = payment_enabled_ward();
    const IndicatorCounts c = ward.march();
    // Catalogue fee procedures: READY, NOT-READY, READY-UNUSED (GUESSED is not in the catalogue,
    // FREE has no fee); ready: READY and READY-UNUSED, whether dossiers exist or not. 2/3.
    EXPECT_EQ(c.catalogue_fee_procedures, 3);
    EXPECT_EQ(c.catalogue_payment_ready, 2);
    EXPECT_EQ(points(c, Indicator::payment_enabled_rate), 6667);
}

TEST(DossierPayment, PaymentEnabledPerUnitCountsTheProceduresItHandled) {
    const Ward ward = payment_enabled_ward();
    const auto groups =
        ward.groups(IndicatorQuery{date(2025, 3, 1), date(2025, 3, 31), Grouping::unit, {}, {}});
    ASSERT_EQ(groups.size(), 2U);
    // U1 handled READY (and GUESSED, not in the catalogue): 1 of 1.
    EXPECT_EQ(groups[0].key, "U1");
    EXPECT_EQ(groups[0].counts.rate(Indicator::payment_enabled_rate), (Rate{1, 1}));
    // U2 handled NOT-READY and FREE (no fee); its READY dossier is outside H: 0 of 1.
    EXPECT_EQ(groups[1].key, "U2");
    EXPECT_EQ(groups[1].counts.rate(Indicator::payment_enabled_rate), (Rate{0, 1}));
}

TEST(DossierPayment, PaymentEnabledForOneUnitMatchesItsGroup) {
    const Ward ward = payment_enabled_ward();
    // A report for U2 alone must say what U2's row of the unit grouping says: 0 of 1.
    const IndicatorCounts u2 = ward.counts(date(2025, 3, 1), date(2025, 3, 31), 1);
    EXPECT_EQ(u2.handled, 2);
    EXPECT_EQ(u2.rate(Indicator::payment_enabled_rate), (Rate{0, 1}));
    const IndicatorCounts u1 = ward.counts(date(2025, 3, 1), date(2025, 3, 31), 0);
    EXPECT_EQ(u1.rate(Indicator::payment_enabled_rate), (Rate{1, 1}));
}

TEST(DossierPayment, PaymentEnabledForOneProcedureIsThatProcedure) {
    const Ward ward = payment_enabled_ward();
    const IndicatorCounts not_ready =
        ward.counts(date(2025, 3, 1), date(2025, 3, 31), std::nullopt, 1);
    EXPECT_EQ(not_ready.rate(Indicator::payment_enabled_rate), (Rate{0, 1}));
    const IndicatorCounts free = ward.counts(date(2025, 3, 1), date(2025, 3, 31), std::nullopt, 3);
    EXPECT_EQ(format_rate(free.rate(Indicator::payment_enabled_rate)), "N/A");
}

// --- satisfaction ----------------------------------------------------------------------------

TEST(DossierSatisfaction, SubtractsTheLateAndTheComplainedShares) {
    Ward ward;
    ward.add(finished("OK", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5)));
    DossierRow complained = finished("PAKN", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5));
    complained.flags = flag_complained;
    ward.add(complained);
    ward.add(finished("LATE-1", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12)));
    ward.add(finished("LATE-2", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 13)));
    const IndicatorCounts c = ward.march();
    // 100% - 2/4 late - 1/4 complained = 25%: (4 - 2 - 1) / 4.
    EXPECT_EQ(c.rate(Indicator::satisfaction_rate), (Rate{1, 4}));
    EXPECT_EQ(format_rate(c.rate(Indicator::satisfaction_rate)), "25%");
}

TEST(DossierSatisfaction, FloorsAtZero) {
    Ward ward;
    // Both late and both complained: 100% - 100% - 100% = -100%, floored at 0%.
    for (const std::string_view code : {"BAD-1", "BAD-2"}) {
        DossierRow row = finished(code, day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 12));
        row.flags = flag_complained;
        ward.add(row);
    }
    const IndicatorCounts c = ward.march();
    EXPECT_EQ(c.late, 2);
    EXPECT_EQ(c.complained, 2);
    EXPECT_EQ(c.rate(Indicator::satisfaction_rate), (Rate{0, 2}));
    EXPECT_EQ(points(c, Indicator::satisfaction_rate), 0);
    EXPECT_EQ(format_rate(c.rate(Indicator::satisfaction_rate)), "0%");
}

// --- not applicable and rounding -------------------------------------------------------------

TEST(DossierRate, IsNotApplicableForEveryIndicatorWithoutDossiers) {
    const Ward ward;
    const auto groups =
        ward.groups(IndicatorQuery{date(2025, 3, 1), date(2025, 3, 31), Grouping::ward, {}, {}});
    ASSERT_EQ(groups.size(), 1U);  // the ward is always there
    EXPECT_EQ(groups[0].key, "");
    // The only procedure P1 has no fee, so payment_enabled_rate has no denominator either.
    for (const Indicator indicator : all_indicators()) {
        const Rate rate = groups[0].counts.rate(indicator);
        EXPECT_EQ(rate.basis_points(), std::nullopt) << indicator_id(indicator);
        EXPECT_EQ(rate.percent(), std::nullopt) << indicator_id(indicator);
        EXPECT_EQ(format_rate(rate), "N/A") << indicator_id(indicator);
    }
}

TEST(DossierRate, RoundsHalfUpToTwoDecimals) {
    EXPECT_EQ((Rate{2, 3}.basis_points()), 6667);   // 66.666...
    EXPECT_EQ((Rate{1, 8}.basis_points()), 1250);   // 12.5 exactly
    EXPECT_EQ((Rate{1, 32}.basis_points()), 313);   // 3.125 -> 3.13 (half up)
    EXPECT_EQ((Rate{1, 6}.basis_points()), 1667);   // 16.666...
    EXPECT_EQ((Rate{1, 7}.basis_points()), 1429);   // 14.2857...
    EXPECT_EQ((Rate{1, 20000}.basis_points()), 1);  // 0.005 -> 0.01 (half up)
    EXPECT_EQ((Rate{1, 40000}.basis_points()), 0);  // 0.0025 -> 0.00
    EXPECT_EQ((Rate{0, 5}.basis_points()), 0);
    EXPECT_EQ((Rate{5, 5}.basis_points()), 10000);
    EXPECT_EQ((Rate{2, 3}.percent()), 66.67);
}

TEST(DossierRate, FormatsWithADecimalCommaAndNoTrailingZero) {
    EXPECT_EQ(format_rate(Rate{1, 8}), "12,5%");
    EXPECT_EQ(format_rate(Rate{1, 3}), "33,33%");
    EXPECT_EQ(format_rate(Rate{2, 3}), "66,67%");
    EXPECT_EQ(format_rate(Rate{7, 7}), "100%");
    EXPECT_EQ(format_rate(Rate{0, 7}), "0%");
    EXPECT_EQ(format_rate(Rate{201, 2000}), "10,05%");  // 10.05: the zero tenth is kept
    EXPECT_EQ(format_rate(Rate{101, 1000}), "10,1%");   // 10.10
    EXPECT_EQ(format_rate(Rate{1, 20000}), "0,01%");
    EXPECT_EQ(format_rate(Rate{0, 0}), "N/A");
}

TEST(DossierRate, NamesEveryIndicator) {
    EXPECT_EQ(all_indicators().size(), k_indicator_count);
    for (const Indicator indicator : all_indicators()) {
        EXPECT_EQ(indicator_from_id(indicator_id(indicator)), indicator);
    }
    EXPECT_EQ(indicator_from_id("on_time_rate"), Indicator::on_time_rate);
    EXPECT_EQ(indicator_from_id("nothing"), std::nullopt);
    EXPECT_EQ(grouping_from_code("month"), Grouping::month);
    EXPECT_EQ(grouping_code(Grouping::field), "field");
}

// --- groupings and filters -------------------------------------------------------------------

// Units U1, U2; procedures A (field F1), B (field F2), C (field F1).
Ward grouped_ward() {
    Ward ward({procedure("A", "F1"), procedure("B", "F2"), procedure("C", "F1")});
    const auto add = [&](std::string_view code, std::uint16_t unit, std::uint16_t proc,
                         std::int32_t ended) {
        DossierRow row = finished(code, day(2025, 3, 3), day(2025, 3, 10), ended);
        row.unit = unit;
        row.procedure = proc;
        ward.add(row);
    };
    add("U1-A-ON", 0, 0, day(2025, 3, 5));
    add("U1-B-LATE", 0, 1, day(2025, 3, 12));
    add("U2-C-ON", 1, 2, day(2025, 3, 6));
    add("U2-A-LATE", 1, 0, day(2025, 3, 20));
    add("U2-A-ON", 1, 0, day(2025, 3, 7));
    return ward;
}

IndicatorQuery march_query(Grouping grouping) {
    return IndicatorQuery{date(2025, 3, 1), date(2025, 3, 31), grouping, {}, {}};
}

TEST(DossierGrouping, GroupsByUnit) {
    const auto groups = grouped_ward().groups(march_query(Grouping::unit));
    ASSERT_EQ(groups.size(), 2U);
    EXPECT_EQ(groups[0].key, "U1");  // 2 dossiers, 1 on time
    EXPECT_EQ(groups[0].counts.rate(Indicator::on_time_rate), (Rate{1, 2}));
    EXPECT_EQ(groups[1].key, "U2");  // 3 dossiers, 2 on time
    EXPECT_EQ(groups[1].counts.rate(Indicator::on_time_rate), (Rate{2, 3}));
    EXPECT_EQ(groups[1].from, date(2025, 3, 1));
    EXPECT_EQ(groups[1].to, date(2025, 3, 31));
}

TEST(DossierGrouping, GroupsByProcedure) {
    const auto groups = grouped_ward().groups(march_query(Grouping::procedure));
    ASSERT_EQ(groups.size(), 3U);
    EXPECT_EQ(groups[0].key, "A");  // U1-A-ON, U2-A-LATE, U2-A-ON
    EXPECT_EQ(groups[0].counts.rate(Indicator::on_time_rate), (Rate{2, 3}));
    EXPECT_EQ(groups[1].key, "B");  // U1-B-LATE
    EXPECT_EQ(groups[1].counts.rate(Indicator::on_time_rate), (Rate{0, 1}));
    EXPECT_EQ(groups[2].key, "C");  // U2-C-ON
    EXPECT_EQ(groups[2].counts.rate(Indicator::on_time_rate), (Rate{1, 1}));
}

TEST(DossierGrouping, GroupsByField) {
    const auto groups = grouped_ward().groups(march_query(Grouping::field));
    ASSERT_EQ(groups.size(), 2U);
    EXPECT_EQ(groups[0].key, "F1");  // A and C: 4 dossiers, 3 on time
    EXPECT_EQ(groups[0].counts.rate(Indicator::on_time_rate), (Rate{3, 4}));
    EXPECT_EQ(groups[1].key, "F2");  // B: 1 late
    EXPECT_EQ(groups[1].counts.rate(Indicator::on_time_rate), (Rate{0, 1}));
}

TEST(DossierGrouping, LeavesOutGroupsWithoutDossiersInH) {
    Ward ward({procedure("A", "F1"), procedure("B", "F2")});
    ward.add(finished("U1-A", day(2025, 3, 3), day(2025, 3, 10), day(2025, 3, 5)));
    const auto by_unit = ward.groups(march_query(Grouping::unit));
    ASSERT_EQ(by_unit.size(), 1U);
    EXPECT_EQ(by_unit[0].key, "U1");
    const auto by_procedure = ward.groups(march_query(Grouping::procedure));
    ASSERT_EQ(by_procedure.size(), 1U);
    EXPECT_EQ(by_procedure[0].key, "A");
}

TEST(DossierGrouping, FiltersByUnitAndByProcedure) {
    const Ward ward = grouped_ward();
    const IndicatorCounts u2 = ward.counts(date(2025, 3, 1), date(2025, 3, 31), 1);
    EXPECT_EQ(u2.rate(Indicator::on_time_rate), (Rate{2, 3}));
    const IndicatorCounts a = ward.counts(date(2025, 3, 1), date(2025, 3, 31), std::nullopt, 0);
    EXPECT_EQ(a.rate(Indicator::on_time_rate), (Rate{2, 3}));
    // Both: U2's dossiers of A, one on time, one late.
    const IndicatorCounts u2_a = ward.counts(date(2025, 3, 1), date(2025, 3, 31), 1, 0);
    EXPECT_EQ(u2_a.rate(Indicator::on_time_rate), (Rate{1, 2}));
    // A filter combines with a grouping: U1 by procedure has A and B only.
    IndicatorQuery query = march_query(Grouping::procedure);
    query.unit = 0;
    const auto groups = ward.groups(query);
    ASSERT_EQ(groups.size(), 2U);
    EXPECT_EQ(groups[0].key, "A");
    EXPECT_EQ(groups[0].counts.handled, 1);
    EXPECT_EQ(groups[1].key, "B");
    EXPECT_EQ(groups[1].counts.handled, 1);
}

TEST(DossierGrouping, GroupsByMonthWithEachMonthItsOwnPeriod) {
    Ward ward;
    // X: received 20/01, due 05/02, returned 10/02. January: pending, 31/01 <= 05/02, on time.
    // February: finished 10/02 > 05/02, late. March: finished before, outside.
    ward.add(finished("X", day(2025, 1, 20), day(2025, 2, 5), day(2025, 2, 10)));
    // Y: received 25/01, due 28/01, still open. Pending and late at the end of every month.
    ward.add(pending("Y", day(2025, 1, 25), day(2025, 1, 28)));
    // Z: received 05/03, due 10/03, returned 06/03: March only, finished on time.
    ward.add(finished("Z", day(2025, 3, 5), day(2025, 3, 10), day(2025, 3, 6)));
    // W: received 12/03, after the query's last day: nowhere.
    ward.add(pending("W", day(2025, 3, 12), day(2025, 3, 20)));
    const auto groups =
        ward.groups(IndicatorQuery{date(2025, 1, 15), date(2025, 3, 10), Grouping::month, {}, {}});
    ASSERT_EQ(groups.size(), 3U);
    // Periods: 15/01-31/01, 01/02-28/02, 01/03-10/03 (the query's ends cut the first and last).
    EXPECT_EQ(groups[0].key, "2025-01");
    EXPECT_EQ(groups[0].from, date(2025, 1, 15));
    EXPECT_EQ(groups[0].to, date(2025, 1, 31));
    EXPECT_EQ(groups[0].counts.handled, 2);
    EXPECT_EQ(groups[0].counts.finished, 0);
    EXPECT_EQ(groups[0].counts.on_time, 1);  // X
    EXPECT_EQ(groups[1].key, "2025-02");
    EXPECT_EQ(groups[1].from, date(2025, 2, 1));
    EXPECT_EQ(groups[1].to, date(2025, 2, 28));
    EXPECT_EQ(groups[1].counts.handled, 2);
    EXPECT_EQ(groups[1].counts.finished, 1);  // X
    EXPECT_EQ(groups[1].counts.on_time, 0);
    EXPECT_EQ(groups[2].key, "2025-03");
    EXPECT_EQ(groups[2].from, date(2025, 3, 1));
    EXPECT_EQ(groups[2].to, date(2025, 3, 10));
    EXPECT_EQ(groups[2].counts.handled, 2);   // Y pending, Z finished
    EXPECT_EQ(groups[2].counts.finished, 1);  // Z
    EXPECT_EQ(groups[2].counts.on_time, 1);   // Z
    // The same dossiers over the whole query as one period: X, Y and Z; X finished late,
    // Y pending late (10/03 > 28/01), Z on time.
    const IndicatorCounts whole = ward.counts(date(2025, 1, 15), date(2025, 3, 10));
    EXPECT_EQ(whole.rate(Indicator::on_time_rate), (Rate{1, 3}));
}

}  // namespace
}  // namespace parindex
