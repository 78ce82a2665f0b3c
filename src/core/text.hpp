#pragma once
// Unicode text helpers for Vietnamese: normalisation (published files arrive in NFC and NFD),
// a folded key for matching and search ("Văn hoá" and "Văn hóa" meet, "duc" finds "Đức"), and
// whitespace clean-up. ICU stays inside text.cpp.

#include <string>
#include <string_view>

namespace parindex {

[[nodiscard]] bool is_valid_utf8(std::string_view text);
// The number of characters (code points) of UTF-8 text: what a length limit a person reads counts.
[[nodiscard]] std::size_t count_characters(std::string_view utf8);
[[nodiscard]] bool is_nfc(std::string_view utf8);
[[nodiscard]] std::string to_nfc(std::string_view utf8);

// Lower case, no diacritics (đ becomes d), "&" read as "và", every run of punctuation and space
// one space, trimmed: the key two spellings of one name share.
[[nodiscard]] std::string fold_for_matching(std::string_view utf8);

// Trims, turns tabs, newlines and no-break spaces into spaces and collapses runs of them.
[[nodiscard]] std::string collapse_whitespace(std::string_view utf8);

// The first letter in upper case ("tỷ lệ" becomes "Tỷ lệ").
[[nodiscard]] std::string capitalize_first(std::string_view utf8);

// The whole text in upper or lower case by Vietnamese rules, in NFC ("Ủy ban nhân dân" becomes
// "ỦY BAN NHÂN DÂN"; NFD input gives the same result as NFC).
[[nodiscard]] std::string to_upper_case(std::string_view utf8);
[[nodiscard]] std::string to_lower_case(std::string_view utf8);

}  // namespace parindex
