#pragma once
// Reads the scoring rules of a methodology (data/methodology/qd766-ho-so.csv): columns "Nhóm",
// "Chỉ số" (an indicator id of docs/dossiers.md), "Điểm tối đa", "Ngưỡng đạt điểm tối đa (%)"
// and "Ghi chú". The shipped file is compiled in; shipped_score_rules() returns it read.

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/score_rule.hpp"

namespace parindex {

[[nodiscard]] Result<std::vector<ScoreRule>> read_score_rules(std::string_view bytes,
                                                              std::string_view source_name);
[[nodiscard]] Result<std::vector<ScoreRule>> shipped_score_rules();

}  // namespace parindex
