#pragma once
// The plan (Kế hoạch): its details and the criteria tree of its appendix. Areas (I-IX) hold
// criteria, criteria hold sub-criteria to any depth the numbering gives; a leaf row is a task
// with its requirement, targets, deadline, lead units and coordinating units.

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "domain/deadline.hpp"
#include "domain/target.hpp"

namespace parindex {

struct PlanInfo {
    int year = 0;
    std::string title;         // "Về việc duy trì, cải thiện và nâng cao Chỉ số ..."
    std::string issuing_body;  // "UBND phường Bắc Kạn"
    std::string number;        // "15/KH-UBND"; empty while the plan is a draft
    std::optional<CivilDate> issued_on;
    std::string place_and_date;  // as written: "Bắc Kạn, ngày tháng 9 năm 2025"
    std::string signer_title;    // "CHỦ TỊCH"
    std::string signer_name;
    std::string body;  // the paragraphs between the title and "Nơi nhận", one per line
    std::vector<std::string> recipients;  // the "Nơi nhận" lines as written ("- Lưu: VT.")

    friend bool operator==(const PlanInfo&, const PlanInfo&) = default;
};

enum class NodeKind {
    area,   // Lĩnh vực: I, II, ...
    group,  // a criterion or sub-criterion that holds others
    task,   // a leaf row: what a unit must do
};

struct PlanNode {
    std::string code;  // "I", "2.1", "2.1.1"
    NodeKind kind = NodeKind::task;
    std::string title;
    // Tasks only:
    std::string requirement;
    std::optional<Deadline> deadline;
    std::string deadline_text;                    // as the plan wrote it
    std::vector<std::string> lead_units;          // unit keys
    std::vector<std::string> coordinating_units;  // unit keys
    std::vector<Target> targets;
    int source_line = 0;  // where the row starts in the imported file

    friend bool operator==(const PlanNode&, const PlanNode&) = default;
};

struct Plan {
    PlanInfo info;
    std::vector<PlanNode> nodes;  // in document order: every parent before its children
};

// The quarter reporting starts in: the one the plan was issued in (from its date, or from the
// month its place-and-date line names when the day is still blank), else the year's first.
[[nodiscard]] int first_reporting_quarter(const PlanInfo& info);

// The details read from a document, with those it does not state taken from the stored plan:
// an appendix alone has no body, a spreadsheet no signer, and importing one keeps them.
[[nodiscard]] PlanInfo keep_unstated_details(const PlanInfo& stored, PlanInfo read);

struct PlanCounts {
    int areas = 0;
    int groups = 0;
    int tasks = 0;
};

[[nodiscard]] PlanCounts count_nodes(const Plan& plan);
[[nodiscard]] std::string_view node_kind_code(NodeKind kind);
[[nodiscard]] std::optional<NodeKind> node_kind_from_code(std::string_view code);

}  // namespace parindex
