#include "core/text.hpp"

#include <unicode/bytestream.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace parindex {

namespace {

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    return *normalizer;  // ICU's built-in data: never null when ICU itself loaded
}

const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
    return *normalizer;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool is_space_like(UChar32 c) {
    return u_isUWhiteSpace(c) != 0 || c == 0xA0;
}

}  // namespace

std::size_t count_characters(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
    }));
}

bool is_valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t offset = 0;
    while (offset < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

// Both work on the UTF-8 bytes directly (no UTF-16 copy): an import checks millions of cells,
// nearly all of them already in NFC.
bool is_nfc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const bool result = nfc().isNormalizedUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())), status);
    return U_SUCCESS(status) && result;
}

std::string to_nfc(std::string_view utf8) {
    if (is_nfc(utf8)) {
        return std::string(utf8);
    }
    UErrorCode status = U_ZERO_ERROR;
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized);
    nfc().normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())),
                        sink, nullptr, status);
    return U_SUCCESS(status) ? normalized : std::string(utf8);
}

std::string fold_for_matching(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed =
        nfd().normalize(icu::UnicodeString::fromUTF8(
                            icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size()))),
                        status);
    icu::UnicodeString folded;
    bool pending_space = false;
    auto append_word_char = [&](UChar32 c) {
        if (pending_space && !folded.isEmpty()) {
            folded.append(static_cast<UChar32>(' '));
        }
        pending_space = false;
        folded.append(c);
    };
    for (std::int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            continue;
        }
        if (c == 0x0110 || c == 0x0111) {  // Đ, đ
            c = 'd';
        }
        if (c == '&') {  // "HĐND&UBND" is "HĐND và UBND"
            pending_space = true;
            append_word_char('v');
            folded.append(static_cast<UChar32>('a'));
            pending_space = true;
            continue;
        }
        if (u_isalnum(c) == 0) {
            pending_space = true;
            continue;
        }
        append_word_char(u_tolower(c));
    }
    return to_utf8(folded);
}

std::string collapse_whitespace(std::string_view utf8) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    icu::UnicodeString out;
    bool pending_space = false;
    for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (is_space_like(c)) {
            pending_space = true;
            continue;
        }
        if (pending_space && !out.isEmpty()) {
            out.append(static_cast<UChar32>(' '));
        }
        pending_space = false;
        out.append(c);
    }
    return to_utf8(out);
}

std::string capitalize_first(std::string_view utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    if (text.isEmpty()) {
        return {};
    }
    const UChar32 first = text.char32At(0);
    const icu::UnicodeString upper(u_toupper(first));
    text.replace(0, U16_LENGTH(first), upper);
    return to_utf8(text);
}

namespace {

const icu::Locale& vietnamese() {
    static const icu::Locale locale("vi");
    return locale;
}

icu::UnicodeString nfc_unicode(std::string_view utf8) {
    const std::string composed = to_nfc(utf8);
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(composed.data(), static_cast<std::int32_t>(composed.size())));
}

}  // namespace

// Case mapping can decompose (a few letters have no precomposed upper case): compose again.
std::string to_upper_case(std::string_view utf8) {
    icu::UnicodeString text = nfc_unicode(utf8);
    return to_nfc(to_utf8(text.toUpper(vietnamese())));
}

std::string to_lower_case(std::string_view utf8) {
    icu::UnicodeString text = nfc_unicode(utf8);
    return to_nfc(to_utf8(text.toLower(vietnamese())));
}

}  // namespace parindex
