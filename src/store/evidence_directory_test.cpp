#include "store/evidence_directory.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <vector>

namespace parindex {
namespace {

namespace fs = std::filesystem;

// SHA-256 of "abc" and of "": real digests, though the store never checks them.
constexpr std::string_view k_abc_digest =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr std::string_view k_empty_digest =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

std::vector<fs::path> files_under(const fs::path& folder) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        found.push_back(fs::relative(entry.path(), folder));
    }
    std::ranges::sort(found);
    return found;
}

class EvidenceDirectoryTest : public testing::Test {
  protected:
    void SetUp() override {
        // The sandbox holds the store's root, so a path escaping the root would show up in it.
        m_sandbox = fs::temp_directory_path() /
                    ("parindex-evidence-" + std::to_string(::getpid()) + "-" +
                     testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_sandbox);
        fs::create_directories(m_sandbox);
        m_root = m_sandbox / "store" / "evidence";
        auto created = EvidenceDirectory::create(m_root);
        ASSERT_TRUE(created) << describe(created.error());
        m_files = std::move(*created);
    }

    void TearDown() override { fs::remove_all(m_sandbox); }

    fs::path m_sandbox;
    fs::path m_root;
    std::unique_ptr<EvidenceDirectory> m_files;
};

TEST_F(EvidenceDirectoryTest, CreateMakesTheRootFolder) {
    EXPECT_TRUE(fs::is_directory(m_root));
    EXPECT_TRUE(files_under(m_root).empty());
}

TEST_F(EvidenceDirectoryTest, CreateFailsWhenTheRootIsAFile) {
    fs::path file = m_sandbox / "plain-file";
    std::ofstream(file) << "x";
    auto created = EvidenceDirectory::create(file);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::io);
}

TEST_F(EvidenceDirectoryTest, StoresAndReadsBack) {
    std::string bytes("abc");
    bytes += std::string("\0\xff\r\n", 4);
    ASSERT_TRUE(m_files->put(k_abc_digest, bytes));
    EXPECT_TRUE(fs::is_regular_file(m_root / "ba" / std::string(k_abc_digest)));
    auto read = m_files->get(k_abc_digest);
    ASSERT_TRUE(read) << describe(read.error());
    EXPECT_EQ(*read, bytes);
}

TEST_F(EvidenceDirectoryTest, StoresAnEmptyFile) {
    ASSERT_TRUE(m_files->put(k_empty_digest, ""));
    auto read = m_files->get(k_empty_digest);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, "");
}

TEST_F(EvidenceDirectoryTest, PutTwiceKeepsTheFirstCopy) {
    ASSERT_TRUE(m_files->put(k_abc_digest, "abc"));
    ASSERT_TRUE(m_files->put(k_abc_digest, "something else"));
    auto read = m_files->get(k_abc_digest);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, "abc");
    EXPECT_EQ(files_under(m_root).size(), 2U);  // the folder "ba" and the file
}

TEST_F(EvidenceDirectoryTest, LeavesNoTemporaryFiles) {
    ASSERT_TRUE(m_files->put(k_abc_digest, "abc"));
    ASSERT_TRUE(m_files->put(k_empty_digest, ""));
    std::vector<fs::path> expected = {"ba", fs::path("ba") / std::string(k_abc_digest), "e3",
                                      fs::path("e3") / std::string(k_empty_digest)};
    EXPECT_EQ(files_under(m_root), expected);
}

TEST_F(EvidenceDirectoryTest, UnwritableFolderIsAnIoError) {
    std::ofstream(m_root / "ba") << "a file where the folder should be";
    auto stored = m_files->put(k_abc_digest, "abc");
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().code, ErrorCode::io);
    auto read = m_files->get(k_abc_digest);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::io);
}

TEST_F(EvidenceDirectoryTest, MissingDigestIsNotFound) {
    auto read = m_files->get(k_abc_digest);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::not_found);
}

TEST_F(EvidenceDirectoryTest, RejectsAnythingButLowerCaseHexDigests) {
    std::string upper(k_abc_digest);
    upper[0] = 'B';
    std::string climbing = "ab/../cd";
    climbing += std::string(64 - climbing.size(), '0');
    ASSERT_EQ(climbing.size(), 64U);
    const std::vector<std::string> rejected = {
        "../../etc/passwd",
        upper,
        std::string(k_abc_digest.substr(0, 63)),
        std::string(k_abc_digest) + "0",
        climbing,
        "/" + std::string(k_abc_digest.substr(1)),
        std::string(k_abc_digest.substr(0, 63)) + std::string(1, '\0'),
        "",
    };
    for (const auto& digest : rejected) {
        auto stored = m_files->put(digest, "evil");
        ASSERT_FALSE(stored) << digest;
        EXPECT_EQ(stored.error().code, ErrorCode::invalid_input) << digest;
        auto read = m_files->get(digest);
        ASSERT_FALSE(read) << digest;
        EXPECT_EQ(read.error().code, ErrorCode::invalid_input) << digest;
    }
    // Nothing was written, inside the root or beside it.
    std::vector<fs::path> expected = {"store", fs::path("store") / "evidence"};
    EXPECT_EQ(files_under(m_sandbox), expected);
}

}  // namespace
}  // namespace parindex
