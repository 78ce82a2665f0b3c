#include "store/evidence_directory.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <system_error>

namespace parindex {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_digest_length = 64;

// Labels used until the table has dedicated ones (error_evidence_bad_digest,
// error_evidence_not_found, error_file_unwritable); kept here so the switch is one place.
constexpr Label k_label_bad_digest = Label::error_file_unreadable;
constexpr Label k_label_not_found = Label::error_file_unreadable;
constexpr Label k_label_unreadable = Label::error_file_unreadable;
constexpr Label k_label_unwritable = Label::error_file_unreadable;

// The only check between a request and a path: exactly 64 lower-case hex digits, so the digest
// can hold no separator, dot or drive letter, and the path stays under the root.
bool is_digest(std::string_view text) {
    return text.size() == k_digest_length && std::ranges::all_of(text, [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Result<void> check_digest(std::string_view digest) {
    if (is_digest(digest)) {
        return {};
    }
    // Quoted, and cut short, because the text may be anything a client sent.
    constexpr std::size_t shown = 80;
    std::string quoted(digest.substr(0, std::min(digest.size(), shown)));
    return fail(ErrorCode::invalid_input, k_label_bad_digest, {quoted});
}

std::string describe_failure(const fs::path& path, const std::error_code& error) {
    return path.string() + ": " + error.message();
}

// A name no other writer, in this process or another, picks at the same moment: a per-process
// random prefix and a counter. Starts with '.' and ends in ".tmp" so it is never a digest.
std::string temporary_name(std::string_view digest) {
    static const std::uint64_t process_salt = [] {
        std::random_device device;
        return (std::uint64_t{device()} << 32U) ^ std::uint64_t{device()};
    }();
    static std::atomic<std::uint64_t> counter{0};
    return "." + std::string(digest) + "." + std::to_string(process_salt) + "." +
           std::to_string(counter.fetch_add(1)) + ".tmp";
}

}  // namespace

EvidenceDirectory::EvidenceDirectory(fs::path root) : m_root(std::move(root)) {}

Result<std::unique_ptr<EvidenceDirectory>> EvidenceDirectory::create(fs::path root) {
    try {
        std::error_code error;
        fs::create_directories(root, error);
        if (error) {
            return fail(ErrorCode::io, Label::error_directory, {root.string(), error.message()});
        }
        if (!fs::is_directory(root, error)) {
            return fail(
                ErrorCode::io, Label::error_directory,
                {root.string(), std::make_error_code(std::errc::not_a_directory).message()});
        }
        return std::unique_ptr<EvidenceDirectory>(new EvidenceDirectory(std::move(root)));
    } catch (const fs::filesystem_error& error) {
        return fail(ErrorCode::io, Label::error_directory, {root.string(), error.what()});
    }
}

Result<void> EvidenceDirectory::put(std::string_view sha256_hex, std::string_view bytes) {
    PARINDEX_TRY(check_digest(sha256_hex));
    try {
        fs::path folder = m_root / std::string(sha256_hex.substr(0, 2));
        fs::path target = folder / std::string(sha256_hex);
        std::error_code error;
        // Same digest, same bytes: the first copy stays.
        if (fs::exists(target, error)) {
            return {};
        }
        if (error) {
            return fail(ErrorCode::io, k_label_unwritable, {describe_failure(target, error)});
        }
        fs::create_directories(folder, error);
        if (error) {
            return fail(ErrorCode::io, Label::error_directory, {folder.string(), error.message()});
        }
        return write_new(folder, target, bytes);
    } catch (const fs::filesystem_error& error) {
        return fail(ErrorCode::io, k_label_unwritable, {error.what()});
    }
}

// Writes beside the target and renames: rename within one folder is atomic, so a reader sees
// either no file or the whole file. std::ofstream cannot fsync, so a power cut (not a process
// crash) may still lose or truncate a file renamed just before it.
Result<void> EvidenceDirectory::write_new(const fs::path& folder, const fs::path& target,
                                          std::string_view bytes) {
    fs::path temporary = folder / temporary_name(target.filename().string());
    std::error_code error;
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!bytes.empty()) {
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
        out.close();
        if (!out) {
            fs::remove(temporary, error);
            return fail(ErrorCode::io, k_label_unwritable, {temporary.string()});
        }
    }
    // A concurrent put of the same digest may rename first; replacing its file with the same
    // bytes is harmless.
    fs::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return fail(ErrorCode::io, k_label_unwritable, {describe_failure(target, error)});
    }
    return {};
}

Result<std::string> EvidenceDirectory::get(std::string_view sha256_hex) {
    PARINDEX_TRY(check_digest(sha256_hex));
    try {
        fs::path path = m_root / std::string(sha256_hex.substr(0, 2)) / std::string(sha256_hex);
        std::error_code error;
        auto size = fs::file_size(path, error);
        if (error == std::errc::no_such_file_or_directory) {
            return fail(ErrorCode::not_found, k_label_not_found, {std::string(sha256_hex)});
        }
        if (error) {
            return fail(ErrorCode::io, k_label_unreadable, {describe_failure(path, error)});
        }
        std::ifstream in(path, std::ios::binary);
        std::string bytes(size, '\0');
        in.read(bytes.data(), static_cast<std::streamsize>(size));
        if (!in || static_cast<std::uintmax_t>(in.gcount()) != size) {
            return fail(ErrorCode::io, k_label_unreadable, {path.string()});
        }
        return bytes;
    } catch (const fs::filesystem_error& error) {
        return fail(ErrorCode::io, k_label_unreadable, {error.what()});
    }
}

}  // namespace parindex
