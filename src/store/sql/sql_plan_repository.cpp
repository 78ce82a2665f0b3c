#include "store/sql/sql_plan_repository.hpp"

#include <algorithm>

#include "core/text_lines.hpp"
#include "store/sql/sql_connection.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_lead = "lead";
constexpr std::string_view k_coordinating = "coordinating";

tl::unexpected<Error> corrupt(std::string what) {
    return fail(ErrorCode::storage, Label::error_database, {std::move(what)});
}

PlanNode* find_node(Plan& plan, std::string_view code) {
    const auto found = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                    [&](const PlanNode& node) { return node.code == code; });
    return found == plan.nodes.end() ? nullptr : &*found;
}

}  // namespace

Result<std::vector<int>> SqlPlanRepository::list_plan_years() {
    PARINDEX_TRY_ASSIGN(statement, m_connection.prepare("SELECT year FROM plans ORDER BY year"));
    std::vector<int> years;
    PARINDEX_TRY(statement.for_each_row([&]() -> Result<void> {
        years.push_back(static_cast<int>(statement.integer(0)));
        return {};
    }));
    return years;
}

Result<std::optional<Plan>> SqlPlanRepository::find_plan(int year) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(
                       "SELECT id, title, issuing_body, number, issued_on, place_and_date, "
                       "signer_title, signer_name, body, recipients FROM plans WHERE year = ?"));
    statement.bind(1, year);
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return std::optional<Plan>{};
    }
    const std::int64_t plan_id = statement.integer(0);
    Plan plan;
    plan.info.year = year;
    plan.info.title = statement.text(1);
    plan.info.issuing_body = statement.text(2);
    plan.info.number = statement.text(3);
    plan.info.issued_on = CivilDate::parse_iso(statement.text(4));
    plan.info.place_and_date = statement.text(5);
    plan.info.signer_title = statement.text(6);
    plan.info.signer_name = statement.text(7);
    plan.info.body = statement.text(8);
    plan.info.recipients = split_lines(statement.text(9));
    PARINDEX_TRY(load_nodes(plan_id, plan));
    PARINDEX_TRY(load_assignments(plan_id, plan));
    PARINDEX_TRY(load_targets(plan_id, plan));
    return std::optional<Plan>{std::move(plan)};
}

Result<void> SqlPlanRepository::load_nodes(std::int64_t plan_id, Plan& plan) {
    PARINDEX_TRY_ASSIGN(
        statement,
        m_connection.prepare("SELECT code, kind, title, requirement, deadline_kind, deadline_due, "
                             "deadline_text, source_line FROM plan_nodes WHERE plan_id = ? "
                             "ORDER BY position"));
    statement.bind(1, plan_id);
    return statement.for_each_row([&]() -> Result<void> {
        PlanNode node;
        node.code = statement.text(0);
        const auto kind = node_kind_from_code(statement.text(1));
        if (!kind) {
            return corrupt("plan_nodes.kind = " + statement.text(1));
        }
        node.kind = *kind;
        node.title = statement.text(2);
        node.requirement = statement.text(3);
        if (!statement.is_null(4)) {
            const auto deadline_kind = deadline_kind_from_code(statement.text(4));
            const auto due = CivilDate::parse_iso(statement.text(5));
            if (!deadline_kind || !due) {
                return corrupt("plan_nodes.deadline of " + node.code);
            }
            node.deadline = Deadline{*deadline_kind, *due};
        }
        node.deadline_text = statement.text(6);
        node.source_line = static_cast<int>(statement.integer(7));
        plan.nodes.push_back(std::move(node));
        return {};
    });
}

Result<void> SqlPlanRepository::load_assignments(std::int64_t plan_id, Plan& plan) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(
                       "SELECT n.code, a.role, u.unit_key FROM assignments a "
                       "JOIN plan_nodes n ON n.id = a.node_id JOIN units u ON u.id = a.unit_id "
                       "WHERE n.plan_id = ? ORDER BY n.position, a.role, a.position"));
    statement.bind(1, plan_id);
    return statement.for_each_row([&]() -> Result<void> {
        PlanNode* node = find_node(plan, statement.text(0));
        if (node == nullptr) {
            return corrupt("assignments of " + statement.text(0));
        }
        auto& units = statement.text(1) == k_lead ? node->lead_units : node->coordinating_units;
        units.push_back(statement.text(2));
        return {};
    });
}

Result<void> SqlPlanRepository::load_targets(std::int64_t plan_id, Plan& plan) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(
                       "SELECT n.code, t.label, t.comparator, t.value, t.unit, t.reference_year, "
                       "t.origin FROM targets t JOIN plan_nodes n ON n.id = t.node_id "
                       "WHERE n.plan_id = ? ORDER BY n.position, t.position"));
    statement.bind(1, plan_id);
    return statement.for_each_row([&]() -> Result<void> {
        PlanNode* node = find_node(plan, statement.text(0));
        const auto comparator = comparator_from_code(statement.text(2));
        if (node == nullptr || !comparator) {
            return corrupt("targets of " + statement.text(0));
        }
        node->targets.push_back(
            Target{statement.text(1), *comparator, statement.optional_real(3), statement.text(4),
                   statement.optional_int(5),
                   statement.text(6) == "edited" ? TargetOrigin::edited : TargetOrigin::extracted});
        return {};
    });
}

Result<void> SqlPlanRepository::save_plan(const Plan& plan) {
    PARINDEX_TRY_ASSIGN(plan_id, save_info(plan.info));
    PARINDEX_TRY_ASSIGN(node_ids, save_nodes(plan_id, plan));
    PARINDEX_TRY(save_assignments(node_ids, plan));
    return save_targets(node_ids, plan);
}

Result<std::int64_t> SqlPlanRepository::save_info(const PlanInfo& info) {
    PARINDEX_TRY_ASSIGN(
        statement, m_connection.prepare(
                       "INSERT INTO plans (year, title, issuing_body, number, issued_on, "
                       "place_and_date, signer_title, signer_name, body, recipients) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (year) DO UPDATE SET title = excluded.title, "
                       "issuing_body = excluded.issuing_body, number = excluded.number, "
                       "issued_on = excluded.issued_on, place_and_date = excluded.place_and_date, "
                       "signer_title = excluded.signer_title, signer_name = excluded.signer_name, "
                       "body = excluded.body, recipients = excluded.recipients RETURNING id"));
    statement.bind(1, info.year)
        .bind(2, info.title)
        .bind(3, info.issuing_body)
        .bind(4, info.number)
        .bind(6, info.place_and_date)
        .bind(7, info.signer_title)
        .bind(8, info.signer_name)
        .bind(9, info.body)
        .bind(10, join_lines(info.recipients));
    if (info.issued_on) {
        statement.bind(5, info.issued_on->to_iso());
    } else {
        statement.bind_null(5);
    }
    PARINDEX_TRY_ASSIGN(row, statement.step());
    if (!row) {
        return corrupt("plans: no id returned");
    }
    const std::int64_t id = statement.integer(0);
    PARINDEX_TRY(statement.run());
    return id;
}

Result<std::map<std::string, std::int64_t>> SqlPlanRepository::save_nodes(std::int64_t plan_id,
                                                                          const Plan& plan) {
    PARINDEX_TRY_ASSIGN(
        upsert, m_connection.prepare(
                    "INSERT INTO plan_nodes (plan_id, code, position, kind, title, requirement, "
                    "deadline_kind, deadline_due, deadline_text, source_line) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (plan_id, code) DO UPDATE SET position = excluded.position, "
                    "kind = excluded.kind, title = excluded.title, "
                    "requirement = excluded.requirement, deadline_kind = excluded.deadline_kind, "
                    "deadline_due = excluded.deadline_due, deadline_text = excluded.deadline_text, "
                    "source_line = excluded.source_line RETURNING id"));
    std::map<std::string, std::int64_t> node_ids;
    int position = 0;
    for (const PlanNode& node : plan.nodes) {
        upsert.bind(1, plan_id)
            .bind(2, node.code)
            .bind(3, position++)
            .bind(4, node_kind_code(node.kind))
            .bind(5, node.title)
            .bind(6, node.requirement)
            .bind(9, node.deadline_text)
            .bind(10, node.source_line);
        if (node.deadline) {
            upsert.bind(7, deadline_kind_code(node.deadline->kind))
                .bind(8, node.deadline->due.to_iso());
        } else {
            upsert.bind_null(7).bind_null(8);
        }
        PARINDEX_TRY_ASSIGN(row, upsert.step());
        if (!row) {
            return corrupt("plan_nodes: no id returned");
        }
        node_ids.emplace(node.code, upsert.integer(0));
        PARINDEX_TRY(upsert.run());
    }
    // Nodes the new plan no longer has; their assignments and targets go with them.
    PARINDEX_TRY_ASSIGN(stale,
                        m_connection.prepare("SELECT id, code FROM plan_nodes WHERE plan_id = ?"));
    stale.bind(1, plan_id);
    std::vector<std::int64_t> stale_ids;
    PARINDEX_TRY(stale.for_each_row([&]() -> Result<void> {
        if (!node_ids.contains(stale.text(1))) {
            stale_ids.push_back(stale.integer(0));
        }
        return {};
    }));
    PARINDEX_TRY_ASSIGN(remove, m_connection.prepare("DELETE FROM plan_nodes WHERE id = ?"));
    for (const std::int64_t id : stale_ids) {
        PARINDEX_TRY(remove.bind(1, id).run());
    }
    return node_ids;
}

Result<void> SqlPlanRepository::save_assignments(
    const std::map<std::string, std::int64_t>& node_ids, const Plan& plan) {
    PARINDEX_TRY_ASSIGN(clear, m_connection.prepare("DELETE FROM assignments WHERE node_id = ?"));
    PARINDEX_TRY_ASSIGN(
        insert, m_connection.prepare("INSERT INTO assignments (node_id, unit_id, role, position) "
                                     "SELECT ?, id, ?, ? FROM units WHERE unit_key = ?"));
    for (const PlanNode& node : plan.nodes) {
        const std::int64_t node_id = node_ids.at(node.code);
        PARINDEX_TRY(clear.bind(1, node_id).run());
        for (const auto& [role, keys] : {std::pair{k_lead, &node.lead_units},
                                         std::pair{k_coordinating, &node.coordinating_units}}) {
            int position = 0;
            for (const std::string& key : *keys) {
                PARINDEX_TRY(
                    insert.bind(1, node_id).bind(2, role).bind(3, position++).bind(4, key).run());
            }
        }
    }
    return {};
}

Result<void> SqlPlanRepository::save_targets(const std::map<std::string, std::int64_t>& node_ids,
                                             const Plan& plan) {
    PARINDEX_TRY_ASSIGN(
        upsert, m_connection.prepare(
                    "INSERT INTO targets (node_id, position, label, comparator, value, unit, "
                    "reference_year, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (node_id, position) DO UPDATE SET label = excluded.label, "
                    "comparator = excluded.comparator, value = excluded.value, "
                    "unit = excluded.unit, reference_year = excluded.reference_year, "
                    "origin = excluded.origin"));
    PARINDEX_TRY_ASSIGN(
        trim, m_connection.prepare("DELETE FROM targets WHERE node_id = ? AND position >= ?"));
    for (const PlanNode& node : plan.nodes) {
        const std::int64_t node_id = node_ids.at(node.code);
        int position = 0;
        for (const Target& target : node.targets) {
            PARINDEX_TRY(
                upsert.bind(1, node_id)
                    .bind(2, position++)
                    .bind(3, target.label)
                    .bind(4, comparator_code(target.comparator))
                    .bind(5, target.value)
                    .bind(6, target.unit)
                    .bind(7, target.reference_year)
                    .bind(8, target.origin == TargetOrigin::edited ? "edited" : "extracted")
                    .run());
        }
        PARINDEX_TRY(trim.bind(1, node_id).bind(2, position).run());
    }
    return {};
}

}  // namespace parindex
