#include "app/deployment.hpp"

namespace parindex {

bool is_valid_ward_code(std::string_view code) {
    constexpr std::size_t k_longest = 40;
    if (code.empty() || code.size() > k_longest || code == k_province_code || code.front() == '-' ||
        code.back() == '-' || code.find("--") != std::string_view::npos) {
        return false;
    }
    for (const char c : code) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

}  // namespace parindex
