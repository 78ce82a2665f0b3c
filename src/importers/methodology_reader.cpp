#include "importers/methodology_reader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <span>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/embedded_file.hpp"
#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "domain/node_code.hpp"

namespace parindex {

std::span<const EmbeddedFile> embedded_par_methodology();

namespace {

using Names = std::span<const std::string_view>;

constexpr std::array<std::string_view, 6> k_document_fields = {"year",  "title", "template",
                                                               "total", "parts", "areas"};
constexpr std::array<std::string_view, 2> k_part_fields = {"assessed", "survey"};
constexpr std::array<std::string_view, 7> k_node_fields = {
    "code", "title", "max", "criteria", "rule", "not_applicable", "part"};
constexpr std::array<std::string_view, 10> k_rule_fields = {
    "type",  "source", "indicator", "target", "threshold",
    "bands", "per",    "cap",       "start",  "evidence"};
constexpr std::array<std::string_view, 3> k_band_fields = {"at_least", "at_most", "points"};

constexpr int k_first_year = 1900;
constexpr int k_last_year = 9999;

int line_of(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

std::string join(Names names) {
    std::string text;
    for (const std::string_view name : names) {
        text += text.empty() ? "" : ", ";
        text += name;
    }
    return text;
}

// A value as the file wrote it, for messages: a list or a mapping stands for itself.
std::string shown(const YAML::Node& value) {
    if (value.IsScalar()) {
        return value.Scalar();
    }
    return value.IsSequence() ? "[…]" : "{…}";
}

// One mapping of the file: its fields by name, each with the line it is written on. Unknown
// and repeated names are refused when it is read, so a misspelt field never passes unseen.
class Fields {
  public:
    static Result<Fields> read(const YAML::Node& node, std::string_view name, int line,
                               Names allowed, const std::string& source) {
        if (!node.IsMap()) {
            return fail(ErrorCode::invalid_input, Label::error_methodology_expect_mapping,
                        {std::string(name)}, Location{source, line, std::string(name)});
        }
        Fields fields(source, line_of(node));
        for (const auto& item : node) {
            const int key_line = line_of(item.first);
            if (!item.first.IsScalar()) {
                return fail(ErrorCode::invalid_input, Label::error_methodology_field_unknown,
                            {shown(item.first), join(allowed)}, Location{source, key_line, {}});
            }
            std::string key = item.first.Scalar();
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                return fail(ErrorCode::invalid_input, Label::error_methodology_field_unknown,
                            {key, join(allowed)}, Location{source, key_line, key});
            }
            if (fields.has(key)) {
                return fail(ErrorCode::invalid_input, Label::error_methodology_field_twice, {key},
                            Location{source, key_line, key});
            }
            fields.m_fields.push_back(Field{std::move(key), key_line, item.second});
        }
        return fields;
    }

    // The field's value; nothing when it is absent or written empty.
    [[nodiscard]] const YAML::Node* find(std::string_view name) const {
        const Field* field = entry(name);
        return field == nullptr || field->value.IsNull() ? nullptr : &field->value;
    }
    [[nodiscard]] bool has(std::string_view name) const { return entry(name) != nullptr; }
    [[nodiscard]] std::vector<std::string_view> names() const {
        std::vector<std::string_view> names;
        names.reserve(m_fields.size());
        for (const Field& field : m_fields) {
            names.emplace_back(field.name);
        }
        return names;
    }
    // The mapping's line: where a node starts, and where a missing field is reported.
    [[nodiscard]] int line() const { return m_line; }
    // The field's line, or the mapping's when the field is absent.
    [[nodiscard]] int line_of_field(std::string_view name) const {
        const Field* field = entry(name);
        return field == nullptr ? m_line : field->line;
    }
    [[nodiscard]] tl::unexpected<Error> error(std::string_view name, Label message,
                                              std::vector<std::string> args) const {
        return fail(ErrorCode::invalid_input, message, std::move(args),
                    Location{m_source, line_of_field(name), std::string(name)});
    }
    [[nodiscard]] const std::string& source() const { return m_source; }

  private:
    struct Field {
        std::string name;
        int line = 0;
        YAML::Node value;
    };

    Fields(const std::string& source, int line) : m_source(source), m_line(line) {}

    [[nodiscard]] const Field* entry(std::string_view name) const {
        const auto found = std::find_if(m_fields.begin(), m_fields.end(),
                                        [&](const Field& field) { return field.name == name; });
        return found == m_fields.end() ? nullptr : &*found;
    }

    std::string m_source;
    int m_line = 0;
    std::vector<Field> m_fields;
};

// --- Values of one field ---

Result<std::optional<std::string>> optional_text(const Fields& fields, std::string_view name) {
    const YAML::Node* value = fields.find(name);
    if (value == nullptr) {
        return std::optional<std::string>();
    }
    if (!value->IsScalar()) {
        return fields.error(name, Label::error_methodology_expect_text, {std::string(name)});
    }
    return std::optional<std::string>(value->Scalar());
}

Result<std::string> required_text(const Fields& fields, std::string_view name) {
    PARINDEX_TRY_ASSIGN(text, optional_text(fields, name));
    if (!text || text->empty()) {
        return fields.error(name, Label::error_methodology_field_missing, {std::string(name)});
    }
    return *text;
}

Result<std::optional<double>> optional_number(const Fields& fields, std::string_view name) {
    const YAML::Node* value = fields.find(name);
    if (value == nullptr) {
        return std::optional<double>();
    }
    const auto number = value->IsScalar() ? parse_exact<double>(value->Scalar()) : std::nullopt;
    if (!number || !std::isfinite(*number)) {
        return fields.error(name, Label::error_methodology_expect_number,
                            {std::string(name), shown(*value)});
    }
    return number;
}

Result<double> required_number(const Fields& fields, std::string_view name) {
    PARINDEX_TRY_ASSIGN(number, optional_number(fields, name));
    if (!number) {
        return fields.error(name, Label::error_methodology_field_missing, {std::string(name)});
    }
    return *number;
}

Result<std::optional<bool>> optional_flag(const Fields& fields, std::string_view name) {
    const YAML::Node* value = fields.find(name);
    if (value == nullptr) {
        return std::optional<bool>();
    }
    bool flag = false;
    if (!value->IsScalar() || !YAML::convert<bool>::decode(*value, flag)) {
        return fields.error(name, Label::error_methodology_expect_boolean,
                            {std::string(name), shown(*value)});
    }
    return std::optional<bool>(flag);
}

Result<void> check_positive(const Fields& fields, std::string_view name, double number) {
    if (number <= 0) {
        return fields.error(name, Label::error_methodology_not_positive,
                            {std::string(name), format_decimal(number)});
    }
    return {};
}

Result<void> check_not_negative(const Fields& fields, std::string_view name, double number) {
    if (number < 0) {
        return fields.error(name, Label::error_methodology_negative,
                            {std::string(name), format_decimal(number)});
    }
    return {};
}

// Points a rule gives (a band, a cap, a start): 0 up to the criterion's maximum.
Result<void> check_points(const Fields& fields, std::string_view name, double points,
                          double max_points) {
    PARINDEX_TRY(check_not_negative(fields, name, points));
    if (points > max_points) {
        return fields.error(
            name, Label::error_methodology_above_max,
            {std::string(name), format_decimal(points), format_decimal(max_points)});
    }
    return {};
}

// --- Rules ---

bool is_source_field(std::string_view name) {
    return name == "indicator" || name == "target";
}

bool source_uses(MeasureSource source, std::string_view name) {
    return (source == MeasureSource::indicator && name == "indicator") ||
           (source == MeasureSource::target && name == "target");
}

bool type_uses(RuleType type, std::string_view name) {
    switch (type) {
        case RuleType::linear:
            return name == "threshold";
        case RuleType::bands:
            return name == "bands";
        case RuleType::count:
            return name == "per" || name == "cap";
        case RuleType::bonus_penalty:
            return name == "per" || name == "start";
        case RuleType::yes_no:
        case RuleType::manual:
            return false;
    }
    return false;
}

// A field the rule's type or source does not read is a mistake (a threshold on a count, an
// indicator with a target source), not something to ignore.
Result<void> check_fields_apply(const Fields& fields, RuleType type, MeasureSource source) {
    for (const std::string_view name : fields.names()) {
        if (name == "type" || name == "source" || name == "evidence") {
            continue;
        }
        if (is_source_field(name) && !source_uses(source, name)) {
            return fields.error(
                name, Label::error_methodology_field_not_for_rule,
                {std::string(name), "source: " + std::string(measure_source_code(source))});
        }
        if (!is_source_field(name) && !type_uses(type, name)) {
            return fields.error(name, Label::error_methodology_field_not_for_rule,
                                {std::string(name), "type: " + std::string(rule_type_code(type))});
        }
    }
    return {};
}

Result<MeasureSource> read_source(const Fields& fields, RuleType type) {
    PARINDEX_TRY_ASSIGN(text, optional_text(fields, "source"));
    if (!text) {
        if (type == RuleType::yes_no) {
            return MeasureSource::task;
        }
        if (type == RuleType::manual) {
            return MeasureSource::entered;
        }
        return fields.error("source", Label::error_methodology_source_required,
                            {std::string(rule_type_code(type))});
    }
    const auto source = measure_source_from_code(*text);
    if (!source) {
        return fields.error("source", Label::error_methodology_unknown_source, {*text});
    }
    return *source;
}

Result<void> read_source_fields(const Fields& fields, ScoringRule& rule) {
    if (rule.source == MeasureSource::indicator) {
        PARINDEX_TRY_ASSIGN(id, required_text(fields, "indicator"));
        rule.indicator = indicator_from_id(id);
        if (!rule.indicator) {
            return fields.error("indicator", Label::error_methodology_unknown_indicator, {id});
        }
    }
    if (rule.source == MeasureSource::target) {
        const YAML::Node* value = fields.find("target");
        if (value == nullptr) {
            return fields.error("target", Label::error_methodology_field_missing, {"target"});
        }
        const auto number = value->IsScalar() ? parse_exact<int>(value->Scalar()) : std::nullopt;
        if (!number || *number < 1) {
            return fields.error("target", Label::error_methodology_target_number, {shown(*value)});
        }
        rule.target_index = *number - 1;
    }
    return {};
}

Result<Band> read_band(const YAML::Node& yaml, int number, double max_points,
                       const std::string& source) {
    PARINDEX_TRY_ASSIGN(fields, Fields::read(yaml, "bands", line_of(yaml), k_band_fields, source));
    PARINDEX_TRY_ASSIGN(at_least, optional_number(fields, "at_least"));
    PARINDEX_TRY_ASSIGN(at_most, optional_number(fields, "at_most"));
    if (at_least.has_value() == at_most.has_value()) {
        return fail(ErrorCode::invalid_input, Label::error_methodology_band_bound,
                    {std::to_string(number)}, Location{source, fields.line(), "bands"});
    }
    PARINDEX_TRY_ASSIGN(points, required_number(fields, "points"));
    PARINDEX_TRY(check_points(fields, "points", points, max_points));
    return Band{at_least ? Band::Bound::at_least : Band::Bound::at_most,
                at_least ? *at_least : *at_most, points};
}

Result<std::vector<Band>> read_bands(const Fields& fields, double max_points) {
    const YAML::Node* list = fields.find("bands");
    if (list == nullptr) {
        return fields.error("bands", Label::error_methodology_field_missing, {"bands"});
    }
    if (!list->IsSequence()) {
        return fields.error("bands", Label::error_methodology_expect_list, {"bands"});
    }
    if (list->size() == 0) {
        return fields.error("bands", Label::error_methodology_empty_list, {"bands"});
    }
    std::vector<Band> bands;
    int number = 0;
    for (const auto& item : *list) {
        PARINDEX_TRY_ASSIGN(band, read_band(item, ++number, max_points, fields.source()));
        bands.push_back(band);
    }
    return bands;
}

Result<void> read_count_fields(const Fields& fields, double max_points, ScoringRule& rule) {
    PARINDEX_TRY_ASSIGN(per, required_number(fields, "per"));
    PARINDEX_TRY(check_positive(fields, "per", per));
    rule.per = per;
    PARINDEX_TRY_ASSIGN(cap, optional_number(fields, "cap"));
    if (cap) {
        PARINDEX_TRY(check_positive(fields, "cap", *cap));
        PARINDEX_TRY(check_points(fields, "cap", *cap, max_points));
    }
    rule.cap = cap;
    return {};
}

Result<void> read_bonus_penalty_fields(const Fields& fields, double max_points, ScoringRule& rule) {
    PARINDEX_TRY_ASSIGN(per, required_number(fields, "per"));
    if (per == 0) {
        return fields.error("per", Label::error_methodology_zero, {"per"});
    }
    rule.per = per;
    PARINDEX_TRY_ASSIGN(start, optional_number(fields, "start"));
    if (start) {
        PARINDEX_TRY(check_points(fields, "start", *start, max_points));
    }
    rule.start = start;
    return {};
}

Result<void> read_type_fields(const Fields& fields, double max_points, ScoringRule& rule) {
    switch (rule.type) {
        case RuleType::linear: {
            PARINDEX_TRY_ASSIGN(threshold, required_number(fields, "threshold"));
            PARINDEX_TRY(check_positive(fields, "threshold", threshold));
            rule.threshold = threshold;
            return {};
        }
        case RuleType::bands: {
            PARINDEX_TRY_ASSIGN(bands, read_bands(fields, max_points));
            rule.bands = std::move(bands);
            return {};
        }
        case RuleType::count:
            return read_count_fields(fields, max_points, rule);
        case RuleType::bonus_penalty:
            return read_bonus_penalty_fields(fields, max_points, rule);
        case RuleType::yes_no:
        case RuleType::manual:
            return {};
    }
    return {};
}

Result<ScoringRule> read_rule(const YAML::Node& yaml, int line, double max_points,
                              const std::string& source) {
    PARINDEX_TRY_ASSIGN(fields, Fields::read(yaml, "rule", line, k_rule_fields, source));
    PARINDEX_TRY_ASSIGN(type_text, required_text(fields, "type"));
    const auto type = rule_type_from_code(type_text);
    if (!type) {
        return fields.error("type", Label::error_methodology_unknown_type, {type_text});
    }
    ScoringRule rule;
    rule.type = *type;
    PARINDEX_TRY_ASSIGN(measure, read_source(fields, rule.type));
    rule.source = measure;
    PARINDEX_TRY(check_fields_apply(fields, rule.type, rule.source));
    PARINDEX_TRY(read_source_fields(fields, rule));
    PARINDEX_TRY(read_type_fields(fields, max_points, rule));
    PARINDEX_TRY_ASSIGN(evidence, optional_text(fields, "evidence"));
    rule.evidence = evidence.value_or("");
    return rule;
}

// --- The criteria tree ---

// "II." and "2.1." as the plan normalises them; anything else as written, for
// check_methodology to report against the plan.
std::string node_code_text(const std::string& written) {
    const auto code = parse_node_code(written);
    return code ? code->to_string() : written;
}

Result<void> read_nodes(const Fields& parent, std::string_view name, int depth,
                        Methodology& methodology);

Result<void> read_group_or_leaf(const Fields& fields, MethodologyNode node,
                                Methodology& methodology) {
    if (fields.find("criteria") != nullptr) {
        for (const std::string_view leaf_only : {"rule", "part"}) {
            if (fields.has(leaf_only)) {
                return fields.error(leaf_only, Label::error_methodology_group_field,
                                    {node.code, std::string(leaf_only)});
            }
        }
        const int depth = node.depth;
        methodology.nodes.push_back(std::move(node));
        return read_nodes(fields, "criteria", depth + 1, methodology);
    }
    PARINDEX_TRY_ASSIGN(part_text, optional_text(fields, "part"));
    if (part_text) {
        const auto part = score_part_from_code(*part_text);
        if (!part) {
            return fields.error("part", Label::error_methodology_unknown_part, {*part_text});
        }
        node.part = *part;
    }
    const YAML::Node* rule = fields.find("rule");
    if (rule == nullptr) {
        return fields.error("rule", Label::error_methodology_leaf_without_rule, {node.code});
    }
    PARINDEX_TRY_ASSIGN(
        scoring, read_rule(*rule, fields.line_of_field("rule"), node.max_points, fields.source()));
    node.rule = std::move(scoring);
    methodology.nodes.push_back(std::move(node));
    return {};
}

Result<void> read_node(const YAML::Node& yaml, std::string_view list_name, int depth,
                       Methodology& methodology, const std::string& source) {
    PARINDEX_TRY_ASSIGN(fields,
                        Fields::read(yaml, list_name, line_of(yaml), k_node_fields, source));
    MethodologyNode node;
    node.depth = depth;
    node.source_line = fields.line();
    PARINDEX_TRY_ASSIGN(code, required_text(fields, "code"));
    node.code = node_code_text(code);
    PARINDEX_TRY_ASSIGN(title, optional_text(fields, "title"));
    node.title = title.value_or("");
    PARINDEX_TRY_ASSIGN(max_points, required_number(fields, "max"));
    PARINDEX_TRY(check_positive(fields, "max", max_points));
    node.max_points = max_points;
    PARINDEX_TRY_ASSIGN(not_applicable, optional_flag(fields, "not_applicable"));
    node.not_applicable = not_applicable.value_or(false);
    return read_group_or_leaf(fields, std::move(node), methodology);
}

// The list `name` of `parent` ("areas" of the document, "criteria" of a group).
Result<void> read_nodes(const Fields& parent, std::string_view name, int depth,
                        Methodology& methodology) {
    const YAML::Node* list = parent.find(name);
    if (list == nullptr) {
        return parent.error(name, Label::error_methodology_field_missing, {std::string(name)});
    }
    if (!list->IsSequence()) {
        return parent.error(name, Label::error_methodology_expect_list, {std::string(name)});
    }
    if (list->size() == 0) {
        return parent.error(name, Label::error_methodology_empty_list, {std::string(name)});
    }
    for (const auto& item : *list) {
        PARINDEX_TRY(read_node(item, name, depth, methodology, parent.source()));
    }
    return {};
}

// --- The document ---

Result<int> read_year(const Fields& fields) {
    const YAML::Node* value = fields.find("year");
    if (value == nullptr) {
        return fields.error("year", Label::error_methodology_field_missing, {"year"});
    }
    const auto year = value->IsScalar() ? parse_exact<int>(value->Scalar()) : std::nullopt;
    if (!year || *year < k_first_year || *year > k_last_year) {
        return fields.error("year", Label::error_methodology_expect_year, {"year", shown(*value)});
    }
    return *year;
}

Result<void> read_parts(const Fields& document, Methodology& methodology) {
    const YAML::Node* value = document.find("parts");
    if (value == nullptr) {
        return document.error("parts", Label::error_methodology_field_missing, {"parts"});
    }
    PARINDEX_TRY_ASSIGN(fields, Fields::read(*value, "parts", document.line_of_field("parts"),
                                             k_part_fields, document.source()));
    PARINDEX_TRY_ASSIGN(assessed, required_number(fields, "assessed"));
    PARINDEX_TRY(check_not_negative(fields, "assessed", assessed));
    PARINDEX_TRY_ASSIGN(survey, required_number(fields, "survey"));
    PARINDEX_TRY(check_not_negative(fields, "survey", survey));
    methodology.assessed_points = assessed;
    methodology.survey_points = survey;
    return {};
}

Result<Methodology> read_document(const YAML::Node& root, const std::string& source) {
    if (!root.IsMap()) {
        return fail(ErrorCode::invalid_input, Label::error_methodology_document, {},
                    Location{source, std::max(line_of(root), 1), {}});
    }
    PARINDEX_TRY_ASSIGN(fields, Fields::read(root, "", 1, k_document_fields, source));
    Methodology methodology;
    PARINDEX_TRY_ASSIGN(year, read_year(fields));
    methodology.year = year;
    PARINDEX_TRY_ASSIGN(title, optional_text(fields, "title"));
    methodology.title = title.value_or("");
    PARINDEX_TRY_ASSIGN(is_template, optional_flag(fields, "template"));
    methodology.is_template = is_template.value_or(false);
    PARINDEX_TRY_ASSIGN(total, required_number(fields, "total"));
    PARINDEX_TRY(check_positive(fields, "total", total));
    methodology.total_points = total;
    PARINDEX_TRY(read_parts(fields, methodology));
    PARINDEX_TRY(read_nodes(fields, "areas", 0, methodology));
    return methodology;
}

}  // namespace

Result<Methodology> read_methodology_yaml(std::string_view bytes, std::string_view source_name) {
    const std::string source(source_name);
    if (!is_valid_utf8(bytes)) {
        return fail(ErrorCode::invalid_input, Label::error_methodology_not_text, {},
                    Location{source, 0, {}});
    }
    const std::string text = to_nfc(bytes);
    try {
        return read_document(YAML::Load(text), source);
    } catch (const YAML::Exception& error) {
        const int line = error.mark.is_null() ? 0 : error.mark.line + 1;
        return fail(ErrorCode::invalid_input, Label::error_methodology_yaml, {error.msg},
                    Location{source, line, {}});
    } catch (const std::exception& error) {
        return fail(ErrorCode::internal, Label::error_internal, {error.what()},
                    Location{source, 0, {}});
    }
}

std::string_view shipped_methodology_text() {
    const std::span<const EmbeddedFile> files = embedded_par_methodology();
    return files.empty() ? std::string_view() : files.front().content;
}

Result<Methodology> shipped_methodology() {
    const std::span<const EmbeddedFile> files = embedded_par_methodology();
    if (files.empty()) {
        return fail(ErrorCode::internal, Label::error_internal, {"no shipped methodology"});
    }
    return read_methodology_yaml(files.front().content, files.front().name);
}

}  // namespace parindex
