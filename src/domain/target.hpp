#pragma once
// A target (chỉ tiêu): the measurable part of a task's requirement, e.g. "on-time rate > 90%".
// A requirement without a number gives one qualitative target: done or not, with evidence.

#include <optional>
#include <string>
#include <vector>

namespace parindex {

enum class Comparator {
    greater,           // trên 90%
    greater_or_equal,  // từ 90% trở lên, đạt 100%, tối thiểu, ít nhất
    equal,             // không có ... (equal to 0)
    less_or_equal,     // không quá, tối đa
    less,              // dưới
    decrease,          // giảm so với năm 2024
    increase,          // tăng so với năm 2024
    qualitative,       // no number: done or not, with evidence
};

enum class TargetOrigin {
    extracted,  // read from the requirement text by extract_targets
    edited,     // set by a person; a re-import keeps it while the requirement is unchanged
};

struct Target {
    std::string label;  // what is measured, in the requirement's own words
    Comparator comparator = Comparator::qualitative;
    std::optional<double> value;  // the threshold; none for qualitative, decrease and increase
    std::string unit;             // "%", a counted noun ("đơn vị", "hệ thống"), or empty
    std::optional<int> reference_year;  // the year compared against by decrease and increase
    TargetOrigin origin = TargetOrigin::extracted;

    friend bool operator==(const Target&, const Target&) = default;
};

// True when a smaller measured value is the better one ("giảm", "không quá", "không có").
[[nodiscard]] bool is_lower_better(const Target& target);

// Whether a measured value meets the target; nothing for a qualitative target. For decrease
// and increase targets the value is the change against the reference year (negative: a fall).
[[nodiscard]] std::optional<bool> is_met(const Target& target, double measured);

// The stable English word for a comparator, used in JSON and the database ("gt", "ge", ...).
[[nodiscard]] std::string_view comparator_code(Comparator comparator);
[[nodiscard]] std::optional<Comparator> comparator_from_code(std::string_view code);

// A measured or required amount with its unit: "86,4%", "7 phản ánh", "3".
[[nodiscard]] std::string format_quantity(double value, const std::string& unit);

// How a person reads the target: "≥ 90%", "= 0", "giảm so với năm 2024", or the qualitative label.
[[nodiscard]] std::string describe_target(const Target& target);

}  // namespace parindex
