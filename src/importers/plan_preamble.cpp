#include "importers/plan_preamble.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <regex>

#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "core/text_lines.hpp"

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

// Where a line of the preamble stands.
enum class Section {
    heading,     // issuer, number, place and date, up to "KẾ HOẠCH"
    title,       // the line after "KẾ HOẠCH"
    body,        // the paragraphs after the title
    recipients,  // after "Nơi nhận:"
    closing,     // the signature, and the appendix's own heading ("PHỤ LỤC ...")
};

// The text after "Nơi nhận:" on its own line (often empty); nothing for other lines.
std::optional<std::string> recipients_opening(const std::string& line) {
    const std::size_t colon = line.find(':');
    const std::string_view head = std::string_view(line).substr(0, colon);
    if (fold_for_matching(head) != "noi nhan") {
        return std::nullopt;
    }
    return colon == std::string::npos ? std::string() : collapse_whitespace(line.substr(colon + 1));
}

// Reads the signer's title (consecutive title lines: "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH") and
// name from line `first` on; returns the index of the last line read.
std::size_t read_signer(const std::vector<std::string>& lines, std::size_t first, PlanInfo& info) {
    info.signer_title = collapse_whitespace(lines[first]);
    std::size_t next = first + 1;
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
    return next;
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
    Section section = Section::heading;
    std::vector<std::string> body;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string line = collapse_whitespace(lines[i]);
        if (line.empty()) {
            continue;
        }
        if (section == Section::title) {
            info.title = line;
            section = Section::body;
            continue;
        }
        if (const auto recipient = recipients_opening(line)) {
            section = Section::recipients;
            if (!recipient->empty()) {
                info.recipients.push_back(*recipient);
            }
            continue;
        }
        if (section == Section::heading && fold_for_matching(line) == "ke hoach") {
            section = Section::title;
            continue;
        }
        if (info.signer_title.empty() && is_signer_title(line)) {
            section = Section::closing;
            i = read_signer(lines, i, info);
            continue;
        }
        if (section == Section::recipients && fold_for_matching(line) == "phu luc") {
            section = Section::closing;
        }
        if (section == Section::body) {
            body.push_back(line);
        } else if (section == Section::recipients) {
            info.recipients.push_back(line);
        }
        read_number(line, info);
        read_place_and_date(line, info);
        read_issuing_body(line, info);
    }
    info.body = join_lines(body);
    info.year = find_year_after_nam(info.title);
    return info;
}

}  // namespace parindex
