#pragma once
// Test support for the store contract suites: the engines every contract test runs on (a
// PostgreSQL engine joins by adding a line to engines()), and a scratch folder per test.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "store/open_store.hpp"

namespace parindex {

struct Engine {
    const char* name;
    std::function<std::unique_ptr<WorkflowStore>(const std::filesystem::path& folder)> open;
};

inline const std::vector<Engine>& engines() {
    static const std::vector<Engine> list = {
        {"sqlite",
         [](const std::filesystem::path& folder) {
             auto store = open_store((folder / "parindex.db").string());
             EXPECT_TRUE(store) << describe(store.error());
             return store ? std::move(*store) : nullptr;
         }},
    };
    return list;
}

// Names the engine in test listings instead of dumping its bytes.
inline void PrintTo(const Engine& engine, std::ostream* out) {
    *out << engine.name;
}

// A fresh folder named after the running test, removed with the object. Parameterised test
// names hold '/', which would nest folders the removal then leaves behind.
class ScratchFolder {
  public:
    explicit ScratchFolder(std::string_view prefix) {
        std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
        std::replace(name.begin(), name.end(), '/', '_');
        m_path = std::filesystem::temp_directory_path() /
                 (std::string(prefix) + "-" + std::to_string(::getpid()) + "-" + name);
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~ScratchFolder() { std::filesystem::remove_all(m_path); }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

// Runs one repository call in its own transaction and hands back its result.
template <class Work>
auto in_transaction(WorkflowStore& store, Work work) {
    using Outcome = decltype(work());
    std::optional<Outcome> outcome;
    auto done = store.transaction([&]() -> Result<void> {
        outcome.emplace(work());
        if (!*outcome) {
            return tl::unexpected(outcome->error());
        }
        return {};
    });
    if (!done) {
        return Outcome(tl::unexpected(done.error()));
    }
    return std::move(*outcome);
}

}  // namespace parindex
