#include "http/metrics.hpp"

#include <algorithm>
#include <cstdio>

namespace parindex {

namespace {

std::string number(double value) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.6g", value);
    return text.data();
}

}  // namespace

void Metrics::record(std::string_view method, int status,
                     std::chrono::steady_clock::duration took) {
    const auto known = std::find(k_methods.begin(), k_methods.end(), method);
    const auto row = static_cast<std::size_t>(
        std::distance(k_methods.begin(), known == k_methods.end() ? k_methods.end() - 1 : known));
    const auto status_class =
        static_cast<std::size_t>(std::clamp(status / 100, 1, static_cast<int>(k_status_classes))) -
        1;
    m_requests[row][status_class].fetch_add(1, std::memory_order_relaxed);
    const double seconds = std::chrono::duration<double>(took).count();
    const auto bucket = static_cast<std::size_t>(std::distance(
        k_bounds.begin(), std::lower_bound(k_bounds.begin(), k_bounds.end(), seconds)));
    m_buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    m_microseconds.fetch_add(
        static_cast<std::uint64_t>(
            std::chrono::duration_cast<std::chrono::microseconds>(took).count()),
        std::memory_order_relaxed);
}

std::string Metrics::render(std::string_view gauges) const {
    std::string text =
        "# HELP parindex_http_requests_total HTTP requests served, by method and status class.\n"
        "# TYPE parindex_http_requests_total counter\n";
    for (std::size_t m = 0; m < k_methods.size(); ++m) {
        for (std::size_t c = 0; c < k_status_classes; ++c) {
            text += "parindex_http_requests_total{method=\"" + std::string(k_methods[m]) +
                    "\",status=\"" + std::to_string(c + 1) + "xx\"} " +
                    std::to_string(m_requests[m][c].load(std::memory_order_relaxed)) + "\n";
        }
    }
    text +=
        "# HELP parindex_http_request_duration_seconds Time to answer a request.\n"
        "# TYPE parindex_http_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < m_buckets.size(); ++b) {
        cumulative += m_buckets[b].load(std::memory_order_relaxed);
        const std::string bound = b < k_bounds.size() ? number(k_bounds[b]) : "+Inf";
        text += "parindex_http_request_duration_seconds_bucket{le=\"" + bound + "\"} " +
                std::to_string(cumulative) + "\n";
    }
    text += "parindex_http_request_duration_seconds_sum " +
            number(static_cast<double>(m_microseconds.load(std::memory_order_relaxed)) / 1e6) +
            "\nparindex_http_request_duration_seconds_count " + std::to_string(cumulative) + "\n";
    const double uptime =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    text +=
        "# HELP parindex_uptime_seconds Time since the server started.\n"
        "# TYPE parindex_uptime_seconds gauge\n"
        "parindex_uptime_seconds " +
        number(uptime) + "\n";
    return text + std::string(gauges);
}

}  // namespace parindex
