#include "importers/methodology_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "domain/plan_draft.hpp"
#include "importers/plan_text_reader.hpp"

namespace parindex {

namespace {

// A small valid methodology: one area, two criteria; the comments give the line numbers.
constexpr std::string_view k_valid =
    "year: 2025\n"                                                     // 1
    "total: 10\n"                                                      // 2
    "parts: {assessed: 6, survey: 4}\n"                                // 3
    "areas:\n"                                                         // 4
    "  - code: I\n"                                                    // 5
    "    max: 10\n"                                                    // 6
    "    criteria:\n"                                                  // 7
    "      - code: \"1.1\"\n"                                          // 8
    "        max: 6\n"                                                 // 9
    "        rule: {type: yes_no, evidence: Báo cáo kiểm tra}\n"       // 10
    "      - code: \"1.2\"\n"                                          // 11
    "        max: 4\n"                                                 // 12
    "        part: survey\n"                                           // 13
    "        rule: {type: linear, source: entered, threshold: 90}\n";  // 14

// k_valid with `from` replaced by `to` (which must be there once).
std::string with(std::string_view from, std::string_view to) {
    std::string text(k_valid);
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// The rule of criterion 1.2 (line 14) replaced by `rule`.
std::string with_rule(std::string_view rule) {
    return with("{type: linear, source: entered, threshold: 90}", rule);
}

Error read_error(std::string_view text) {
    auto read = read_methodology_yaml(text, "pp.yaml");
    EXPECT_FALSE(read.has_value());
    return read ? Error{} : read.error();
}

void expect_error(std::string_view text, Label message, int line, std::string_view field) {
    const Error error = read_error(text);
    EXPECT_EQ(error.code, ErrorCode::invalid_input);
    EXPECT_EQ(error.detail.message, message) << describe(error);
    EXPECT_EQ(error.detail.where, (Location{"pp.yaml", line, std::string(field)}))
        << describe(error);
}

std::string read_seed() {
    std::ifstream in(PARINDEX_SEED_PLAN, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Plan seed_plan() {
    auto reading = read_plan_text(read_seed(), "ke-hoach-par-index-2025.txt");
    EXPECT_TRUE(reading.has_value());
    UnitDirectory directory({});
    return build_plan(reading->draft, directory).plan;
}

// The children of nodes[index]: the following nodes one level deeper, up to its next sibling.
std::vector<const MethodologyNode*> children_of(const Methodology& methodology, std::size_t index) {
    std::vector<const MethodologyNode*> children;
    const int depth = methodology.nodes[index].depth;
    for (std::size_t i = index + 1;
         i < methodology.nodes.size() && methodology.nodes[i].depth > depth; ++i) {
        if (methodology.nodes[i].depth == depth + 1) {
            children.push_back(&methodology.nodes[i]);
        }
    }
    return children;
}

bool same_points(double a, double b) {
    return std::abs(a - b) < 0.005;
}

// --- What it reads ---

TEST(MethodologyReader, ReadsTheHeaderAndTheTreeInDocumentOrder) {
    const auto read = read_methodology_yaml(k_valid, "pp.yaml");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    EXPECT_EQ(read->year, 2025);
    EXPECT_EQ(read->title, "");
    EXPECT_FALSE(read->is_template);
    EXPECT_EQ(read->total_points, 10);
    EXPECT_EQ(read->assessed_points, 6);
    EXPECT_EQ(read->survey_points, 4);
    ASSERT_EQ(read->nodes.size(), 3U);

    const MethodologyNode& area = read->nodes[0];
    EXPECT_EQ(area.code, "I");
    EXPECT_EQ(area.depth, 0);
    EXPECT_EQ(area.max_points, 10);
    EXPECT_EQ(area.source_line, 5);
    EXPECT_FALSE(area.is_leaf());

    const MethodologyNode& first = read->nodes[1];
    EXPECT_EQ(first.code, "1.1");
    EXPECT_EQ(first.depth, 1);
    EXPECT_EQ(first.source_line, 8);
    EXPECT_EQ(first.part, ScorePart::assessed);
    EXPECT_FALSE(first.not_applicable);
    ASSERT_TRUE(first.is_leaf());
    EXPECT_EQ(first.rule->type, RuleType::yes_no);
    EXPECT_EQ(first.rule->source, MeasureSource::task);  // the default for yes_no
    EXPECT_EQ(first.rule->evidence, "Báo cáo kiểm tra");

    const MethodologyNode& second = read->nodes[2];
    EXPECT_EQ(second.code, "1.2");
    EXPECT_EQ(second.source_line, 11);
    EXPECT_EQ(second.max_points, 4);
    EXPECT_EQ(second.part, ScorePart::survey);
    ASSERT_TRUE(second.is_leaf());
    EXPECT_EQ(second.rule->type, RuleType::linear);
    EXPECT_EQ(second.rule->source, MeasureSource::entered);
    EXPECT_EQ(second.rule->threshold, 90);
}

TEST(MethodologyReader, ReadsTheTitleTemplateFlagAndNotApplicable) {
    std::string text = "title: Bộ tiêu chí (mẫu)\ntemplate: true\n" +
                       with("        max: 6\n", "        max: 6\n        not_applicable: yes\n");
    const auto read = read_methodology_yaml(text, "pp.yaml");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    EXPECT_EQ(read->title, "Bộ tiêu chí (mẫu)");
    EXPECT_TRUE(read->is_template);
    EXPECT_TRUE(read->nodes[1].not_applicable);
    EXPECT_EQ(read->nodes[1].source_line, 10);  // two lines added above
}

TEST(MethodologyReader, ReadsEveryRuleTypeAndSource) {
    const auto rule_of = [](std::string_view rule) {
        auto read = read_methodology_yaml(with_rule(rule), "pp.yaml");
        EXPECT_TRUE(read.has_value()) << (read ? "" : describe(read.error()));
        return read ? *read->nodes[2].rule : ScoringRule{};
    };
    const ScoringRule indicator =
        rule_of("{type: linear, source: indicator, indicator: on_time_rate, threshold: 100}");
    EXPECT_EQ(indicator.source, MeasureSource::indicator);
    EXPECT_EQ(indicator.indicator, Indicator::on_time_rate);

    const ScoringRule target = rule_of("{type: count, source: target, target: 2, per: 0.5}");
    EXPECT_EQ(target.type, RuleType::count);
    EXPECT_EQ(target.source, MeasureSource::target);
    EXPECT_EQ(target.target_index, 1);  // the file counts from 1
    EXPECT_EQ(target.per, 0.5);
    EXPECT_EQ(target.cap, std::nullopt);

    const ScoringRule capped = rule_of("{type: count, source: entered, per: 1, cap: 3}");
    EXPECT_EQ(capped.cap, 3.0);

    const ScoringRule penalty =
        rule_of("{type: bonus_penalty, source: target, target: 1, per: -1}");
    EXPECT_EQ(penalty.type, RuleType::bonus_penalty);
    EXPECT_EQ(penalty.per, -1);
    EXPECT_EQ(penalty.start, std::nullopt);
    EXPECT_EQ(rule_of("{type: bonus_penalty, source: entered, per: 0.5, start: 2}").start, 2.0);

    const ScoringRule manual = rule_of("{type: manual}");
    EXPECT_EQ(manual.type, RuleType::manual);
    EXPECT_EQ(manual.source, MeasureSource::entered);  // the default for manual

    EXPECT_EQ(rule_of("{type: yes_no, source: target, target: 1}").source, MeasureSource::target);

    const ScoringRule bands = rule_of(
        "{type: bands, source: entered, bands: [{at_least: 90, points: 4}, "
        "{at_most: 10, points: 0.5}]}");
    const std::vector<Band> expected = {{Band::Bound::at_least, 90, 4},
                                        {Band::Bound::at_most, 10, 0.5}};
    EXPECT_EQ(bands.bands, expected);
}

TEST(MethodologyReader, NormalisesCodesAsThePlanWritesThem) {
    const auto read = read_methodology_yaml(with("code: \"1.1\"", "code: 1.1."), "pp.yaml");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    EXPECT_EQ(read->nodes[1].code, "1.1");
    const auto area = read_methodology_yaml(with("code: I\n", "code: I.\n"), "pp.yaml");
    ASSERT_TRUE(area.has_value()) << describe(area.error());
    EXPECT_EQ(area->nodes[0].code, "I");
}

TEST(MethodologyReader, ReadsNestedGroupsWithTheirDepth) {
    const std::string text = with(
        "      - code: \"1.1\"\n"
        "        max: 6\n"
        "        rule: {type: yes_no, evidence: Báo cáo kiểm tra}\n",
        "      - code: \"1.1\"\n"
        "        max: 6\n"
        "        criteria:\n"
        "          - {code: \"1.1.1\", max: 2, rule: {type: manual}}\n"
        "          - {code: \"1.1.2\", max: 4, rule: {type: manual}}\n");
    const auto read = read_methodology_yaml(text, "pp.yaml");
    ASSERT_TRUE(read.has_value()) << describe(read.error());
    ASSERT_EQ(read->nodes.size(), 5U);
    EXPECT_EQ(read->nodes[1].code, "1.1");
    EXPECT_FALSE(read->nodes[1].is_leaf());
    EXPECT_EQ(read->nodes[2].code, "1.1.1");
    EXPECT_EQ(read->nodes[2].depth, 2);
    EXPECT_EQ(read->nodes[2].source_line, 11);
    EXPECT_EQ(read->nodes[3].code, "1.1.2");
    EXPECT_EQ(read->nodes[4].code, "1.2");
    EXPECT_EQ(read->nodes[4].depth, 1);
}

// --- Errors, each at its line and field ---

TEST(MethodologyReaderErrors, YamlSyntaxAtTheLineOfTheMark) {
    const Error error = read_error(with("max: 6\n", "max: [6\n"));
    EXPECT_EQ(error.detail.message, Label::error_methodology_yaml);
    EXPECT_EQ(error.detail.where.file, "pp.yaml");
    EXPECT_GE(error.detail.where.line, 9) << describe(error);
    EXPECT_FALSE(error.detail.args.empty());

    const Error tab = read_error("year: 2025\nareas:\n\t- code: I\n");
    EXPECT_EQ(tab.detail.message, Label::error_methodology_yaml);
    EXPECT_EQ(tab.detail.where.line, 3) << describe(tab);
}

TEST(MethodologyReaderErrors, NotTextOrNotAMapping) {
    expect_error("year: 2025\n\xff\xfe", Label::error_methodology_not_text, 0, "");
    expect_error("- 1\n- 2\n", Label::error_methodology_document, 1, "");
    expect_error("", Label::error_methodology_document, 1, "");
}

TEST(MethodologyReaderErrors, MissingFieldsAtTheLineOfTheirMapping) {
    expect_error(with("code: \"1.1\"", "title: Một"), Label::error_methodology_field_missing, 8,
                 "code");
    expect_error(with("code: \"1.1\"", "code: \"\""), Label::error_methodology_field_missing, 8,
                 "code");
    expect_error(with("        max: 6\n", ""), Label::error_methodology_field_missing, 8, "max");
    expect_error(with("year: 2025\n", ""), Label::error_methodology_field_missing, 1, "year");
    expect_error(with("total: 10\n", ""), Label::error_methodology_field_missing, 1, "total");
    expect_error(with("{assessed: 6, survey: 4}", "{assessed: 6}"),
                 Label::error_methodology_field_missing, 3, "survey");
    expect_error(with_rule("{source: entered}"), Label::error_methodology_field_missing, 14,
                 "type");
    expect_error(with_rule("{type: linear, source: entered}"),
                 Label::error_methodology_field_missing, 14, "threshold");
    expect_error(with_rule("{type: linear, source: indicator, threshold: 90}"),
                 Label::error_methodology_field_missing, 14, "indicator");
    expect_error(with_rule("{type: count, source: target, per: 1}"),
                 Label::error_methodology_field_missing, 14, "target");
    expect_error(with_rule("{type: count, source: entered}"),
                 Label::error_methodology_field_missing, 14, "per");
    expect_error(with_rule("{type: bands, source: entered}"),
                 Label::error_methodology_field_missing, 14, "bands");
    expect_error(with_rule("{type: bands, source: entered, bands: [{at_least: 1}]}"),
                 Label::error_methodology_field_missing, 14, "points");
}

TEST(MethodologyReaderErrors, UnknownFieldsAreRefusedToCatchTypos) {
    const Error node = read_error(with("        max: 6\n", "        maks: 6\n"));
    EXPECT_EQ(node.detail.message, Label::error_methodology_field_unknown);
    EXPECT_EQ(node.detail.where, (Location{"pp.yaml", 9, "maks"}));
    EXPECT_EQ(node.detail.args.at(0), "maks");
    EXPECT_EQ(node.detail.args.at(1), "code, title, max, criteria, rule, not_applicable, part");

    expect_error(with("evidence: Báo cáo", "evidense: Báo cáo"),
                 Label::error_methodology_field_unknown, 10, "evidense");
    expect_error("yaer: 2025\n" + std::string(k_valid), Label::error_methodology_field_unknown, 1,
                 "yaer");
    expect_error(with("survey: 4}", "survey: 4, other: 0}"), Label::error_methodology_field_unknown,
                 3, "other");
    expect_error(with_rule("{type: bands, source: entered, bands: [{at_least: 1, point: 1}]}"),
                 Label::error_methodology_field_unknown, 14, "point");
}

TEST(MethodologyReaderErrors, AFieldWrittenTwice) {
    expect_error(with("        max: 6\n", "        max: 6\n        max: 5\n"),
                 Label::error_methodology_field_twice, 10, "max");
}

TEST(MethodologyReaderErrors, ValuesOfTheWrongKind) {
    const Error max = read_error(with("max: 6", "max: sáu"));
    EXPECT_EQ(max.detail.message, Label::error_methodology_expect_number);
    EXPECT_EQ(max.detail.where, (Location{"pp.yaml", 9, "max"}));
    EXPECT_EQ(max.detail.args, (std::vector<std::string>{"max", "sáu"}));

    expect_error(with("max: 6", "max: 6,5"), Label::error_methodology_expect_number, 9, "max");
    expect_error(with("max: 6", "max: [6]"), Label::error_methodology_expect_number, 9, "max");
    expect_error(with("total: 10", "total: .inf"), Label::error_methodology_expect_number, 2,
                 "total");
    expect_error(with_rule("{type: linear, source: entered, threshold: nhiều}"),
                 Label::error_methodology_expect_number, 14, "threshold");
    expect_error(with("code: \"1.1\"", "code: [1, 1]"), Label::error_methodology_expect_text, 8,
                 "code");
    expect_error(with("        max: 6\n", "        max: 6\n        not_applicable: có\n"),
                 Label::error_methodology_expect_boolean, 10, "not_applicable");
    expect_error(with("year: 2025", "year: hai nghìn"), Label::error_methodology_expect_year, 1,
                 "year");
    expect_error(with("year: 2025", "year: 25"), Label::error_methodology_expect_year, 1, "year");
    expect_error(with("parts: {assessed: 6, survey: 4}", "parts: 10"),
                 Label::error_methodology_expect_mapping, 3, "parts");
    expect_error(with_rule("linear"), Label::error_methodology_expect_mapping, 14, "rule");
    const std::string head = "year: 2025\ntotal: 1\nparts: {assessed: 1, survey: 0}\n";
    expect_error(head + "areas: I\n", Label::error_methodology_expect_list, 4, "areas");
    expect_error(head + "areas:\n  - {code: I, max: 1, criteria: 1.1}\n",
                 Label::error_methodology_expect_list, 5, "criteria");
    expect_error(head + "areas: []\n", Label::error_methodology_empty_list, 4, "areas");
    expect_error(head + "areas:\n  - {code: I, max: 1, criteria: []}\n",
                 Label::error_methodology_empty_list, 5, "criteria");
    expect_error(with_rule("{type: bands, source: entered, bands: {at_least: 1, points: 1}}"),
                 Label::error_methodology_expect_list, 14, "bands");
    expect_error(with_rule("{type: bands, source: entered, bands: []}"),
                 Label::error_methodology_empty_list, 14, "bands");
    expect_error(with("      - code: \"1.2\"\n"
                      "        max: 4\n"
                      "        part: survey\n"
                      "        rule: {type: linear, source: entered, threshold: 90}\n",
                      "      - \"1.2\"\n"),
                 Label::error_methodology_expect_mapping, 11, "criteria");
}

TEST(MethodologyReaderErrors, NumbersOutOfRange) {
    expect_error(with("max: 6", "max: 0"), Label::error_methodology_not_positive, 9, "max");
    expect_error(with("max: 6", "max: -6"), Label::error_methodology_not_positive, 9, "max");
    expect_error(with("total: 10", "total: 0"), Label::error_methodology_not_positive, 2, "total");
    expect_error(with("survey: 4", "survey: -4"), Label::error_methodology_negative, 3, "survey");
    expect_error(with_rule("{type: linear, source: entered, threshold: 0}"),
                 Label::error_methodology_not_positive, 14, "threshold");
    expect_error(with_rule("{type: count, source: entered, per: -1}"),
                 Label::error_methodology_not_positive, 14, "per");
    expect_error(with_rule("{type: bonus_penalty, source: entered, per: 0}"),
                 Label::error_methodology_zero, 14, "per");
    expect_error(with_rule("{type: count, source: entered, per: 1, cap: 5}"),
                 Label::error_methodology_above_max, 14, "cap");
    expect_error(with_rule("{type: bonus_penalty, source: entered, per: -1, start: 4.5}"),
                 Label::error_methodology_above_max, 14, "start");
    expect_error(with_rule("{type: bands, source: entered, bands: [{at_least: 1, points: 5}]}"),
                 Label::error_methodology_above_max, 14, "points");
    expect_error(with_rule("{type: bands, source: entered, bands: [{at_least: 1, points: -1}]}"),
                 Label::error_methodology_negative, 14, "points");
}

TEST(MethodologyReaderErrors, UnknownTypeSourceIndicatorAndPart) {
    expect_error(with("type: yes_no", "type: yesno"), Label::error_methodology_unknown_type, 10,
                 "type");
    const Error source = read_error(with("source: entered", "source: survey"));
    EXPECT_EQ(source.detail.message, Label::error_methodology_unknown_source);
    EXPECT_EQ(source.detail.where, (Location{"pp.yaml", 14, "source"}));
    EXPECT_EQ(source.detail.args, std::vector<std::string>{"survey"});
    expect_error(with_rule("{type: linear, source: indicator, indicator: on_time, threshold: 90}"),
                 Label::error_methodology_unknown_indicator, 14, "indicator");
    expect_error(with("part: survey", "part: khảo sát"), Label::error_methodology_unknown_part, 13,
                 "part");
}

TEST(MethodologyReaderErrors, ALeafWithoutRuleAndAGroupWithOne) {
    const Error leaf =
        read_error(with("        rule: {type: yes_no, evidence: Báo cáo kiểm tra}\n", ""));
    EXPECT_EQ(leaf.detail.message, Label::error_methodology_leaf_without_rule);
    EXPECT_EQ(leaf.detail.where, (Location{"pp.yaml", 8, "rule"}));
    EXPECT_EQ(leaf.detail.args, std::vector<std::string>{"1.1"});

    const Error group =
        read_error(with("    max: 10\n", "    max: 10\n    rule: {type: manual}\n"));
    EXPECT_EQ(group.detail.message, Label::error_methodology_group_field);
    EXPECT_EQ(group.detail.where, (Location{"pp.yaml", 7, "rule"}));
    EXPECT_EQ(group.detail.args, (std::vector<std::string>{"I", "rule"}));

    expect_error(with("    max: 10\n", "    max: 10\n    part: survey\n"),
                 Label::error_methodology_group_field, 7, "part");
}

TEST(MethodologyReaderErrors, ASourceTheRuleNeedsAndFieldsItDoesNotRead) {
    const Error source = read_error(with_rule("{type: linear, threshold: 90}"));
    EXPECT_EQ(source.detail.message, Label::error_methodology_source_required);
    EXPECT_EQ(source.detail.where, (Location{"pp.yaml", 14, "source"}));
    EXPECT_EQ(source.detail.args, std::vector<std::string>{"linear"});
    for (const std::string_view type : {"bands", "count", "bonus_penalty"}) {
        expect_error(with_rule("{type: " + std::string(type) + "}"),
                     Label::error_methodology_source_required, 14, "source");
    }

    const Error threshold = read_error(with("type: yes_no,", "type: yes_no, threshold: 90,"));
    EXPECT_EQ(threshold.detail.message, Label::error_methodology_field_not_for_rule);
    EXPECT_EQ(threshold.detail.where, (Location{"pp.yaml", 10, "threshold"}));
    EXPECT_EQ(threshold.detail.args, (std::vector<std::string>{"threshold", "type: yes_no"}));

    const Error indicator = read_error(
        with_rule("{type: linear, source: entered, indicator: on_time_rate, threshold: 90}"));
    EXPECT_EQ(indicator.detail.message, Label::error_methodology_field_not_for_rule);
    EXPECT_EQ(indicator.detail.args, (std::vector<std::string>{"indicator", "source: entered"}));
    expect_error(with_rule("{type: count, source: entered, per: 1, start: 1}"),
                 Label::error_methodology_field_not_for_rule, 14, "start");
}

TEST(MethodologyReaderErrors, ATargetIsAPositiveWholeNumber) {
    for (const std::string_view target : {"0", "-1", "1.5", "một", "[1]"}) {
        const Error error = read_error(with_rule(
            "{type: linear, source: target, target: " + std::string(target) + ", threshold: 90}"));
        EXPECT_EQ(error.detail.message, Label::error_methodology_target_number) << target;
        EXPECT_EQ(error.detail.where, (Location{"pp.yaml", 14, "target"})) << target;
    }
}

// Criterion 1.2 with bands in block style: the second band is on line 19.
std::string with_second_band(std::string_view band) {
    return with_rule(
        "\n"
        "          type: bands\n"                    // 15
        "          source: entered\n"                // 16
        "          bands:\n"                         // 17
        "            - {at_least: 90, points: 4}\n"  // 18
        "            - " +
        std::string(band));  // 19
}

TEST(MethodologyReaderErrors, ABandNeedsExactlyOneBound) {
    ASSERT_TRUE(read_methodology_yaml(with_second_band("{at_most: 20, points: 1}"), "pp.yaml"));
    const Error none = read_error(with_second_band("{points: 2}"));
    EXPECT_EQ(none.detail.message, Label::error_methodology_band_bound);
    EXPECT_EQ(none.detail.where, (Location{"pp.yaml", 19, "bands"}));
    EXPECT_EQ(none.detail.args, std::vector<std::string>{"2"});

    expect_error(with_second_band("{at_least: 50, at_most: 70, points: 1}"),
                 Label::error_methodology_band_bound, 19, "bands");
}

TEST(MethodologyReaderErrors, NoExceptionEscapesOnOddInput) {
    for (const std::string_view text :
         {"{", "[", "year: 2025\nareas: *missing\n", "&a [*a]", "areas: !!binary 123\n",
          "? [a, b]\n: c\n", "year: 2025\ntotal: 1\nparts: {assessed: 1, survey: 0}\nareas: ~\n"}) {
        const auto read = read_methodology_yaml(text, "odd.yaml");
        EXPECT_FALSE(read.has_value()) << text;
    }
}

// --- The shipped template ---

TEST(ShippedMethodology, IsTheTemplateForTheSeedPlan) {
    EXPECT_TRUE(shipped_methodology_text().starts_with("#"));
    const auto shipped = shipped_methodology();
    ASSERT_TRUE(shipped.has_value()) << describe(shipped.error());
    EXPECT_TRUE(shipped->is_template);
    EXPECT_EQ(shipped->year, 2025);
    EXPECT_EQ(shipped->total_points, 100);
    EXPECT_EQ(shipped->assessed_points, 68);
    EXPECT_EQ(shipped->survey_points, 32);
    const auto& nodes = shipped->nodes;
    EXPECT_EQ(std::count_if(nodes.begin(), nodes.end(),
                            [](const MethodologyNode& n) { return n.depth == 0; }),
              9);
    EXPECT_EQ(std::count_if(nodes.begin(), nodes.end(),
                            [](const MethodologyNode& n) { return n.is_leaf(); }),
              50);
    EXPECT_EQ(nodes.size(), 75U);
}

TEST(ShippedMethodology, AddsUpGroupsAreasAndParts) {
    const auto shipped = shipped_methodology();
    ASSERT_TRUE(shipped.has_value()) << describe(shipped.error());
    double areas = 0;
    std::map<ScorePart, double> parts;
    for (std::size_t i = 0; i < shipped->nodes.size(); ++i) {
        const MethodologyNode& node = shipped->nodes[i];
        if (node.depth == 0) {
            areas += node.max_points;
        }
        if (node.is_leaf()) {
            parts[node.part] += node.max_points;
            EXPECT_TRUE(children_of(*shipped, i).empty()) << node.code;
            continue;
        }
        double children = 0;
        for (const MethodologyNode* child : children_of(*shipped, i)) {
            children += child->max_points;
        }
        EXPECT_TRUE(same_points(children, node.max_points))
            << node.code << ": " << children << " != " << node.max_points;
    }
    EXPECT_TRUE(same_points(areas, 100)) << areas;
    EXPECT_TRUE(same_points(parts[ScorePart::assessed], 68)) << parts[ScorePart::assessed];
    EXPECT_TRUE(same_points(parts[ScorePart::survey], 32)) << parts[ScorePart::survey];
}

// Every target a rule reads exists in the seed plan's task, with a number in a unit that fits
// the rule: a percent for linear and bands.
TEST(ShippedMethodology, ReadsOnlyTargetsTheSeedPlanHas) {
    const auto shipped = shipped_methodology();
    ASSERT_TRUE(shipped.has_value()) << describe(shipped.error());
    const Plan plan = seed_plan();
    int target_rules = 0;
    for (const MethodologyNode& node : shipped->nodes) {
        const auto task = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                       [&](const PlanNode& p) { return p.code == node.code; });
        ASSERT_NE(task, plan.nodes.end()) << node.code;
        EXPECT_EQ(task->kind == NodeKind::task, node.is_leaf()) << node.code;
        if (!node.is_leaf() || node.rule->source != MeasureSource::target) {
            continue;
        }
        ++target_rules;
        const auto index = static_cast<std::size_t>(node.rule->target_index);
        ASSERT_LT(index, task->targets.size()) << node.code;
        const Target& target = task->targets[index];
        EXPECT_TRUE(target.value.has_value()) << node.code;
        if (node.rule->type == RuleType::linear || node.rule->type == RuleType::bands) {
            EXPECT_EQ(target.unit, "%") << node.code;
        }
    }
    EXPECT_EQ(target_rules, 18);
}

// Passes once check_methodology (domain/methodology.cpp) is in.
TEST(ShippedMethodology, FitsTheSeedPlanWithoutDiagnostics) {
    const auto shipped = shipped_methodology();
    ASSERT_TRUE(shipped.has_value()) << describe(shipped.error());
    const std::vector<Diagnostic> diagnostics =
        check_methodology(*shipped, seed_plan(), "chi-so-cchc-2025.yaml");
    for (const Diagnostic& diagnostic : diagnostics) {
        ADD_FAILURE() << describe(diagnostic);
    }
}

}  // namespace

}  // namespace parindex
