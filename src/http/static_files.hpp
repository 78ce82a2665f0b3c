#pragma once
// The built web application (web/dist), read into memory once at start-up. Requests are looked
// up in that table by exact path, so no request path ever reaches the filesystem.

#include <map>
#include <string>

#include "core/error.hpp"

namespace parindex {

struct StaticFile {
    std::string content_type;
    std::string body;
};

class StaticFiles {
  public:
    // Reads every regular file under `root`; an empty root gives an empty table.
    [[nodiscard]] static Result<StaticFiles> load(const std::string& root);

    // The file for a URL path: "/" is "/index.html"; nothing for an unknown path.
    [[nodiscard]] const StaticFile* find(const std::string& path) const;
    [[nodiscard]] bool is_empty() const { return m_files.empty(); }

  private:
    std::map<std::string, StaticFile> m_files;
};

}  // namespace parindex
