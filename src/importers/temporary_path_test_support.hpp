#pragma once
// A file path in the temporary directory, removed at the end of the test (importer tests that
// write an XLSX with libxlsxwriter and read it back).

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace parindex {

class TemporaryPath {
  public:
    explicit TemporaryPath(const std::string& name)
        : m_path((std::filesystem::temp_directory_path() /
                  ("parindex-importer-test-" + std::to_string(getpid()) + "-" + name))
                     .string()) {}
    TemporaryPath(const TemporaryPath&) = delete;
    TemporaryPath& operator=(const TemporaryPath&) = delete;
    ~TemporaryPath() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    [[nodiscard]] const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

}  // namespace parindex
