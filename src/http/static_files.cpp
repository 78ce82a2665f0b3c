#include "http/static_files.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace parindex {

namespace {

struct ContentType {
    std::string_view extension;
    std::string_view type;
};

constexpr std::array k_content_types = {
    ContentType{".html", "text/html; charset=utf-8"},
    ContentType{".js", "text/javascript; charset=utf-8"},
    ContentType{".css", "text/css; charset=utf-8"},
    ContentType{".json", "application/json; charset=utf-8"},
    ContentType{".svg", "image/svg+xml"},
    ContentType{".png", "image/png"},
    ContentType{".ico", "image/x-icon"},
    ContentType{".woff2", "font/woff2"},
    ContentType{".txt", "text/plain; charset=utf-8"},
};

std::string content_type_of(const std::filesystem::path& path) {
    const std::string extension = path.extension().string();
    for (const ContentType& entry : k_content_types) {
        if (entry.extension == extension) {
            return std::string(entry.type);
        }
    }
    return "application/octet-stream";
}

}  // namespace

Result<StaticFiles> StaticFiles::load(const std::string& root) {
    StaticFiles files;
    if (root.empty()) {
        return files;
    }
    std::error_code error;
    std::filesystem::recursive_directory_iterator it(root, error);
    if (error) {
        return fail(ErrorCode::io, Label::error_file_unreadable, {root + ": " + error.message()});
    }
    for (const auto& entry : it) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        if (!in) {
            return fail(ErrorCode::io, Label::error_file_unreadable, {entry.path().string()});
        }
        const std::string url =
            "/" + std::filesystem::relative(entry.path(), root).generic_string();
        files.m_files.emplace(url, StaticFile{content_type_of(entry.path()),
                                              std::string(std::istreambuf_iterator<char>(in), {})});
    }
    return files;
}

const StaticFile* StaticFiles::find(const std::string& path) const {
    const auto found = m_files.find(path == "/" ? "/index.html" : path);
    return found == m_files.end() ? nullptr : &found->second;
}

}  // namespace parindex
