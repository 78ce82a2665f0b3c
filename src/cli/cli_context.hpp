#pragma once
// What every subcommand shares: the database location, the output streams, and the store,
// opened on first use so that `--help` never touches the disk.

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>

#include "app/deployment.hpp"

namespace parindex {

class CliContext {
  public:
    CliContext(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}

    std::string database;  // --db, or the default in the data directory
    std::string ward;      // --ward: which ward of a PostgreSQL database; empty: the only one
    std::string evidence;  // --evidence-dir; empty: beside the SQLite file, or the data directory

    [[nodiscard]] std::ostream& out() { return m_out; }
    [[nodiscard]] std::ostream& err() { return m_err; }

    // Opens the deployment (creating the SQLite file's folder) on first call.
    [[nodiscard]] Result<Deployment*> deployment();
    // Opens the chosen ward's store on first call.
    [[nodiscard]] Result<WorkflowStore*> store();
    // The ward store() opens: --ward, or the deployment's only ward.
    [[nodiscard]] Result<std::string> ward_code();
    // Where a ward's evidence files live: beside a SQLite file (/data/evidence for
    // /data/parindex.db); for PostgreSQL, one folder per ward under --evidence-dir.
    [[nodiscard]] std::filesystem::path evidence_root(const std::string& ward_code) const;

    // Prints the error on stderr and returns its exit code.
    int report(const Error& error);
    // Prints a warning on stderr.
    void warn(const Diagnostic& warning);

  private:
    std::ostream& m_out;
    std::ostream& m_err;
    std::unique_ptr<Deployment> m_deployment;
    std::unique_ptr<WorkflowStore> m_store;
};

// Where the evidence of the SQLite file at `path` lives unless told: /data/evidence for
// /data/parindex.db.
[[nodiscard]] std::filesystem::path sqlite_evidence_root(const std::string& path);

// The whole file at `path`, or an io error naming it.
[[nodiscard]] Result<std::string> read_file(const std::string& path);

// Writes `bytes` to `path` (replacing it), or an io error naming it.
[[nodiscard]] Result<void> write_file(const std::string& path, std::string_view bytes);

// A date option written yyyy-mm-dd or dd/mm/yyyy, or an error naming the option.
[[nodiscard]] Result<CivilDate> option_date(const std::string& text, const char* option);

// $PARINDEX_DB, else $XDG_DATA_HOME/parindex/parindex.db, else ~/.local/share/parindex/parindex.db.
[[nodiscard]] std::string default_database_path();
// $PARINDEX_EVIDENCE_DIR, else the evidence folder in the data directory.
[[nodiscard]] std::string default_evidence_directory();

}  // namespace parindex
