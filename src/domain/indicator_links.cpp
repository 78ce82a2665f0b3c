#include "domain/indicator_links.hpp"

#include <array>

namespace parindex {

namespace {

// The seed plan's targets, in the order extract_targets reads them from each requirement.
constexpr std::array k_links = {
    IndicatorLink{"3.2.1", 0, Indicator::on_time_rate},
    IndicatorLink{"3.2.2", 0, Indicator::apology_rate},
    IndicatorLink{"3.2.3", 0, Indicator::e_result_rate},
    IndicatorLink{"7.3.1", 0, Indicator::digitised_rate},
    IndicatorLink{"7.3.1", 1, Indicator::e_result_rate},
    IndicatorLink{"7.3.3", 0, Indicator::full_online_rate},
    IndicatorLink{"7.3.4", 0, Indicator::payment_enabled_rate},
    IndicatorLink{"7.3.4", 1, Indicator::payment_procedures_rate},
    IndicatorLink{"7.3.4", 2, Indicator::online_payment_rate},
    IndicatorLink{"8.1.4", 0, Indicator::satisfaction_rate},
};

}  // namespace

std::span<const IndicatorLink> indicator_links() {
    return k_links;
}

std::optional<Indicator> linked_indicator(std::string_view task_code, int target_index) {
    for (const IndicatorLink& link : k_links) {
        if (link.task_code == task_code && link.target_index == target_index) {
            return link.indicator;
        }
    }
    return std::nullopt;
}

}  // namespace parindex
