#include "domain/plan.hpp"

#include <array>

namespace parindex {

namespace {

struct KindCode {
    NodeKind kind;
    std::string_view code;
};

constexpr std::array k_kind_codes = {
    KindCode{NodeKind::area, "area"},
    KindCode{NodeKind::group, "group"},
    KindCode{NodeKind::task, "task"},
};

}  // namespace

PlanCounts count_nodes(const Plan& plan) {
    PlanCounts counts;
    for (const PlanNode& node : plan.nodes) {
        switch (node.kind) {
            case NodeKind::area:
                ++counts.areas;
                break;
            case NodeKind::group:
                ++counts.groups;
                break;
            case NodeKind::task:
                ++counts.tasks;
                break;
        }
    }
    return counts;
}

std::string_view node_kind_code(NodeKind kind) {
    for (const auto& entry : k_kind_codes) {
        if (entry.kind == kind) {
            return entry.code;
        }
    }
    return {};
}

std::optional<NodeKind> node_kind_from_code(std::string_view code) {
    for (const auto& entry : k_kind_codes) {
        if (entry.code == code) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

}  // namespace parindex
