#include "store/migrations.hpp"

#include <algorithm>
#include <charconv>
#include <span>

#include "core/embedded_file.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_sqlite_migrations();
std::span<const EmbeddedFile> embedded_postgresql_migrations();

namespace {

std::vector<Migration> load_migrations(std::span<const EmbeddedFile> files) {
    std::vector<Migration> list;
    for (const EmbeddedFile& file : files) {
        int version = 0;
        std::from_chars(file.name.data(), file.name.data() + file.name.size(), version);
        list.push_back(Migration{version, file.name, file.content});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

}  // namespace

const std::vector<Migration>& migrations(SqlEngine engine) {
    static const std::vector<Migration> sqlite = load_migrations(embedded_sqlite_migrations());
    static const std::vector<Migration> postgresql =
        load_migrations(embedded_postgresql_migrations());
    return engine == SqlEngine::sqlite ? sqlite : postgresql;
}

}  // namespace parindex
