#include "app/dossier_generator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    return *CivilDate::create(year, month, day);
}

// data/calendar/2025.csv, as values.
WorkingCalendar calendar_2025() {
    std::vector<CalendarDay> days;
    const auto holiday = [&](int month, int day) {
        days.push_back({date(2025, month, day), CalendarDayKind::holiday, "Nghỉ"});
    };
    holiday(1, 1);
    for (int day = 27; day <= 31; ++day) {
        holiday(1, day);
    }
    holiday(4, 7);
    holiday(4, 30);
    holiday(5, 1);
    holiday(5, 2);
    holiday(9, 1);
    holiday(9, 2);
    days.push_back({date(2025, 4, 26), CalendarDayKind::working_weekend, "Làm bù"});
    return WorkingCalendar(days);
}

std::vector<DossierRecord> generate(std::size_t count, std::uint64_t seed,
                                    const GeneratedWard& ward) {
    std::vector<DossierRecord> dossiers;
    dossiers.reserve(count);
    generate_dossiers(GeneratorOptions{count, seed, 2025}, ward, calendar_2025(),
                      [&](const DossierRecord& dossier) { dossiers.push_back(dossier); });
    return dossiers;
}

// FNV-1a over every field of every record, in a fixed textual form.
class Fingerprint {
  public:
    void add(std::string_view text) {
        for (const char c : text) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= 0x100000001b3ULL;
        }
        add_separator();
    }
    void add(long long value) { add(std::to_string(value)); }
    void add(const std::optional<CivilDate>& value) { add(value ? value->to_iso() : ""); }
    [[nodiscard]] std::uint64_t value() const { return m_hash; }

  private:
    void add_separator() {
        m_hash ^= 0x1fU;
        m_hash *= 0x100000001b3ULL;
    }
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::uint64_t fingerprint(const std::vector<DossierRecord>& dossiers) {
    Fingerprint print;
    for (const DossierRecord& d : dossiers) {
        print.add(d.code);
        print.add(d.unit_code);
        print.add(d.procedure_code);
        print.add(d.procedure_name);
        print.add(d.field_code);
        print.add(static_cast<long long>(d.channel));
        print.add(d.received.to_iso());
        print.add(d.due);
        print.add(d.ended);
        print.add(d.returned);
        print.add(static_cast<long long>(d.status));
        print.add(d.supplement_requests);
        print.add(d.paused_days);
        print.add(static_cast<long long>(d.paid_online));
        print.add(d.digitised ? 1 : 0);
        print.add(d.reused ? 1 : 0);
        print.add(d.electronic_result ? 1 : 0);
        print.add(d.apologised);
        print.add(d.complained ? 1 : 0);
    }
    return print.value();
}

std::uint64_t fingerprint(const GeneratedWard& ward) {
    Fingerprint print;
    for (const Procedure& p : ward.procedures) {
        print.add(p.code);
        print.add(p.name);
        print.add(p.field_code);
        print.add(static_cast<long long>(p.level));
        print.add(p.has_fee ? 1 : 0);
        print.add(p.online_payment_ready ? 1 : 0);
        print.add(p.issues_result ? 1 : 0);
        print.add(p.time_limit_days.value_or(-1));
    }
    for (const std::string& unit : ward.unit_codes) {
        print.add(unit);
    }
    return print.value();
}

double percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

TEST(DossierGenerator, TheSameSeedGivesTheSameData) {
    const GeneratedWard ward = generate_ward(7);
    EXPECT_EQ(fingerprint(ward), fingerprint(generate_ward(7)));
    const auto first = generate(10000, 42, ward);
    const auto second = generate(10000, 42, ward);
    ASSERT_EQ(first.size(), 10000U);
    EXPECT_EQ(fingerprint(first), fingerprint(second));
    EXPECT_EQ(first, second);
}

TEST(DossierGenerator, DifferentSeedsGiveDifferentData) {
    EXPECT_NE(fingerprint(generate_ward(1)), fingerprint(generate_ward(2)));
    const GeneratedWard ward = generate_ward(1);
    EXPECT_NE(fingerprint(generate(10000, 1, ward)), fingerprint(generate(10000, 2, ward)));
}

TEST(DossierGenerator, TheCatalogueIsAWardsCatalogue) {
    const GeneratedWard ward = generate_ward(3);
    ASSERT_GE(ward.procedures.size(), 100U);
    ASSERT_LE(ward.procedures.size(), 150U);
    EXPECT_GE(ward.unit_codes.size(), 6U);

    std::set<std::string> codes;
    std::set<std::string> fields;
    std::map<OnlineLevel, std::size_t> levels;
    std::size_t fees = 0;
    std::size_t payment_ready = 0;
    std::size_t results = 0;
    for (const Procedure& p : ward.procedures) {
        EXPECT_TRUE(codes.insert(p.code).second) << p.code;
        ASSERT_EQ(p.code.size(), 8U) << p.code;
        EXPECT_TRUE(p.code[0] == '1' || p.code[0] == '2') << p.code;
        EXPECT_EQ(p.code[1], '.') << p.code;
        EXPECT_FALSE(p.name.empty());
        EXPECT_TRUE(p.in_catalogue);
        fields.insert(p.field_code);
        ++levels[p.level];
        fees += p.has_fee ? 1U : 0U;
        payment_ready += p.online_payment_ready ? 1U : 0U;
        results += p.issues_result ? 1U : 0U;
        EXPECT_TRUE(p.has_fee || !p.online_payment_ready);
        ASSERT_TRUE(p.time_limit_days.has_value());
        EXPECT_GE(*p.time_limit_days, 0);
        EXPECT_LE(*p.time_limit_days, 15);
    }
    const std::size_t n = ward.procedures.size();
    EXPECT_GE(fields.size(), 8U);
    EXPECT_TRUE(codes.contains("1.001193"));
    EXPECT_NEAR(percent(levels[OnlineLevel::fully_online], n), 45.0, 12.0);
    EXPECT_NEAR(percent(levels[OnlineLevel::partly_online], n), 35.0, 12.0);
    EXPECT_NEAR(percent(levels[OnlineLevel::information], n), 20.0, 10.0);
    EXPECT_NEAR(percent(fees, n), 40.0, 8.0);
    EXPECT_NEAR(percent(payment_ready, fees), 85.0, 12.0);
    EXPECT_NEAR(percent(results, n), 90.0, 6.0);
}

TEST(DossierGenerator, DossiersKeepTheFormatsRules) {
    const GeneratedWard ward = generate_ward(11);
    const WorkingCalendar calendar = calendar_2025();
    std::unordered_map<std::string, const Procedure*> catalogue;
    for (const Procedure& p : ward.procedures) {
        catalogue.emplace(p.code, &p);
    }
    const std::unordered_set<std::string> units(ward.unit_codes.begin(), ward.unit_codes.end());
    const auto dossiers = generate(20000, 5, ward);
    ASSERT_EQ(dossiers.size(), 20000U);

    std::unordered_set<std::string> codes;
    std::map<DossierStatus, std::size_t> statuses;
    std::size_t without_due = 0;
    std::size_t saturdays = 0;
    std::size_t tet_rush = 0;  // received in the week before Tết, due after it
    const CivilDate year_end = date(2025, 12, 31);
    for (std::size_t i = 0; i < dossiers.size(); ++i) {
        const DossierRecord& d = dossiers[i];
        EXPECT_TRUE(codes.insert(d.code).second) << d.code;
        EXPECT_EQ(d.code.substr(7, 6), d.received.to_iso().substr(2, 2) +
                                           d.received.to_iso().substr(5, 2) +
                                           d.received.to_iso().substr(8, 2))
            << d.code;
        if (i > 0) {
            EXPECT_LE(dossiers[i - 1].received, d.received) << "receipt order at " << i;
        }
        const auto procedure = catalogue.find(d.procedure_code);
        ASSERT_NE(procedure, catalogue.end()) << d.procedure_code;
        EXPECT_EQ(d.procedure_name, procedure->second->name);
        EXPECT_EQ(d.field_code, procedure->second->field_code);
        EXPECT_TRUE(units.contains(d.unit_code)) << d.unit_code;
        EXPECT_EQ(d.received.year(), 2025);
        EXPECT_NE(d.received.weekday(), 0) << "received on a Sunday";
        EXPECT_TRUE(calendar.is_working_day(d.received) || d.received.weekday() == 6)
            << "received on a holiday: " << d.received.to_iso();
        saturdays += d.received.weekday() == 6 && !calendar.is_working_day(d.received) ? 1U : 0U;
        ++statuses[d.status];

        if (is_terminal(d.status)) {
            ASSERT_TRUE(d.ended.has_value()) << d.code;
            EXPECT_GE(*d.ended, d.received) << d.code;
            EXPECT_LE(*d.ended, year_end) << d.code;
        } else {
            EXPECT_FALSE(d.ended.has_value()) << d.code;
        }
        if (d.returned) {
            EXPECT_EQ(d.status, DossierStatus::returned);
            EXPECT_GE(*d.returned, *d.ended);
            EXPECT_LE(*d.returned, calendar.add_working_days(*d.ended, 3));
        }
        if (d.status == DossierStatus::returned) {
            EXPECT_TRUE(d.returned.has_value()) << d.code;
        }
        if (d.due) {
            EXPECT_GE(*d.due, d.received) << d.code;
            EXPECT_EQ(*d.due, calendar.add_working_days(
                                  d.received, procedure->second->time_limit_days.value()));
            if (d.received >= date(2025, 1, 20) && d.received <= date(2025, 1, 24) &&
                *d.due > date(2025, 1, 31)) {
                ++tet_rush;
            }
        } else {
            ++without_due;
        }
        if (d.apologised) {
            EXPECT_GE(*d.apologised, d.received) << d.code;
            EXPECT_LE(*d.apologised, year_end) << d.code;
        }
        if (!was_received(d.status)) {
            EXPECT_FALSE(d.due.has_value());
            EXPECT_EQ(d.paid_online, OnlinePayment::none);
        }
        if (d.paid_online != OnlinePayment::none) {
            EXPECT_TRUE(procedure->second->has_fee && procedure->second->online_payment_ready);
        }
        if (d.electronic_result) {
            EXPECT_TRUE(d.status == DossierStatus::processed ||
                        d.status == DossierStatus::returned);
            EXPECT_TRUE(procedure->second->issues_result);
        }
        if (d.supplement_requests == 0) {
            EXPECT_EQ(d.paused_days, 0);
        } else if (is_terminal(d.status)) {
            EXPECT_LE(d.paused_days, 10);
        }
        if (procedure->second->level == OnlineLevel::information) {
            EXPECT_NE(d.channel, Channel::online) << "level 2 procedures cannot be filed online";
        }
    }
    const std::size_t n = dossiers.size();
    // Not received: present but rare.
    EXPECT_GT(statuses[DossierStatus::registered], 0U);
    EXPECT_LT(percent(statuses[DossierStatus::registered], n), 1.0);
    EXPECT_GT(statuses[DossierStatus::refused], 0U);
    EXPECT_LT(percent(statuses[DossierStatus::refused], n), 1.5);
    // Most dossiers are finished; some are pending, a few withdrawn or stopped.
    EXPECT_GT(percent(statuses[DossierStatus::processed] + statuses[DossierStatus::returned], n),
              90.0);
    const std::size_t pending = statuses[DossierStatus::received] +
                                statuses[DossierStatus::processing] +
                                statuses[DossierStatus::supplement_requested] +
                                statuses[DossierStatus::financial_obligation];
    EXPECT_GT(pending, 0U);
    EXPECT_LT(percent(pending, n), 6.0);
    EXPECT_GT(statuses[DossierStatus::withdrawn] + statuses[DossierStatus::stopped], 0U);
    EXPECT_LT(percent(statuses[DossierStatus::withdrawn] + statuses[DossierStatus::stopped], n),
              2.5);
    EXPECT_NEAR(percent(without_due, n), 10.0, 3.0);
    EXPECT_GT(saturdays, 0U);
    EXPECT_LT(percent(saturdays, n), 2.0);
    EXPECT_GT(tet_rush, 0U);
}

TEST(DossierGenerator, SharesAreRealistic) {
    const GeneratedWard ward = generate_ward(1);
    std::unordered_map<std::string, const Procedure*> catalogue;
    for (const Procedure& p : ward.procedures) {
        catalogue.emplace(p.code, &p);
    }
    const auto dossiers = generate(30000, 1, ward);
    const WorkingCalendar calendar = calendar_2025();

    std::size_t received = 0;
    std::size_t online = 0;
    std::size_t post = 0;
    std::size_t level4 = 0;
    std::size_t level4_online = 0;
    std::size_t finished = 0;
    std::size_t late_finished = 0;
    std::size_t apologised = 0;
    std::size_t pending = 0;
    std::size_t pending_december = 0;
    std::size_t received_december = 0;
    std::size_t fee = 0;
    std::size_t fee_ready = 0;
    std::size_t paid = 0;
    std::size_t digitised = 0;
    std::size_t reused = 0;
    std::size_t with_results = 0;
    std::size_t electronic = 0;
    std::size_t one_supplement = 0;
    std::size_t complaints = 0;
    std::map<std::string, std::size_t> by_procedure;
    for (const DossierRecord& d : dossiers) {
        ++by_procedure[d.procedure_code];
        if (!was_received(d.status)) {
            continue;
        }
        const Procedure& p = *catalogue.at(d.procedure_code);
        ++received;
        online += d.channel == Channel::online ? 1U : 0U;
        post += d.channel == Channel::post ? 1U : 0U;
        if (p.level == OnlineLevel::fully_online) {
            ++level4;
            level4_online += d.channel == Channel::online ? 1U : 0U;
        }
        const CivilDate due = calendar.add_working_days(d.received, *p.time_limit_days);
        if (is_terminal(d.status)) {
            ++finished;
            const bool late = d.supplement_requests > 1 || d.ended->plus_days(-d.paused_days) > due;
            if (late &&
                (d.status == DossierStatus::processed || d.status == DossierStatus::returned)) {
                ++late_finished;
                apologised += d.apologised ? 1U : 0U;
            }
        } else {
            ++pending;
            pending_december += d.received.month() == 12 ? 1U : 0U;
        }
        received_december += d.received.month() == 12 ? 1U : 0U;
        if (p.has_fee) {
            ++fee;
            if (p.online_payment_ready) {
                ++fee_ready;
                paid += d.paid_online != OnlinePayment::none ? 1U : 0U;
            }
        }
        digitised += d.digitised ? 1U : 0U;
        reused += d.reused ? 1U : 0U;
        if ((d.status == DossierStatus::processed || d.status == DossierStatus::returned) &&
            p.issues_result) {
            ++with_results;
            electronic += d.electronic_result ? 1U : 0U;
        }
        one_supplement += d.supplement_requests == 1 ? 1U : 0U;
        complaints += d.complained ? 1U : 0U;
    }
    EXPECT_GT(percent(online, received), 20.0);
    EXPECT_LT(percent(online, received), 60.0);
    EXPECT_NEAR(percent(level4_online, level4), 60.0, 5.0);
    EXPECT_NEAR(percent(post, received), 2.0, 1.0);
    EXPECT_GT(percent(late_finished, finished), 4.0);
    EXPECT_LT(percent(late_finished, finished), 10.0);
    EXPECT_NEAR(percent(apologised, late_finished), 70.0, 6.0);
    EXPECT_GT(percent(pending, received), 0.1);
    EXPECT_LT(percent(pending, received), 3.0);
    // A few of December's receipts stay open past the year's end.
    EXPECT_NEAR(percent(pending_december, received_december), 2.0, 1.5);
    EXPECT_GT(percent(pending_december, pending), 50.0) << "pending dossiers are mostly recent";
    EXPECT_GT(percent(fee, received), 20.0);
    EXPECT_LT(percent(fee, received), 80.0);
    EXPECT_NEAR(percent(paid, fee_ready), 70.0, 3.0);
    EXPECT_NEAR(percent(digitised, received), 85.0, 2.0);
    EXPECT_NEAR(percent(reused, received), 30.0, 2.0);
    EXPECT_NEAR(percent(electronic, with_results), 80.0, 2.0);
    EXPECT_NEAR(percent(one_supplement, received), 8.0, 1.5);
    EXPECT_LT(percent(complaints, received), 1.5);
    // Skewed: the five most requested procedures carry most dossiers.
    std::vector<std::size_t> counts;
    for (const auto& [code, count] : by_procedure) {
        counts.push_back(count);
    }
    std::sort(counts.rbegin(), counts.rend());
    std::size_t top5 = 0;
    for (std::size_t i = 0; i < 5 && i < counts.size(); ++i) {
        top5 += counts[i];
    }
    EXPECT_GT(percent(top5, dossiers.size()), 35.0);
    EXPECT_GT(by_procedure.size(), 60U) << "the tail is exercised too";
}

TEST(DossierGenerator, ZeroDossiersEmitNothing) {
    const GeneratedWard ward = generate_ward(1);
    EXPECT_TRUE(generate(0, 1, ward).empty());
}

}  // namespace
}  // namespace parindex
