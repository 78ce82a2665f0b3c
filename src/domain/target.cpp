#include "domain/target.hpp"

#include <array>
#include <charconv>
#include <string_view>
#include <utility>

#include "core/decimal.hpp"
#include "core/labels.hpp"

namespace parindex {

namespace {

struct ComparatorInfo {
    Comparator comparator;
    std::string_view code;    // stable: stored in the database and sent in JSON
    std::string_view symbol;  // shown before the threshold; empty when there is no threshold
};

constexpr std::array k_comparators = {
    ComparatorInfo{Comparator::greater, "gt", ">"},
    ComparatorInfo{Comparator::greater_or_equal, "ge", "≥"},
    ComparatorInfo{Comparator::equal, "eq", "="},
    ComparatorInfo{Comparator::less_or_equal, "le", "≤"},
    ComparatorInfo{Comparator::less, "lt", "<"},
    ComparatorInfo{Comparator::decrease, "decrease", ""},
    ComparatorInfo{Comparator::increase, "increase", ""},
    ComparatorInfo{Comparator::qualitative, "qualitative", ""},
};

const ComparatorInfo& info_of(Comparator comparator) {
    for (const ComparatorInfo& info : k_comparators) {
        if (info.comparator == comparator) {
            return info;
        }
    }
    return k_comparators.back();  // unreachable while the table lists every enumerator
}

std::string describe_versus_year(Label label, const std::optional<int>& year) {
    if (!year) {
        return format_label(label);  // the placeholder stays visible: the year is missing
    }
    return format_label(label, {std::to_string(*year)});
}

}  // namespace

bool is_lower_better(const Target& target) {
    switch (target.comparator) {
        case Comparator::less:
        case Comparator::less_or_equal:
        case Comparator::decrease:
            return true;
        case Comparator::equal:
            return target.value.has_value() && *target.value == 0.0;
        default:
            return false;
    }
}

std::string_view comparator_code(Comparator comparator) {
    return info_of(comparator).code;
}

std::optional<Comparator> comparator_from_code(std::string_view code) {
    for (const ComparatorInfo& info : k_comparators) {
        if (info.code == code) {
            return info.comparator;
        }
    }
    return std::nullopt;
}

std::optional<bool> is_met(const Target& target, double measured) {
    const double threshold = target.value.value_or(0.0);
    switch (target.comparator) {
        case Comparator::greater:
            return measured > threshold;
        case Comparator::greater_or_equal:
            return measured >= threshold;
        case Comparator::equal:
            return measured == threshold;
        case Comparator::less_or_equal:
            return measured <= threshold;
        case Comparator::less:
            return measured < threshold;
        case Comparator::decrease:
            return measured < 0.0;
        case Comparator::increase:
            return measured > 0.0;
        case Comparator::qualitative:
            return std::nullopt;
    }
    return std::nullopt;
}

std::string describe_target(const Target& target) {
    switch (target.comparator) {
        case Comparator::qualitative:
            return std::string(label_text(Label::target_qualitative));
        case Comparator::decrease:
            return describe_versus_year(Label::target_decrease, target.reference_year);
        case Comparator::increase:
            return describe_versus_year(Label::target_increase, target.reference_year);
        default:
            break;
    }
    std::string text(info_of(target.comparator).symbol);
    text += ' ';
    text += target.value ? format_quantity(*target.value, target.unit) : "?";
    return text;
}

std::string format_quantity(double value, const std::string& unit) {
    std::string text = format_decimal(value);
    if (unit.empty()) {
        return text;
    }
    if (unit != "%") {
        text += ' ';  // "1 đơn vị" but "90%"
    }
    return text + unit;
}

}  // namespace parindex
