#pragma once
// Test support for the store contract suites: the engines every contract test runs on (SQLite,
// and PostgreSQL on the server PARINDEX_TEST_POSTGRES names, as ctest's postgres fixture sets),
// and a scratch folder per test.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "store/open_store.hpp"
#include "store/postgresql/pg_connection.hpp"
#include "store/postgresql/pg_deployment.hpp"

namespace parindex {

struct Engine {
    const char* name;
    std::function<std::unique_ptr<WorkflowStore>(const std::filesystem::path& folder)> open;
    // Empty when the engine can run here; else why not (a contract test then skips).
    std::function<std::string()> unavailable = [] { return std::string(); };
};

// The server the PostgreSQL engine uses, or empty.
inline std::string test_postgres_url() {
    const char* url = std::getenv("PARINDEX_TEST_POSTGRES");
    return url != nullptr ? url : "";
}

// Each PostgreSQL store of a test run is a ward of its own (its own schema) in the server's
// database; the wards of this process are dropped when it ends.
class TestWards {
  public:
    static TestWards& instance() {
        static TestWards wards;
        return wards;
    }
    ~TestWards() {
        auto connection = PgConnection::open(test_postgres_url(), "public");
        if (!connection) {
            return;
        }
        (void)(*connection)
            ->execute("DELETE FROM parindex_wards WHERE code LIKE '" + prefix() + "%'");
        for (int i = 1; i <= m_count; ++i) {
            (void)(*connection)
                ->execute("DROP SCHEMA IF EXISTS " +
                          PgConnection::quote_identifier(ward_schema(code(i))) + " CASCADE");
        }
    }
    TestWards(const TestWards&) = delete;
    TestWards& operator=(const TestWards&) = delete;

    std::unique_ptr<WorkflowStore> open_new() {
        auto deployment = PgDeployment::open(test_postgres_url());
        EXPECT_TRUE(deployment) << describe(deployment.error());
        if (!deployment) {
            return nullptr;
        }
        const std::string ward = code(++m_count);
        auto added = (*deployment)->add_ward(WardEntry{ward, "Phường thử " + ward});
        EXPECT_TRUE(added) << describe(added.error());
        auto store = (*deployment)->open_ward(ward);
        EXPECT_TRUE(store) << describe(store.error());
        return store ? std::move(*store) : nullptr;
    }

  private:
    TestWards() = default;
    static std::string prefix() { return "t" + std::to_string(::getpid()) + "-"; }
    static std::string code(int number) { return prefix() + std::to_string(number); }

    int m_count = 0;
};

inline const std::vector<Engine>& engines() {
    static const std::vector<Engine> list = {
        {"sqlite",
         [](const std::filesystem::path& folder) {
             auto store = open_store((folder / "parindex.db").string());
             EXPECT_TRUE(store) << describe(store.error());
             return store ? std::move(*store) : nullptr;
         }},
        {"postgresql",
         [](const std::filesystem::path& /*folder*/) { return TestWards::instance().open_new(); },
         [] {
             return test_postgres_url().empty()
                        ? std::string(
                              "PARINDEX_TEST_POSTGRES is not set: run under ctest, whose "
                              "postgres fixture starts a server")
                        : std::string();
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
