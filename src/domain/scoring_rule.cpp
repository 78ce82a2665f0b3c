#include "domain/scoring_rule.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/decimal.hpp"
#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_rule_types = {
    EnumEntry<RuleType>{RuleType::linear, "linear"},
    EnumEntry<RuleType>{RuleType::bands, "bands"},
    EnumEntry<RuleType>{RuleType::yes_no, "yes_no"},
    EnumEntry<RuleType>{RuleType::count, "count"},
    EnumEntry<RuleType>{RuleType::bonus_penalty, "bonus_penalty"},
    EnumEntry<RuleType>{RuleType::manual, "manual"},
};

constexpr std::array k_rule_labels = {
    EnumEntry<RuleType, Label>{RuleType::linear, Label::rule_type_linear},
    EnumEntry<RuleType, Label>{RuleType::bands, Label::rule_type_bands},
    EnumEntry<RuleType, Label>{RuleType::yes_no, Label::rule_type_yes_no},
    EnumEntry<RuleType, Label>{RuleType::count, Label::rule_type_count},
    EnumEntry<RuleType, Label>{RuleType::bonus_penalty, Label::rule_type_bonus_penalty},
    EnumEntry<RuleType, Label>{RuleType::manual, Label::rule_type_manual},
};

constexpr std::array k_sources = {
    EnumEntry<MeasureSource>{MeasureSource::indicator, "indicator"},
    EnumEntry<MeasureSource>{MeasureSource::target, "target"},
    EnumEntry<MeasureSource>{MeasureSource::task, "task"},
    EnumEntry<MeasureSource>{MeasureSource::entered, "entered"},
};

double clamp_points(double points, double max_points) {
    return std::clamp(points, 0.0, std::max(0.0, max_points));
}

// "min(3; 3 × 86,4 / 100) = 2,59"
RulePoints linear(const ScoringRule& rule, double max_points, double value) {
    const double points =
        rule.threshold > 0 ? clamp_points(max_points * value / rule.threshold, max_points) : 0;
    return {points, "min(" + format_points(max_points) + "; " + format_points(max_points) + " × " +
                        format_decimal(round_points(value)) + " / " +
                        format_decimal(rule.threshold) + ") = " + format_points(points)};
}

bool holds(const Band& band, double value) {
    return band.bound == Band::Bound::at_least ? value >= band.limit : value <= band.limit;
}

// "86,4 ≥ 80 → 1,5"
RulePoints bands(const ScoringRule& rule, double max_points, double value) {
    const auto band = std::find_if(rule.bands.begin(), rule.bands.end(),
                                   [&](const Band& b) { return holds(b, value); });
    if (band == rule.bands.end()) {
        return {0, format_decimal(round_points(value)) + " → 0"};
    }
    const double points = clamp_points(band->points, max_points);
    const char* sign = band->bound == Band::Bound::at_least ? " ≥ " : " ≤ ";
    return {points, format_decimal(round_points(value)) + sign + format_decimal(band->limit) +
                        " → " + format_points(points)};
}

RulePoints yes_no(double max_points, double value) {
    const bool yes = value != 0;
    return {yes ? max_points : 0, std::string(label_text(yes ? Label::word_yes : Label::word_no)) +
                                      " → " + format_points(yes ? max_points : 0)};
}

// "min(2; 0,5 × 3) = 1,5"
RulePoints count(const ScoringRule& rule, double max_points, double value) {
    const double ceiling = std::min(max_points, rule.cap.value_or(max_points));
    const double points = clamp_points(std::min(ceiling, rule.per * value), max_points);
    return {points, "min(" + format_points(ceiling) + "; " + format_decimal(rule.per) + " × " +
                        format_decimal(round_points(value)) + ") = " + format_points(points)};
}

// "2 + (−1) × 1 = 1", kept within 0..max
RulePoints bonus_penalty(const ScoringRule& rule, double max_points, double value) {
    const double start = rule.start.value_or(max_points);
    const double points = clamp_points(start + rule.per * value, max_points);
    const std::string per =
        rule.per < 0 ? "(" + format_decimal(rule.per) + ")" : format_decimal(rule.per);
    return {points, format_points(start) + " + " + per + " × " +
                        format_decimal(round_points(value)) + " = " + format_points(points)};
}

RulePoints manual(double max_points, double value) {
    const double points = clamp_points(value, max_points);
    return {points, format_points(points)};
}

}  // namespace

RulePoints apply_rule(const ScoringRule& rule, double max_points, double value) {
    RulePoints result;
    switch (rule.type) {
        case RuleType::linear:
            result = linear(rule, max_points, value);
            break;
        case RuleType::bands:
            result = bands(rule, max_points, value);
            break;
        case RuleType::yes_no:
            result = yes_no(max_points, value);
            break;
        case RuleType::count:
            result = count(rule, max_points, value);
            break;
        case RuleType::bonus_penalty:
            result = bonus_penalty(rule, max_points, value);
            break;
        case RuleType::manual:
            result = manual(max_points, value);
            break;
    }
    result.points = round_points(result.points);
    return result;
}

double round_points(double points) {
    constexpr double k_hundredths = 100.0;
    // 1,5 × 67 / 100 is 1,005 to a person but 1,00499… in binary: a nudge far below any
    // hundredth puts such halves back where decimal arithmetic has them.
    constexpr double k_nudge = 1e-9;
    const double scaled = points * k_hundredths;
    return std::round(scaled + std::copysign(k_nudge, scaled)) / k_hundredths;
}

std::string format_points(double points) {
    return format_decimal(round_points(points));
}

std::string_view rule_type_code(RuleType type) {
    return lookup(k_rule_types, type);
}

std::optional<RuleType> rule_type_from_code(std::string_view code) {
    return reverse_lookup(k_rule_types, code);
}

std::string_view measure_source_code(MeasureSource source) {
    return lookup(k_sources, source);
}

std::optional<MeasureSource> measure_source_from_code(std::string_view code) {
    return reverse_lookup(k_sources, code);
}

Label rule_type_label(RuleType type) {
    return lookup(k_rule_labels, type);
}

}  // namespace parindex
