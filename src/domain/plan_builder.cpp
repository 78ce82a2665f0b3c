#include <algorithm>
#include <set>

#include "domain/plan_draft.hpp"
#include "domain/target_extraction.hpp"

namespace parindex {

namespace {

// Collects the warnings of one build, reporting each unit spelling once, at its first line.
class UnitWarnings {
  public:
    UnitWarnings(const std::string& source, std::vector<Diagnostic>& out)
        : m_source(source), m_out(out) {}

    void note(const UnitMatch& match, const UnitDirectory& directory, int line, Label column) {
        if (!match.is_new && !match.is_variant) {
            return;
        }
        if (!m_seen.insert(match.written_as).second) {
            return;
        }
        const Location where{m_source, line, std::string(label_text(column))};
        if (match.is_new) {
            m_out.push_back(Diagnostic{Label::warning_unit_new, {match.written_as}, where});
            return;
        }
        m_out.push_back(Diagnostic{Label::warning_unit_spelling,
                                   {match.written_as, canonical_name(match.key, directory)},
                                   where});
    }

  private:
    static std::string canonical_name(const std::string& key, const UnitDirectory& directory) {
        for (const Unit& unit : directory.units()) {
            if (unit.key == key) {
                return unit.name;
            }
        }
        return key;
    }

    const std::string& m_source;
    std::vector<Diagnostic>& m_out;
    std::set<std::string> m_seen;
};

std::vector<std::string> resolve_keys(std::string_view cell, UnitDirectory& directory,
                                      UnitWarnings& warnings, int line, Label column) {
    std::vector<std::string> keys;
    for (const UnitMatch& match : directory.resolve(cell)) {
        warnings.note(match, directory, line, column);
        if (std::find(keys.begin(), keys.end(), match.key) == keys.end()) {
            keys.push_back(match.key);
        }
    }
    return keys;
}

}  // namespace

BuiltPlan build_plan(const PlanDraft& draft, UnitDirectory& directory) {
    BuiltPlan built;
    built.plan.info = draft.info;
    UnitWarnings unit_warnings(draft.source_name, built.warnings);
    for (const DraftRow& row : draft.rows) {
        PlanNode node;
        node.code = row.code;
        node.kind = row.kind;
        node.title = row.title;
        node.source_line = row.line;
        if (row.kind == NodeKind::task) {
            node.requirement = row.requirement;
            node.deadline = row.deadline;
            node.deadline_text = row.deadline_text;
            node.lead_units =
                resolve_keys(row.lead_text, directory, unit_warnings, row.line, Label::word_lead);
            node.coordinating_units = resolve_keys(row.coordinating_text, directory, unit_warnings,
                                                   row.line, Label::word_coordinating);
            TargetExtraction extraction = extract_targets(row.requirement);
            if (extraction.has_unread_number) {
                built.warnings.push_back(
                    Diagnostic{Label::warning_target_unread,
                               {row.code},
                               Location{draft.source_name, row.line,
                                        std::string(label_text(Label::word_requirement))}});
            }
            node.targets = std::move(extraction.targets);
        }
        built.plan.nodes.push_back(std::move(node));
    }
    return built;
}

}  // namespace parindex
