#include "app/login_throttle.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace parindex {
namespace {

using namespace std::chrono_literals;
using Clock = LoginThrottle::Clock;

// An arbitrary fixed origin: the throttle only compares time points it was given.
const Clock::time_point k_start = Clock::time_point{} + 1000h;

void fail_times(LoginThrottle& throttle, int times, const std::string& username,
                const std::string& address, Clock::time_point now) {
    for (int i = 0; i < times; ++i) {
        throttle.record_failure(username, address, now);
    }
}

TEST(LoginThrottle, AllowsUnknownUsers) {
    LoginThrottle throttle;
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.1", k_start));
}

TEST(LoginThrottle, FiveFailuresBlockTheUserForTheWindow) {
    LoginThrottle throttle;
    fail_times(throttle, LoginThrottle::k_max_failures - 1, "an", "10.0.0.1", k_start);
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.1", k_start + 1s));

    throttle.record_failure("an", "10.0.0.1", k_start + 2s);
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.1", k_start + 2s));
    // From another address too: the name is what is being guessed.
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.2", k_start + 3s));
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.2", k_start + 2s + 15min - 1s));

    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.2", k_start + 2s + 15min));
}

TEST(LoginThrottle, WindowRunsFromTheLastFailure) {
    LoginThrottle throttle;
    fail_times(throttle, 4, "an", "10.0.0.1", k_start);
    throttle.record_failure("an", "10.0.0.1", k_start + 10min);
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.1", k_start + 20min));
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.1", k_start + 25min));
}

TEST(LoginThrottle, FailuresOlderThanTheWindowAreForgotten) {
    LoginThrottle throttle;
    fail_times(throttle, 4, "an", "10.0.0.1", k_start);
    // The fifth failure comes after the window: counting starts again.
    throttle.record_failure("an", "10.0.0.1", k_start + 15min);
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.1", k_start + 15min));
    fail_times(throttle, 3, "an", "10.0.0.1", k_start + 16min);
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.1", k_start + 16min));
    throttle.record_failure("an", "10.0.0.1", k_start + 17min);
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.1", k_start + 17min));
}

TEST(LoginThrottle, FailuresAcrossNamesBlockTheAddress) {
    LoginThrottle throttle;
    for (int i = 0; i < LoginThrottle::k_max_address_failures; ++i) {
        throttle.record_failure("user" + std::to_string(i), "10.0.0.9", k_start);
    }
    EXPECT_FALSE(throttle.is_allowed("someone-new", "10.0.0.9", k_start + 1min));
    // No single name reached the limit, so those names still work from elsewhere.
    EXPECT_TRUE(throttle.is_allowed("user0", "10.0.0.1", k_start + 1min));
    EXPECT_TRUE(throttle.is_allowed("someone-new", "10.0.0.9", k_start + 15min));
}

TEST(LoginThrottle, SuccessClearsTheUserButNotTheAddress) {
    LoginThrottle throttle;
    fail_times(throttle, LoginThrottle::k_max_address_failures, "an", "10.0.0.1", k_start);
    ASSERT_FALSE(throttle.is_allowed("an", "10.0.0.2", k_start));
    throttle.record_success("an");
    EXPECT_TRUE(throttle.is_allowed("an", "10.0.0.2", k_start));
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.1", k_start));

    // A success before the limit restarts the count.
    fail_times(throttle, 4, "binh", "10.0.0.3", k_start);
    throttle.record_success("binh");
    throttle.record_failure("binh", "10.0.0.3", k_start + 1s);
    EXPECT_TRUE(throttle.is_allowed("binh", "10.0.0.4", k_start + 1s));
}

TEST(LoginThrottle, OtherUsersAreUnaffected) {
    LoginThrottle throttle;
    fail_times(throttle, LoginThrottle::k_max_failures, "an", "10.0.0.1", k_start);
    EXPECT_FALSE(throttle.is_allowed("an", "10.0.0.2", k_start));
    EXPECT_TRUE(throttle.is_allowed("binh", "10.0.0.2", k_start));
}

TEST(LoginThrottle, CountsEveryFailureFromManyThreads) {
    LoginThrottle throttle;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&throttle, t] {
            for (int i = 0; i < 100; ++i) {
                std::string name = "user" + std::to_string(t) + "-" + std::to_string(i);
                throttle.record_failure(name, "10.0.1." + std::to_string(t), k_start);
                EXPECT_TRUE(throttle.is_allowed(name, "10.0.2.1", k_start));
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (int t = 0; t < 4; ++t) {
        EXPECT_FALSE(throttle.is_allowed("x", "10.0.1." + std::to_string(t), k_start));
    }
}

}  // namespace
}  // namespace parindex
