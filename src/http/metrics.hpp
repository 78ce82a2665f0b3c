#pragma once
// Counters of the requests served, for GET /metrics in Prometheus' text format: requests by
// method and status class, and a histogram of their durations. Thread-safe.

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace parindex {

class Metrics {
  public:
    Metrics() : m_started(std::chrono::steady_clock::now()) {}

    void record(std::string_view method, int status, std::chrono::steady_clock::duration took);
    // The exposition text; `gauges` are extra lines (already formatted) appended at the end.
    [[nodiscard]] std::string render(std::string_view gauges) const;

  private:
    static constexpr std::array<double, 9> k_bounds = {0.005, 0.01, 0.025, 0.05, 0.1,
                                                       0.25,  0.5,  1.0,   2.5};
    static constexpr std::array<std::string_view, 5> k_methods = {"GET", "POST", "PUT", "DELETE",
                                                                  "other"};
    static constexpr std::size_t k_status_classes = 5;  // 1xx … 5xx

    std::chrono::steady_clock::time_point m_started;
    std::array<std::array<std::atomic<std::uint64_t>, k_status_classes>, k_methods.size()>
        m_requests{};
    std::array<std::atomic<std::uint64_t>, k_bounds.size() + 1> m_buckets{};  // last: +Inf
    std::atomic<std::uint64_t> m_microseconds{0};
};

}  // namespace parindex
