#pragma once
// The scoring data in SQLite: a row per year's methodology, per (year, criterion) appraisal
// result and per (year, criterion) entered value.

#include "app/score_store.hpp"

namespace parindex {

class SqlConnection;

class SqlScoreRepository final : public ScoreRepository {
  public:
    explicit SqlScoreRepository(SqlConnection& connection) : m_connection(connection) {}

    // No methodology for the year is an empty optional, not an error.
    Result<std::optional<StoredMethodology>> find_methodology(int year) override;
    // Replaces the year's methodology if it has one.
    Result<void> save_methodology(const StoredMethodology& methodology) override;

    // In text order of code; a number not given is an empty optional.
    Result<std::vector<CriterionResult>> list_results(int year) override;
    Result<void> save_results(int year, const std::vector<CriterionResult>& rows) override;

    // In text order of code.
    Result<std::vector<CriterionEntry>> list_entries(int year) override;
    // Replaces the entry of the same year and code.
    Result<void> save_entry(int year, const CriterionEntry& entry) override;
    // Deleting an entry that does not exist changes nothing.
    Result<void> delete_entry(int year, const std::string& code) override;

  private:
    SqlConnection& m_connection;
};

}  // namespace parindex
