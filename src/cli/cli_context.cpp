#include "cli/cli_context.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>

#include "core/error_mapping.hpp"
#include "store/open_store.hpp"

namespace parindex {

namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read at start-up
    return value != nullptr ? value : "";
}

Result<void> create_parent_directory(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (parent.empty()) {
        return {};
    }
    std::error_code error;
    std::filesystem::create_directories(parent, error);
    if (error) {
        return fail(ErrorCode::io, Label::error_directory, {parent.string(), error.message()});
    }
    return {};
}

std::string data_directory() {
    std::string data_home = environment("XDG_DATA_HOME");
    if (data_home.empty()) {
        const std::string home = environment("HOME");
        data_home = home.empty() ? "." : home + "/.local/share";
    }
    return data_home + "/parindex";
}

}  // namespace

std::string default_database_path() {
    if (std::string path = environment("PARINDEX_DB"); !path.empty()) {
        return path;
    }
    return data_directory() + "/parindex.db";
}

std::string default_evidence_directory() {
    if (std::string path = environment("PARINDEX_EVIDENCE_DIR"); !path.empty()) {
        return path;
    }
    return data_directory() + "/evidence";
}

Result<Deployment*> CliContext::deployment() {
    if (m_deployment) {
        return m_deployment.get();
    }
    if (!is_postgresql_url(database)) {
        PARINDEX_TRY(create_parent_directory(database));
    }
    PARINDEX_TRY_ASSIGN(opened, open_deployment(database));
    m_deployment = std::move(opened);
    return m_deployment.get();
}

Result<std::string> CliContext::ward_code() {
    PARINDEX_TRY_ASSIGN(opened, deployment());
    return choose_ward(*opened, ward);
}

Result<WorkflowStore*> CliContext::store() {
    if (m_store) {
        return m_store.get();
    }
    PARINDEX_TRY_ASSIGN(opened, deployment());
    PARINDEX_TRY_ASSIGN(code, choose_ward(*opened, ward));
    // The province's tenant keeps the province's accounts (`--ward province user add …`).
    PARINDEX_TRY_ASSIGN(
        store, code == k_province_code ? opened->open_province() : opened->open_ward(code));
    m_store = std::move(store);
    return m_store.get();
}

std::filesystem::path CliContext::evidence_root(const std::string& ward_code) const {
    if (is_postgresql_url(database)) {
        return std::filesystem::path(evidence.empty() ? default_evidence_directory() : evidence) /
               ward_code;
    }
    return evidence.empty() ? sqlite_evidence_root(database) : std::filesystem::path(evidence);
}

std::filesystem::path sqlite_evidence_root(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return (parent.empty() ? std::filesystem::path(".") : parent) / "evidence";
}

int CliContext::report(const Error& error) {
    m_err << label_text(Label::prefix_error) << ": " << describe(error) << '\n';
    return exit_code(error.code);
}

void CliContext::warn(const Diagnostic& warning) {
    m_err << label_text(Label::prefix_warning) << ": " << describe(warning) << '\n';
}

Result<CivilDate> option_date(const std::string& text, const char* option) {
    auto date = CivilDate::parse_iso(text);
    if (!date) {
        date = CivilDate::parse_dmy(text);
    }
    if (!date) {
        return fail(ErrorCode::invalid_input, Label::error_option_date, {option, text});
    }
    return *date;
}

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::io, Label::error_file_unreadable, {path});
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Result<void> write_file(const std::string& path, std::string_view bytes) {
    std::ofstream file(path, std::ios::binary);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file.flush()) {
        return fail(ErrorCode::io, Label::error_file_unwritable, {path});
    }
    return {};
}

}  // namespace parindex
