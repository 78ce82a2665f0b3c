#pragma once
// What the benchmarks share: their clock, and their main(), which turns an exception into exit
// status 2 ("cannot run") with the benchmark's name and the reason on stderr.

#include <chrono>
#include <exception>
#include <iostream>

namespace parindex::bench {

using SteadyClock = std::chrono::steady_clock;

// Milliseconds since `start`.
inline double ms_since(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// Runs `run(argc, argv)` and returns its status, or 2 when it throws.
inline int run_main(const char* name, int argc, char** argv, int (*run)(int, char**)) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << name << ": " << error.what() << '\n';
        return 2;
    }
}

}  // namespace parindex::bench
