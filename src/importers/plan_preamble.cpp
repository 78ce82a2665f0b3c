#include "importers/plan_preamble.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include "core/parse_number.hpp"
#include "core/text.hpp"

namespace parindex {

namespace {

// Lines that open the signature block, folded; consecutive ones form the signer's title
// ("KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH").
constexpr std::array<std::string_view, 6> k_signer_titles = {
    "chu tich", "pho chu tich", "kt chu tich", "tm uy ban nhan dan", "tm ubnd", "q chu tich"};

bool is_signer_title(const std::string& line) {
    const std::string folded = fold_for_matching(line);
    return std::find(k_signer_titles.begin(), k_signer_titles.end(), folded) !=
           k_signer_titles.end();
}

void read_number(const std::string& line, PlanInfo& info) {
    static const std::regex k_number(R"(^Số\s*:\s*(\S*))");
    std::smatch match;
    if (!std::regex_search(line, match, k_number)) {
        return;
    }
    const std::string number = match[1].str();
    // "Số: /KH-UBND" is a draft: the number is given when the plan is signed.
    if (!number.empty() && number.front() != '/') {
        info.number = number;
    }
}

void read_place_and_date(const std::string& line, PlanInfo& info) {
    static const std::regex k_date(R"(ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+(\d{4}))");
    std::smatch match;
    // The place-and-date line is short ("Bắc Kạn, ngày 15 tháng 9 năm 2025"); the long lines of
    // the body cite other documents' dates.
    constexpr std::size_t k_max_length = 120;
    if (!info.place_and_date.empty() || line.size() > k_max_length ||
        line.find(',') == std::string::npos || !std::regex_search(line, match, k_date)) {
        return;
    }
    info.place_and_date = line;
    const auto day = parse_exact<int>(match[1].str());
    const auto month = parse_exact<int>(match[2].str());
    const auto year = parse_exact<int>(match[3].str());
    if (day && month && year) {
        info.issued_on = CivilDate::create(*year, *month, *day);
    }
}

void read_issuing_body(const std::string& line, PlanInfo& info) {
    static const std::regex k_body(
        R"(Chủ tịch (UBND (?:phường|xã|thị trấn|đặc khu) [^,;.()]+?)(?: ban hành|\)|,))");
    std::smatch match;
    if (info.issuing_body.empty() && std::regex_search(line, match, k_body)) {
        info.issuing_body = match[1].str();
    }
}

}  // namespace

int find_year_after_nam(std::string_view text) {
    static const std::regex k_year(R"(năm\s+(\d{4}))");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(text.begin(), text.end(), match, k_year)) {
        return 0;
    }
    return parse_exact<int>(match[1].str()).value_or(0);
}

PlanInfo read_plan_preamble(const std::vector<std::string>& lines) {
    PlanInfo info;
    bool title_follows = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string line = collapse_whitespace(lines[i]);
        if (line.empty()) {
            continue;
        }
        if (title_follows && info.title.empty()) {
            info.title = line;
            title_follows = false;
            continue;
        }
        title_follows = title_follows || fold_for_matching(line) == "ke hoach";
        read_number(line, info);
        read_place_and_date(line, info);
        read_issuing_body(line, info);
        if (info.signer_title.empty() && is_signer_title(line)) {
            info.signer_title = line;
            std::size_t next = i + 1;
            for (; next < lines.size(); ++next) {
                const std::string following = collapse_whitespace(lines[next]);
                if (following.empty()) {
                    continue;
                }
                if (!is_signer_title(following)) {
                    info.signer_name = following;
                    break;
                }
                info.signer_title += '\n' + following;
            }
            i = next;
        }
    }
    info.year = find_year_after_nam(info.title);
    return info;
}

}  // namespace parindex
