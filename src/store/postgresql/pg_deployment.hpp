#pragma once
// A province's deployment on PostgreSQL: one database, each ward in its own schema (ward_<code>,
// its tables the same as a SQLite ward's), the province's accounts in the schema `province`, and
// the register of wards in public.parindex_wards. A ward's store works only in its schema (its
// connection's search_path), so one ward's queries cannot reach another's rows. Thread-safe: the
// register's connection is used by one call at a time.

#include <memory>
#include <mutex>
#include <string>

#include "app/deployment.hpp"
#include "store/sql/sql_store.hpp"

namespace parindex {

class PgConnection;

class PgDeployment final : public Deployment {
  public:
    // Connects to the database at `url` and creates the register of wards when missing.
    [[nodiscard]] static Result<std::unique_ptr<PgDeployment>> open(const std::string& url);
    ~PgDeployment() override;
    PgDeployment(const PgDeployment&) = delete;
    PgDeployment& operator=(const PgDeployment&) = delete;

    Result<std::vector<WardEntry>> list_wards() override;
    Result<std::unique_ptr<WorkflowStore>> open_ward(const std::string& code) override;
    [[nodiscard]] bool has_province() const override { return true; }
    Result<std::unique_ptr<WorkflowStore>> open_province() override;
    Result<void> add_ward(const WardEntry& ward) override;

    // The store of a ward (or of the province, with k_province_code) as its concrete type.
    [[nodiscard]] Result<std::unique_ptr<SqlStore>> open_sql_store(const std::string& code);

  private:
    PgDeployment(std::string url, std::unique_ptr<PgConnection> registry);

    std::string m_url;
    std::mutex m_mutex;  // guards m_registry
    std::unique_ptr<PgConnection> m_registry;
};

// The schema that keeps a ward's tables: "ward_bac_kan" for "bac-kan"; "province" for the
// province's.
[[nodiscard]] std::string ward_schema(std::string_view code);

}  // namespace parindex
