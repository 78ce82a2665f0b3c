#include "store/sql/sql_score_repository.hpp"

#include "store/sql/sql_connection.hpp"

namespace parindex {

Result<std::optional<StoredMethodology>> SqlScoreRepository::find_methodology(int year) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT text, source_name, imported_at, imported_by "
                                             "FROM methodologies WHERE year = ?"));
    statement.bind(1, year);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<StoredMethodology>{};
    }
    StoredMethodology methodology{year, statement.text(0), statement.text(1), statement.text(2),
                                  statement.text(3)};
    statement.reset();
    return std::optional<StoredMethodology>{std::move(methodology)};
}

Result<void> SqlScoreRepository::save_methodology(const StoredMethodology& methodology) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(replace_row_sql(
                       "methodologies", "year", "text, source_name, imported_at, imported_by")));
    return statement.bind(1, methodology.year)
        .bind(2, methodology.text)
        .bind(3, methodology.source_name)
        .bind(4, methodology.imported_at)
        .bind(5, methodology.imported_by)
        .run();
}

Result<std::vector<CriterionResult>> SqlScoreRepository::list_results(int year) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("SELECT code, max_points, self_points, self_explanation, "
                             "appraised_points, appraisal_comment, ward_explanation, "
                             "final_points, updated_at, updated_by FROM criterion_results "
                             "WHERE year = ? ORDER BY code"));
    statement.bind(1, year);
    std::vector<CriterionResult> results;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        CriterionResult result;
        result.code = statement.text(0);
        result.max_points = statement.optional_real(1);
        result.self_points = statement.optional_real(2);
        result.self_explanation = statement.text(3);
        result.appraised_points = statement.optional_real(4);
        result.appraisal_comment = statement.text(5);
        result.ward_explanation = statement.text(6);
        result.final_points = statement.optional_real(7);
        result.updated_at = statement.text(8);
        result.updated_by = statement.text(9);
        results.push_back(std::move(result));
        return {};
    }));
    return results;
}

Result<void> SqlScoreRepository::save_results(int year, const std::vector<CriterionResult>& rows) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare(replace_row_sql(
            "criterion_results", "year, code",
            "max_points, self_points, self_explanation, appraised_points, appraisal_comment, "
            "ward_explanation, final_points, updated_at, updated_by")));
    for (const CriterionResult& row : rows) {
        PARINDEX_TRY(statement.bind(1, year)
                         .bind(2, row.code)
                         .bind(3, row.max_points)
                         .bind(4, row.self_points)
                         .bind(5, row.self_explanation)
                         .bind(6, row.appraised_points)
                         .bind(7, row.appraisal_comment)
                         .bind(8, row.ward_explanation)
                         .bind(9, row.final_points)
                         .bind(10, row.updated_at)
                         .bind(11, row.updated_by)
                         .run());
    }
    return {};
}

Result<std::vector<CriterionEntry>> SqlScoreRepository::list_entries(int year) {
    PARINDEX_TRY_ASSIGN(statement,
                        m_connection.prepare("SELECT code, value, note, entered_at, entered_by "
                                             "FROM criterion_entries WHERE year = ? "
                                             "ORDER BY code"));
    statement.bind(1, year);
    std::vector<CriterionEntry> entries;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        entries.push_back(CriterionEntry{statement.text(0), statement.real(1), statement.text(2),
                                         statement.text(3), statement.text(4)});
        return {};
    }));
    return entries;
}

Result<void> SqlScoreRepository::save_entry(int year, const CriterionEntry& entry) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(replace_row_sql("criterion_entries", "year, code",
                                                        "value, note, entered_at, entered_by")));
    return statement.bind(1, year)
        .bind(2, entry.code)
        .bind(3, entry.value)
        .bind(4, entry.note)
        .bind(5, entry.entered_at)
        .bind(6, entry.entered_by)
        .run();
}

Result<void> SqlScoreRepository::delete_entry(int year, const std::string& code) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("DELETE FROM criterion_entries WHERE year = ? AND code = ?"));
    return statement.bind(1, year).bind(2, code).run();
}

}  // namespace parindex
