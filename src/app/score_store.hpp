#pragma once
// What the scoring use cases need from storage: the methodology of each year (its YAML text as
// imported, so it can be shown and exported as written), the appraisal results per criterion
// (this year's round and last year's imported baseline) and the values people enter for
// criteria (survey results, counts, manual points).

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/score_tree.hpp"

namespace parindex {

struct StoredMethodology {
    int year = 0;
    std::string text;         // the YAML document as imported
    std::string source_name;  // the file name it came from
    std::string imported_at;  // ISO 8601 UTC
    std::string imported_by;
};

// A value entered for a leaf criterion whose rule reads `entered`.
struct CriterionEntry {
    std::string code;
    double value = 0;
    std::string note;
    std::string entered_at;
    std::string entered_by;

    friend bool operator==(const CriterionEntry&, const CriterionEntry&) = default;
};

class ScoreRepository {
  public:
    virtual ~ScoreRepository() = default;
    [[nodiscard]] virtual Result<std::optional<StoredMethodology>> find_methodology(int year) = 0;
    [[nodiscard]] virtual Result<void> save_methodology(const StoredMethodology& methodology) = 0;

    [[nodiscard]] virtual Result<std::vector<CriterionResult>> list_results(int year) = 0;
    // Inserts or replaces the results of `year` with the same codes; others stay.
    [[nodiscard]] virtual Result<void> save_results(int year,
                                                    const std::vector<CriterionResult>& rows) = 0;

    [[nodiscard]] virtual Result<std::vector<CriterionEntry>> list_entries(int year) = 0;
    [[nodiscard]] virtual Result<void> save_entry(int year, const CriterionEntry& entry) = 0;
    [[nodiscard]] virtual Result<void> delete_entry(int year, const std::string& code) = 0;
};

}  // namespace parindex
