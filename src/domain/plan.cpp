#include "domain/plan.hpp"

#include <array>

#include "core/enum_table.hpp"
#include "core/parse_number.hpp"

namespace parindex {

namespace {

using KindCode = EnumEntry<NodeKind>;

constexpr std::array k_kind_codes = {
    KindCode{NodeKind::area, "area"},
    KindCode{NodeKind::group, "group"},
    KindCode{NodeKind::task, "task"},
};

}  // namespace

int first_reporting_quarter(const PlanInfo& info) {
    constexpr int k_months_per_quarter = 3;
    if (info.issued_on && info.issued_on->year() == info.year) {
        return (info.issued_on->month() - 1) / k_months_per_quarter + 1;
    }
    // "Bắc Kạn, ngày   tháng 9 năm 2025": the month is known before the day is filled in.
    constexpr std::string_view k_month_word = "tháng ";
    const std::size_t at = info.place_and_date.find(k_month_word);
    if (at == std::string::npos) {
        return 1;
    }
    const std::string_view rest =
        std::string_view(info.place_and_date).substr(at + k_month_word.size());
    const auto month = parse_exact<int>(rest.substr(0, rest.find(' ')));
    // A line that names a year must name the plan's ("tháng 12 năm 2024" for a 2025 plan says
    // nothing about 2025's quarters); a line that names none is taken as the plan's year.
    const std::size_t year_at = rest.find("năm ");
    const bool is_this_year = year_at == std::string_view::npos ||
                              rest.substr(year_at + 5, 4) == std::to_string(info.year);
    if (!month || *month < 1 || *month > 12 || !is_this_year) {
        return 1;
    }
    return (*month - 1) / k_months_per_quarter + 1;
}

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

PlanInfo keep_unstated_details(const PlanInfo& stored, PlanInfo read) {
    for (std::string PlanInfo::*text :
         {&PlanInfo::title, &PlanInfo::issuing_body, &PlanInfo::number, &PlanInfo::place_and_date,
          &PlanInfo::signer_title, &PlanInfo::signer_name, &PlanInfo::body}) {
        if ((read.*text).empty()) {
            read.*text = stored.*text;
        }
    }
    if (!read.issued_on) {
        read.issued_on = stored.issued_on;
    }
    if (read.recipients.empty()) {
        read.recipients = stored.recipients;
    }
    return read;
}

}  // namespace parindex
