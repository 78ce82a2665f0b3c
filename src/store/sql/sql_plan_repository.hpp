#pragma once
// Plans and their criteria trees in SQLite. Saving matches nodes by code, so a node that stays
// keeps its row id (later tables refer to it) while added ones are inserted and dropped ones
// deleted.

#include <cstdint>
#include <map>

#include "app/store.hpp"

namespace parindex {

class SqlConnection;

class SqlPlanRepository final : public PlanRepository {
  public:
    explicit SqlPlanRepository(SqlConnection& connection) : m_connection(connection) {}

    Result<std::vector<int>> list_plan_years() override;
    Result<std::optional<Plan>> find_plan(int year) override;
    Result<void> save_plan(const Plan& plan) override;

  private:
    Result<std::int64_t> save_info(const PlanInfo& info);
    Result<std::map<std::string, std::int64_t>> save_nodes(std::int64_t plan_id, const Plan& plan);
    Result<void> save_assignments(const std::map<std::string, std::int64_t>& node_ids,
                                  const Plan& plan);
    Result<void> save_targets(const std::map<std::string, std::int64_t>& node_ids,
                              const Plan& plan);
    Result<void> load_nodes(std::int64_t plan_id, Plan& plan);
    Result<void> load_assignments(std::int64_t plan_id, Plan& plan);
    Result<void> load_targets(std::int64_t plan_id, Plan& plan);

    SqlConnection& m_connection;
};

}  // namespace parindex
