#include "app/audit_snapshot.hpp"

#include <nlohmann/json.hpp>

namespace parindex {

std::string snapshot(const ProgressReport& report) {
    nlohmann::json values = nlohmann::json::array();
    for (const MeasuredValue& value : report.values) {
        values.push_back({{"target_index", value.target_index}, {"value", value.value}});
    }
    nlohmann::json evidence = nlohmann::json::array();
    for (const EvidenceFile& file : report.evidence) {
        evidence.push_back(
            {{"id", file.id}, {"file_name", file.file_name}, {"sha256", file.sha256}});
    }
    nlohmann::json documents = nlohmann::json::array();
    for (const DocumentReference& document : report.documents) {
        documents.push_back({{"id", document.id}, {"number_symbol", document.number_symbol}});
    }
    return nlohmann::json{{"id", report.id},
                          {"task_code", report.task_code},
                          {"unit_key", report.unit_key},
                          {"period", report.period.code()},
                          {"state", report_state_code(report.state)},
                          {"progress", progress_code(report.progress)},
                          {"narrative", report.narrative},
                          {"values", std::move(values)},
                          {"evidence", std::move(evidence)},
                          {"documents", std::move(documents)},
                          {"review_comment", report.review_comment},
                          {"version", report.version}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string snapshot(const User& user) {
    return nlohmann::json{{"id", user.id},
                          {"username", user.username},
                          {"display_name", user.display_name},
                          {"role", role_code(user.role)},
                          {"unit_key", user.unit_key},
                          {"active", user.is_active}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string snapshot(const Obstacle& obstacle) {
    return nlohmann::json{{"id", obstacle.id},
                          {"task_code", obstacle.task_code},
                          {"unit_key", obstacle.unit_key},
                          {"text", obstacle.text},
                          {"answer", obstacle.answer}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string snapshot(const TaskComment& comment) {
    return nlohmann::json{
        {"id", comment.id}, {"task_code", comment.task_code}, {"text", comment.text}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace parindex
