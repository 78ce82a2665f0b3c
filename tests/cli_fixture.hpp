#pragma once
// The command line run in-process over a real SQLite file in a scratch folder, for the tests
// that cross layers (cli_test.cpp, score_end_to_end_test.cpp).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "core/error_mapping.hpp"

namespace parindex {

struct CliRun {
    int exit_code;
    std::string out;
    std::string err;
};

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The arguments as the `argv` of a main(); they point into `args`, which must outlive them.
inline std::vector<const char*> argv_of(const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    for (const std::string& arg : args) {
        argv.push_back(arg.c_str());
    }
    return argv;
}

// `parindex --db <database> <args…>`, run in-process.
inline CliRun run_cli_on(const std::string& database, std::vector<std::string> args) {
    args.insert(args.begin(), {"parindex", "--db", database});
    const std::vector<const char*> argv = argv_of(args);
    std::ostringstream out;
    std::ostringstream err;
    const int code = run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

class Cli : public testing::Test {
  protected:
    void SetUp() override {
        m_folder = std::filesystem::temp_directory_path() /
                   ("parindex-cli-" + std::to_string(::getpid()) + "-" +
                    testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_folder);
        m_database = (m_folder / "data" / "parindex.db").string();
    }
    void TearDown() override { std::filesystem::remove_all(m_folder); }

    CliRun run(std::vector<std::string> args) { return run_cli_on(m_database, std::move(args)); }

    std::string write_file(const std::string& name, const std::string& content) {
        std::filesystem::create_directories(m_folder);
        const std::filesystem::path path = m_folder / name;
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    nlohmann::json plan_json() {
        const CliRun shown = run({"plan", "show", "--json"});
        EXPECT_EQ(shown.exit_code, exit_ok) << shown.err;
        return nlohmann::json::parse(shown.out);
    }

    std::filesystem::path m_folder;
    std::string m_database;
};

}  // namespace parindex
