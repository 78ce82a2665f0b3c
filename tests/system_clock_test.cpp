// The clock of `serve --today`: the fixed day is a day in Vietnam, whatever the hour in UTC.
#include "cli/system_clock.hpp"

#include <gtest/gtest.h>

namespace parindex {
namespace {

TEST(SystemClock, AFixedDayIsTheDayInVietnamOfEveryStamp) {
    const CivilDate fixed = *CivilDate::create(2025, 11, 20);
    const SystemClock clock(fixed);
    EXPECT_EQ(clock.today(), fixed);
    EXPECT_EQ(vietnam_date_of(clock.now()), fixed) << clock.now();
    const auto tomorrow = vietnam_date_of(clock.later(24L * 60 * 60));
    EXPECT_EQ(tomorrow, fixed.plus_days(1)) << clock.later(24L * 60 * 60);
}

TEST(SystemClock, WithoutAFixedDayTodayIsTheDayOfNowInVietnam) {
    const SystemClock clock(std::nullopt);
    const CivilDate before = clock.today();
    const auto stamped = vietnam_date_of(clock.now());
    ASSERT_TRUE(stamped);
    EXPECT_TRUE(*stamped == before || *stamped == before.plus_days(1));  // midnight between
}

}  // namespace
}  // namespace parindex
