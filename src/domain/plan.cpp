#include "domain/plan.hpp"

#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

using KindCode = EnumEntry<NodeKind>;

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
    return lookup(k_kind_codes, kind);
}

std::optional<NodeKind> node_kind_from_code(std::string_view code) {
    return reverse_lookup(k_kind_codes, code);
}

}  // namespace parindex
