#include "security/sodium_crypto.hpp"

#include <gtest/gtest.h>

#include <set>

namespace parindex {
namespace {

class SodiumCryptoTest : public testing::Test {
  protected:
    void SetUp() override {
        auto created = SodiumCrypto::create();
        ASSERT_TRUE(created);
        m_crypto = std::move(*created);
    }

    std::unique_ptr<SodiumCrypto> m_crypto;
};

bool is_base64url(const std::string& text) {
    for (char c : text) {
        bool is_alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!is_alphanumeric && c != '-' && c != '_') {
            return false;
        }
    }
    return true;
}

TEST_F(SodiumCryptoTest, HashIsArgon2idAndVerifies) {
    auto hash = m_crypto->hash_password("Mật khẩu 2025!");
    ASSERT_TRUE(hash);
    EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
    EXPECT_TRUE(m_crypto->verify_password(*hash, "Mật khẩu 2025!"));
    EXPECT_FALSE(m_crypto->verify_password(*hash, "Mật khẩu 2024!"));
    EXPECT_FALSE(m_crypto->verify_password(*hash, ""));
}

TEST_F(SodiumCryptoTest, SamePasswordHashesDifferently) {
    auto first = m_crypto->hash_password("secret");
    auto second = m_crypto->hash_password("secret");
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(m_crypto->verify_password(*second, "secret"));
}

TEST_F(SodiumCryptoTest, EmptyPasswordHashesAndVerifies) {
    auto hash = m_crypto->hash_password(std::string_view{});
    ASSERT_TRUE(hash);
    EXPECT_TRUE(m_crypto->verify_password(*hash, ""));
    EXPECT_TRUE(m_crypto->verify_password(*hash, std::string_view{}));
    EXPECT_FALSE(m_crypto->verify_password(*hash, "x"));
}

TEST_F(SodiumCryptoTest, MalformedHashIsRejected) {
    auto hash = m_crypto->hash_password("secret");
    ASSERT_TRUE(hash);
    EXPECT_FALSE(m_crypto->verify_password("", "secret"));
    EXPECT_FALSE(m_crypto->verify_password("not a hash", "secret"));
    EXPECT_FALSE(m_crypto->verify_password("$argon2id$", "secret"));
    EXPECT_FALSE(m_crypto->verify_password(hash->substr(0, hash->size() - 5), "secret"));
    EXPECT_FALSE(m_crypto->verify_password(*hash + std::string(200, 'A'), "secret"));
    std::string with_nul = *hash;
    with_nul.insert(10, 1, '\0');
    EXPECT_FALSE(m_crypto->verify_password(with_nul, "secret"));
}

TEST_F(SodiumCryptoTest, TokensAreBase64urlAndDistinct) {
    std::set<std::string> tokens;
    for (int i = 0; i < 100; ++i) {
        std::string token = m_crypto->random_token();
        EXPECT_EQ(token.size(), 43U) << token;
        EXPECT_TRUE(is_base64url(token)) << token;
        tokens.insert(token);
    }
    EXPECT_EQ(tokens.size(), 100U);
}

TEST_F(SodiumCryptoTest, Sha256MatchesKnownVectors) {
    EXPECT_EQ(m_crypto->sha256_hex(std::string_view{}),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(m_crypto->sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(m_crypto->sha256_hex(std::string_view("a\0b", 3)),
              m_crypto->sha256_hex(std::string("a\0b", 3)));
    EXPECT_NE(m_crypto->sha256_hex(std::string_view("a\0b", 3)), m_crypto->sha256_hex("a"));
    EXPECT_EQ(m_crypto->sha256_hex(""), m_crypto->sha256_hex(std::string_view{}));
}

}  // namespace
}  // namespace parindex
