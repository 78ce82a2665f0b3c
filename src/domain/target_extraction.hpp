#pragma once
// Reads the measurable targets out of a requirement written in Vietnamese ("Yêu cầu năm 2025").
// Pure and table-driven: each phrase the plans use ("đạt trên 90%", "từ 90% trở lên", "ít nhất
// 01 đơn vị", "giảm so với năm 2024", "không có ...") is one row of a table in the .cpp.

#include <string_view>
#include <vector>

#include "domain/target.hpp"

namespace parindex {

struct TargetExtraction {
    // One or more targets, in the order the requirement states them; a single qualitative target
    // when no number is stated.
    std::vector<Target> targets;
    // The text mentions a rate or a number that no rule could read: worth a warning, since a
    // person should check the qualitative target that took its place.
    bool has_unread_number = false;
};

[[nodiscard]] TargetExtraction extract_targets(std::string_view requirement);

}  // namespace parindex
