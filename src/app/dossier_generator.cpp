#include "app/dossier_generator.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <limits>
#include <optional>
#include <random>
#include <string_view>
#include <unordered_set>

namespace parindex {

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness: only the raw output of std::mt19937_64, which the standard fixes bit for bit, and
// integer arithmetic (or exact double comparisons), so that a seed means the same data everywhere.

class Random {
  public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }

    // Uniform in [0, n), n > 0, without modulo bias (rejection of the incomplete last block).
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t threshold = (std::uint64_t{0} - n) % n;
        for (;;) {
            const std::uint64_t value = next();
            if (value >= threshold) {
                return value % n;
            }
        }
    }

    // Uniform in [lo, hi], both included.
    int uniform_int(int lo, int hi) {
        assert(lo <= hi);
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
        return static_cast<int>(static_cast<std::int64_t>(lo) +
                                static_cast<std::int64_t>(below(span)));
    }

    // True with probability p: the top 53 bits as a double in [0, 1), compared exactly.
    bool bernoulli(double p) {
        constexpr double k_two_to_minus_53 = 1.0 / 9007199254740992.0;
        return static_cast<double>(next() >> 11) * k_two_to_minus_53 < p;
    }

    // An index drawn with probability proportional to its weight, given the running sums of the
    // weights (the last one is the total, which must be positive).
    std::size_t pick(const std::vector<std::uint64_t>& cumulative) {
        const std::uint64_t target = below(cumulative.back());
        const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), target);
        return static_cast<std::size_t>(found - cumulative.begin());
    }

    template <std::size_t N>
    std::size_t pick(const std::array<std::uint64_t, N>& weights) {
        std::uint64_t total = 0;
        for (const std::uint64_t weight : weights) {
            total += weight;
        }
        std::uint64_t target = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (target < weights[i]) {
                return i;
            }
            target -= weights[i];
        }
        return N - 1;
    }

  private:
    std::mt19937_64 m_engine;
};

// SplitMix64's finaliser: turns a user's seed into a well-mixed engine seed, different for the
// catalogue and the dossiers so that the two streams do not echo each other.
std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + stream * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// FNV-1a: a stable hash of a procedure code, for traits that must not depend on the seed.
std::uint64_t stable_hash(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// ---------------------------------------------------------------------------------------------
// The ward: its units and the fields of its procedures.

// DonViXuLy codes: the ward People's Committee office (civil status, religion), the culture and
// society division, the economic division, the public administration service centre, the ward
// police (residence), the military command, the social insurance agency and the community
// learning centre.
constexpr std::array<std::string_view, 8> k_unit_codes = {
    "VP-HDND-UBND", "P-VHXH", "P-KT", "TTPVHCC", "CA-P", "QS-P", "BHXH", "TT-HTCD",
};

struct Field {
    std::string_view code;
    std::string_view primary_unit;
    std::string_view secondary_unit;  // handles the procedures that two units share
};

enum FieldIndex : std::uint8_t {
    civil_status,   // hộ tịch (nuôi con nuôi included)
    certification,  // chứng thực
    land,           // đất đai
    construction,   // xây dựng
    business,       // hộ kinh doanh, an toàn thực phẩm, bán lẻ rượu và thuốc lá
    merit,          // người có công
    social,         // bảo trợ xã hội, trẻ em, giảm nghèo
    education,      // giáo dục và đào tạo
    culture,        // văn hóa, thể thao, gia đình
    interior,       // tín ngưỡng, tôn giáo, thi đua khen thưởng
    residence,      // cư trú
    military,       // nghĩa vụ quân sự
    insurance,      // bảo hiểm y tế
};

constexpr std::array<Field, 13> k_fields = {{
    {"G09-TP01", "VP-HDND-UBND", "TTPVHCC"},
    {"G09-TP02", "TTPVHCC", "VP-HDND-UBND"},
    {"G09-TN01", "P-KT", "TTPVHCC"},
    {"G09-XD01", "P-KT", "TTPVHCC"},
    {"G09-KH01", "P-KT", "TTPVHCC"},
    {"G09-LD01", "P-VHXH", "VP-HDND-UBND"},
    {"G09-LD02", "P-VHXH", "TTPVHCC"},
    {"G09-GD01", "P-VHXH", "TT-HTCD"},
    {"G09-VH01", "P-VHXH", "TT-HTCD"},
    {"G09-NV01", "VP-HDND-UBND", "P-VHXH"},
    {"G09-CA01", "CA-P", "TTPVHCC"},
    {"G09-QS01", "QS-P", "VP-HDND-UBND"},
    {"G09-BH01", "BHXH", "P-VHXH"},
}};

// A procedure of the catalogue as data. The level is drawn for most procedures (0); the few that
// carry most dossiers have their real level. The time limit is drawn within [min_days, max_days].
struct ProcedureTemplate {
    std::string_view name;
    FieldIndex field;
    int min_days;
    int max_days;
    bool fee;
    bool result;
    int level = 0;
    std::string_view code = {};
};

// The first k_ranked procedures are listed from the most to the least requested, and keep that
// order; the others follow by field and are shuffled by the seed. Dossiers then follow a Zipf
// law over the catalogue's order.
constexpr std::size_t k_ranked = 15;

// clang-format off
constexpr std::array k_templates = {
    // The most requested, in order.
    ProcedureTemplate{"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", certification, 0, 1, true, true, 3},
    ProcedureTemplate{"Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)", certification, 0, 1, true, true, 2},
    ProcedureTemplate{"Đăng ký khai sinh", civil_status, 0, 1, false, true, 4, "1.001193"},
    ProcedureTemplate{"Cấp Giấy xác nhận tình trạng hôn nhân", civil_status, 1, 3, true, true, 4},
    ProcedureTemplate{"Đăng ký tạm trú", residence, 3, 3, true, true, 4},
    ProcedureTemplate{"Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", civil_status, 3, 5, false, true, 4},
    ProcedureTemplate{"Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", certification, 1, 2, true, true, 2},
    ProcedureTemplate{"Đăng ký khai tử", civil_status, 0, 1, false, true, 4},
    ProcedureTemplate{"Cấp bản sao trích lục hộ tịch", civil_status, 0, 1, true, true, 4},
    ProcedureTemplate{"Đăng ký kết hôn", civil_status, 1, 5, false, true, 3},
    ProcedureTemplate{"Đăng ký thường trú", residence, 5, 7, true, true, 4},
    ProcedureTemplate{"Đăng ký thành lập hộ kinh doanh", business, 3, 3, true, true, 4},
    ProcedureTemplate{"Xác nhận thông tin về cư trú", residence, 0, 1, false, true, 4},
    ProcedureTemplate{"Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", land, 10, 10, true, true, 3},
    ProcedureTemplate{"Chứng thực bản sao điện tử từ bản chính", certification, 0, 1, true, true, 4},

    // Hộ tịch.
    ProcedureTemplate{"Đăng ký nhận cha, mẹ, con", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký khai sinh kết hợp nhận cha, mẹ, con", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký giám hộ", civil_status, 1, 3, false, true},
    ProcedureTemplate{"Đăng ký chấm dứt giám hộ", civil_status, 1, 2, false, true},
    ProcedureTemplate{"Đăng ký giám sát việc giám hộ", civil_status, 1, 3, false, true},
    ProcedureTemplate{"Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký lại khai sinh", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký lại kết hôn", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký lại khai tử", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", civil_status, 1, 3, false, true},
    ProcedureTemplate{"Đăng ký khai sinh có yếu tố nước ngoài", civil_status, 3, 5, true, true},
    ProcedureTemplate{"Đăng ký kết hôn có yếu tố nước ngoài", civil_status, 5, 5, true, true},
    ProcedureTemplate{"Đăng ký khai tử có yếu tố nước ngoài", civil_status, 1, 3, true, true},
    ProcedureTemplate{"Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài", civil_status, 5, 5, true, true},
    ProcedureTemplate{"Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài", civil_status, 5, 5, true, true},
    ProcedureTemplate{"Xác định lại dân tộc", civil_status, 3, 3, true, true},
    ProcedureTemplate{"Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng, hỗ trợ chi phí mai táng", civil_status, 3, 5, false, true},
    ProcedureTemplate{"Đăng ký nuôi con nuôi trong nước", civil_status, 5, 5, true, true},
    ProcedureTemplate{"Đăng ký lại việc nuôi con nuôi trong nước", civil_status, 5, 5, true, true},

    // Chứng thực.
    ProcedureTemplate{"Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", certification, 2, 2, true, true},
    ProcedureTemplate{"Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", certification, 2, 2, true, true},
    ProcedureTemplate{"Chứng thực di chúc", certification, 1, 2, true, true},
    ProcedureTemplate{"Chứng thực văn bản từ chối nhận di sản", certification, 1, 2, true, true},
    ProcedureTemplate{"Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", certification, 1, 2, true, true},
    ProcedureTemplate{"Sửa lỗi sai sót trong hợp đồng, giao dịch", certification, 1, 2, true, true},
    ProcedureTemplate{"Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", certification, 0, 2, true, true},
    ProcedureTemplate{"Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", certification, 0, 1, true, true},
    ProcedureTemplate{"Cấp bản sao từ sổ gốc", certification, 0, 1, true, true},

    // Đất đai.
    ProcedureTemplate{"Đăng ký đất đai, tài sản gắn liền với đất lần đầu", land, 15, 15, true, true},
    ProcedureTemplate{"Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu cho hộ gia đình, cá nhân", land, 15, 15, true, true},
    ProcedureTemplate{"Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân", land, 10, 15, true, true},
    ProcedureTemplate{"Hòa giải tranh chấp đất đai", land, 10, 15, false, true},
    ProcedureTemplate{"Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã", land, 15, 15, false, true},
    ProcedureTemplate{"Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân", land, 10, 10, false, true},
    ProcedureTemplate{"Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết thời hạn sử dụng đất", land, 10, 10, false, true},
    ProcedureTemplate{"Tách thửa hoặc hợp thửa đất", land, 12, 15, true, true},
    ProcedureTemplate{"Cấp đổi, cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", land, 10, 10, true, true},
    ProcedureTemplate{"Cung cấp thông tin, dữ liệu đất đai", land, 2, 3, true, true},
    ProcedureTemplate{"Đính chính Giấy chứng nhận quyền sử dụng đất đã cấp", land, 10, 10, false, true},

    // Xây dựng.
    ProcedureTemplate{"Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", construction, 15, 15, true, true},
    ProcedureTemplate{"Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", construction, 15, 15, true, true},
    ProcedureTemplate{"Cấp giấy phép di dời công trình", construction, 15, 15, true, true},
    ProcedureTemplate{"Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ", construction, 15, 15, true, true},
    ProcedureTemplate{"Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ", construction, 5, 5, true, true},
    ProcedureTemplate{"Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ", construction, 5, 5, true, true},
    ProcedureTemplate{"Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ", construction, 15, 15, true, true},
    ProcedureTemplate{"Thông báo khởi công xây dựng công trình", construction, 7, 7, false, false},
    ProcedureTemplate{"Cấp phép sử dụng tạm thời một phần lòng đường, hè phố không vào mục đích giao thông", construction, 5, 7, true, true},

    // Hộ kinh doanh.
    ProcedureTemplate{"Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", business, 3, 3, true, true},
    ProcedureTemplate{"Thông báo tạm ngừng hoạt động hộ kinh doanh", business, 3, 3, false, true},
    ProcedureTemplate{"Chấm dứt hoạt động hộ kinh doanh", business, 3, 3, false, true},
    ProcedureTemplate{"Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", business, 3, 3, true, true},
    ProcedureTemplate{"Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống", business, 15, 15, true, true},
    ProcedureTemplate{"Cấp Giấy phép bán lẻ sản phẩm rượu", business, 10, 10, true, true},
    ProcedureTemplate{"Cấp Giấy phép bán lẻ sản phẩm thuốc lá", business, 10, 15, true, true},
    ProcedureTemplate{"Thông báo thành lập tổ hợp tác", business, 3, 5, false, false},

    // Người có công.
    ProcedureTemplate{"Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", merit, 10, 12, false, true},
    ProcedureTemplate{"Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ", merit, 12, 12, false, true},
    ProcedureTemplate{"Giải quyết trợ cấp một lần khi người có công với cách mạng đang hưởng trợ cấp ưu đãi từ trần", merit, 5, 12, false, true},
    ProcedureTemplate{"Cấp giấy xác nhận thân nhân của người có công", merit, 5, 5, false, true},
    ProcedureTemplate{"Giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học", merit, 12, 12, false, true},
    ProcedureTemplate{"Mua bảo hiểm y tế đối với người có công và thân nhân", merit, 5, 10, false, true},
    ProcedureTemplate{"Thăm viếng mộ liệt sĩ", merit, 3, 5, false, true},
    ProcedureTemplate{"Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú", merit, 5, 5, false, true},
    ProcedureTemplate{"Đề nghị tặng hoặc truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam anh hùng\"", merit, 10, 15, false, true},

    // Bảo trợ xã hội, trẻ em, giảm nghèo.
    ProcedureTemplate{"Trợ giúp xã hội thường xuyên tại cộng đồng", social, 10, 12, false, true},
    ProcedureTemplate{"Điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", social, 5, 7, false, true},
    ProcedureTemplate{"Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú", social, 5, 7, false, true},
    ProcedureTemplate{"Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", social, 3, 5, false, true},
    ProcedureTemplate{"Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", social, 5, 10, false, true},
    ProcedureTemplate{"Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", social, 15, 15, false, true},
    ProcedureTemplate{"Đổi, cấp lại Giấy xác nhận khuyết tật", social, 5, 5, false, true},
    ProcedureTemplate{"Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", social, 10, 10, false, true},
    ProcedureTemplate{"Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm", social, 10, 10, false, true},
    ProcedureTemplate{"Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình", social, 10, 10, false, true},
    ProcedureTemplate{"Đăng ký thành lập, đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn", social, 5, 5, false, true},
    ProcedureTemplate{"Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em", social, 1, 2, false, true},
    ProcedureTemplate{"Chấm dứt việc chăm sóc thay thế cho trẻ em", social, 5, 5, false, true},
    ProcedureTemplate{"Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế không phải là người thân thích của trẻ em", social, 10, 15, false, true},

    // Giáo dục và đào tạo.
    ProcedureTemplate{"Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục", education, 15, 15, false, true},
    ProcedureTemplate{"Thành lập, cho phép thành lập nhóm trẻ, lớp mẫu giáo độc lập", education, 15, 15, false, true},
    ProcedureTemplate{"Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập", education, 15, 15, false, true},
    ProcedureTemplate{"Giải thể nhóm trẻ, lớp mẫu giáo độc lập", education, 10, 15, false, true},
    ProcedureTemplate{"Chuyển trường đối với học sinh trung học cơ sở", education, 3, 5, false, true},
    ProcedureTemplate{"Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở", education, 5, 10, false, true},
    ProcedureTemplate{"Hỗ trợ ăn trưa đối với trẻ em mẫu giáo", education, 5, 10, false, true},
    ProcedureTemplate{"Miễn, giảm học phí và hỗ trợ chi phí học tập", education, 5, 10, false, true},
    ProcedureTemplate{"Cho phép trung tâm học tập cộng đồng hoạt động trở lại", education, 10, 15, false, true},

    // Văn hóa, thể thao, gia đình.
    ProcedureTemplate{"Đăng ký tổ chức lễ hội cấp xã", culture, 5, 7, false, true},
    ProcedureTemplate{"Thông báo tổ chức lễ hội cấp xã", culture, 3, 5, false, false},
    ProcedureTemplate{"Xét tặng danh hiệu Gia đình văn hóa hằng năm", culture, 5, 10, false, true},
    ProcedureTemplate{"Xét tặng Giấy khen Gia đình văn hóa", culture, 5, 10, false, true},
    ProcedureTemplate{"Xét tặng danh hiệu Tổ dân phố văn hóa hằng năm", culture, 5, 10, false, true},
    ProcedureTemplate{"Công nhận câu lạc bộ thể thao cơ sở", culture, 5, 7, false, true},
    ProcedureTemplate{"Thông báo thành lập thư viện đối với thư viện cộng đồng", culture, 5, 5, false, false},
    ProcedureTemplate{"Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", culture, 5, 5, true, true},
    ProcedureTemplate{"Thông báo tổ chức đoàn người thực hiện quảng cáo", culture, 3, 3, false, false},

    // Tín ngưỡng, tôn giáo, thi đua khen thưởng.
    ProcedureTemplate{"Đăng ký hoạt động tín ngưỡng", interior, 15, 15, false, true},
    ProcedureTemplate{"Đăng ký bổ sung hoạt động tín ngưỡng", interior, 15, 15, false, true},
    ProcedureTemplate{"Đăng ký sinh hoạt tôn giáo tập trung", interior, 15, 15, false, true},
    ProcedureTemplate{"Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã", interior, 10, 15, false, false},
    ProcedureTemplate{"Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc", interior, 5, 10, false, false},
    ProcedureTemplate{"Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thực hiện nhiệm vụ chính trị", interior, 10, 15, false, true},
    ProcedureTemplate{"Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình", interior, 10, 15, false, true},
    ProcedureTemplate{"Xét tặng danh hiệu Lao động tiên tiến", interior, 10, 15, false, true},

    // Cư trú.
    ProcedureTemplate{"Gia hạn tạm trú", residence, 3, 3, true, true},
    ProcedureTemplate{"Xóa đăng ký thường trú", residence, 1, 3, false, true},
    ProcedureTemplate{"Xóa đăng ký tạm trú", residence, 1, 3, false, true},
    ProcedureTemplate{"Khai báo tạm vắng", residence, 1, 2, false, true},
    ProcedureTemplate{"Thông báo lưu trú", residence, 0, 1, false, false},
    ProcedureTemplate{"Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú", residence, 3, 3, false, true},

    // Nghĩa vụ quân sự.
    ProcedureTemplate{"Đăng ký nghĩa vụ quân sự lần đầu", military, 0, 1, false, true},
    ProcedureTemplate{"Đăng ký nghĩa vụ quân sự bổ sung", military, 0, 1, false, true},
    ProcedureTemplate{"Đăng ký nghĩa vụ quân sự tạm vắng", military, 0, 1, false, true},
    ProcedureTemplate{"Đăng ký miễn gọi nhập ngũ thời chiến", military, 1, 3, false, true},

    // Bảo hiểm y tế.
    ProcedureTemplate{"Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", insurance, 1, 5, false, true},
    ProcedureTemplate{"Đăng ký, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế", insurance, 3, 5, false, true},
    ProcedureTemplate{"Cấp lại, đổi thẻ bảo hiểm y tế", insurance, 1, 3, false, true},
};
// clang-format on

// MucDo of the procedures whose level is drawn, so that with the ranked procedures (mostly level
// 4) the catalogue has about 20% level 2, 35% level 3 and 45% level 4.
constexpr std::array<std::uint64_t, 3> k_level_weights = {21, 37, 42};
constexpr double k_payment_ready_share = 0.85;

// A procedure code like 1.001193 or 2.000748, different from every code already taken.
std::string draw_procedure_code(Random& random, std::unordered_set<std::string>& taken) {
    for (;;) {
        const int group = random.bernoulli(0.7) ? 1 : 2;
        const int number = random.uniform_int(100, 13999);
        std::string code = std::to_string(group) + ".";
        const std::string digits = std::to_string(number);
        code.append(6 - digits.size(), '0');
        code += digits;
        if (taken.insert(code).second) {
            return code;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Dossiers.

// Relative receipt volume by month, in thousandths: a rush before Tết (January), a lull after it,
// school enrolment in summer and the year-end push.
constexpr std::array<std::uint64_t, 12> k_month_weights = {1150, 850,  1000, 950,  1000, 1050,
                                                           1100, 1050, 950,  1000, 1000, 1100};
constexpr std::uint64_t k_saturday_weight = 25;  // a Saturday's counter opens for a few
constexpr int k_rush_days_before_holiday = 7;    // people hurry before a holiday
constexpr std::uint64_t k_rush_percent = 130;    // volume on those days, in percent
constexpr int k_default_time_limit = 5;          // a procedure without a known limit
constexpr int k_memo_days = 64;                  // working-day offsets kept in the cache
constexpr int k_saturday = 6;
constexpr int k_sunday = 0;

// Shares, out of 100,000 dossiers, for the dossier's fate.
constexpr std::uint64_t k_fate_scale = 100000;
constexpr std::uint64_t k_registered_only = 300;  // status 1
constexpr std::uint64_t k_refused = 500;          // status 3
constexpr std::uint64_t k_abandoned = 1000;       // status 7 or 8

constexpr double k_no_due_share = 0.10;
constexpr double k_late_tail_share = 0.055;
constexpr double k_stuck_share = 0.001;  // pending for long: waiting on the applicant or a tax
// Of the dossiers whose processing would run past the year's end, the share the ward closes
// before it (the year-end push): about 2% of December's receipts stay open.
constexpr double k_year_end_push_share = 0.75;
constexpr double k_not_collected_share = 0.10;
constexpr double k_paid_online_share = 0.70;
constexpr double k_digitised_share = 0.85;
constexpr double k_reused_share = 0.30;
constexpr double k_electronic_result_share = 0.80;
constexpr double k_apology_share = 0.70;
constexpr double k_apology_in_time_share = 0.80;

// Due dates and processing ends by the working calendar, kept per (day, offset) for the days of
// the year: millions of dossiers share a few thousand distinct pairs.
class WorkingDays {
  public:
    WorkingDays(const WorkingCalendar& calendar, int first_day, int last_day)
        : m_calendar(calendar),
          m_first_day(first_day),
          m_days(last_day - first_day + 1),
          m_memo(static_cast<std::size_t>(m_days) * std::size_t{k_memo_days}, k_unknown) {}

    // The day number `working_days` working days after `day` (the day itself for 0).
    int add(int day, int working_days) {
        const int index = day - m_first_day;
        if (index < 0 || index >= m_days || working_days >= k_memo_days) {
            return compute(day, working_days);
        }
        int& slot = m_memo[static_cast<std::size_t>(index) * std::size_t{k_memo_days} +
                           static_cast<std::size_t>(working_days)];
        if (slot == k_unknown) {
            slot = compute(day, working_days);
        }
        return slot;
    }

  private:
    static constexpr int k_unknown = std::numeric_limits<int>::min();

    int compute(int day, int working_days) const {
        return m_calendar.add_working_days(CivilDate::from_day_number(day), working_days)
            .day_number();
    }

    const WorkingCalendar& m_calendar;
    int m_first_day;
    int m_days;
    std::vector<int> m_memo;
};

// The running sums of each day's receipt weight, from 1 January to 31 December.
std::vector<std::uint64_t> receipt_weights(const WorkingCalendar& calendar, int first_day,
                                           int last_day) {
    std::vector<std::uint64_t> cumulative;
    cumulative.reserve(static_cast<std::size_t>(last_day - first_day + 1));
    std::uint64_t total = 0;
    for (int day = first_day; day <= last_day; ++day) {
        const CivilDate date = CivilDate::from_day_number(day);
        const int weekday = date.weekday();
        std::uint64_t weight = 0;
        if (weekday != k_sunday && calendar.is_working_day(date)) {
            weight = k_month_weights[static_cast<std::size_t>(date.month() - 1)];
            for (int ahead = 1; ahead <= k_rush_days_before_holiday; ++ahead) {
                const CivilDate next = CivilDate::from_day_number(day + ahead);
                const int next_weekday = next.weekday();
                if (next_weekday != k_saturday && next_weekday != k_sunday &&
                    !calendar.is_working_day(next)) {
                    weight = weight * k_rush_percent / 100;
                    break;
                }
            }
        } else if (weekday == k_saturday) {
            weight = k_saturday_weight;
        }
        total += weight;
        cumulative.push_back(total);
    }
    return cumulative;
}

// The units that handle a procedure: its field's unit, and for about a third of the procedures
// a second one, both found among the ward's units. A procedure of an unknown field, or whose
// units the ward lacks, goes to a unit chosen by its code. Independent of the seed.
std::vector<std::vector<std::size_t>> procedure_units(const GeneratedWard& ward) {
    const auto unit_index = [&](std::string_view code) -> std::optional<std::size_t> {
        const auto found = std::find(ward.unit_codes.begin(), ward.unit_codes.end(), code);
        if (found == ward.unit_codes.end()) {
            return std::nullopt;
        }
        return static_cast<std::size_t>(found - ward.unit_codes.begin());
    };
    std::vector<std::vector<std::size_t>> units;
    units.reserve(ward.procedures.size());
    for (const Procedure& procedure : ward.procedures) {
        const std::uint64_t hash = stable_hash(procedure.code);
        std::vector<std::size_t> handling;
        const auto field = std::find_if(k_fields.begin(), k_fields.end(), [&](const Field& f) {
            return f.code == procedure.field_code;
        });
        if (field != k_fields.end()) {
            if (const auto primary = unit_index(field->primary_unit)) {
                handling.push_back(*primary);
            }
            if (hash % 3 == 0) {
                if (const auto secondary = unit_index(field->secondary_unit)) {
                    handling.push_back(*secondary);
                }
            }
        }
        if (handling.empty()) {
            handling.push_back(static_cast<std::size_t>(hash % ward.unit_codes.size()));
        }
        units.push_back(std::move(handling));
    }
    return units;
}

// Zipf weights over the catalogue's order: the i-th procedure weighs 1/(i+1).
std::vector<std::uint64_t> procedure_weights(std::size_t count) {
    constexpr std::uint64_t k_scale = 1ULL << 32;
    std::vector<std::uint64_t> cumulative;
    cumulative.reserve(count);
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        total += k_scale / (i + 1);
        cumulative.push_back(total);
    }
    return cumulative;
}

void append_padded(std::string& text, std::uint64_t value, std::size_t width) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    const auto size = static_cast<std::size_t>(end - digits);
    if (size < width) {
        text.append(width - size, '0');
    }
    text.append(digits, size);
}

CivilDate date_of(int day) {
    return CivilDate::from_day_number(day);
}

}  // namespace

GeneratedWard generate_ward(std::uint64_t seed) {
    Random random(mix_seed(seed, 1));
    GeneratedWard ward;
    ward.unit_codes.assign(k_unit_codes.begin(), k_unit_codes.end());

    std::vector<std::size_t> order(k_templates.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    // Fisher-Yates over the procedures after the ranked ones.
    for (std::size_t i = order.size() - 1; i > k_ranked; --i) {
        const auto j = k_ranked + static_cast<std::size_t>(random.below(i - k_ranked + 1));
        std::swap(order[i], order[j]);
    }

    std::unordered_set<std::string> taken;
    for (const ProcedureTemplate& entry : k_templates) {
        if (!entry.code.empty()) {
            taken.emplace(entry.code);
        }
    }
    constexpr std::array<OnlineLevel, 3> k_levels = {
        OnlineLevel::information, OnlineLevel::partly_online, OnlineLevel::fully_online};
    ward.procedures.reserve(order.size());
    for (const std::size_t index : order) {
        const ProcedureTemplate& entry = k_templates[index];
        Procedure procedure;
        procedure.code =
            entry.code.empty() ? draw_procedure_code(random, taken) : std::string(entry.code);
        procedure.name = entry.name;
        procedure.field_code = k_fields[entry.field].code;
        procedure.level = entry.level != 0 ? static_cast<OnlineLevel>(entry.level)
                                           : k_levels[random.pick(k_level_weights)];
        procedure.has_fee = entry.fee;
        procedure.online_payment_ready = entry.fee && random.bernoulli(k_payment_ready_share);
        procedure.issues_result = entry.result;
        procedure.time_limit_days = random.uniform_int(entry.min_days, entry.max_days);
        procedure.in_catalogue = true;
        ward.procedures.push_back(std::move(procedure));
    }
    return ward;
}

void generate_dossiers(const GeneratorOptions& options, const GeneratedWard& ward,
                       const WorkingCalendar& calendar,
                       const std::function<void(const DossierRecord&)>& emit) {
    assert(options.count == 0 || (!ward.procedures.empty() && !ward.unit_codes.empty()));
    if (options.count == 0 || ward.procedures.empty() || ward.unit_codes.empty()) {
        return;
    }
    const auto new_year = CivilDate::create(options.year, 1, 1);
    assert(new_year.has_value());
    if (!new_year) {
        return;
    }
    Random random(mix_seed(options.seed, 2));

    const int first_day = new_year->day_number();
    const int last_day = CivilDate::last_day_of_month(options.year, 12).day_number();
    const int as_of = last_day;  // the data are a snapshot taken at the end of the year
    WorkingDays working_days(calendar, first_day, last_day);

    const std::vector<std::uint64_t> days = receipt_weights(calendar, first_day, last_day);
    const std::uint64_t day_total = days.back();
    assert(day_total > 0);  // a year without a single working day or Saturday
    if (day_total == 0) {
        return;
    }
    const std::vector<std::uint64_t> procedures = procedure_weights(ward.procedures.size());
    const std::vector<std::vector<std::size_t>> units = procedure_units(ward);

    // MaHoSo: H<province>.<ward>-<yymmdd>-<running number of the day>.
    std::string prefix = "H";
    append_padded(prefix, static_cast<std::uint64_t>(random.uniform_int(10, 96)), 2);
    prefix += '.';
    append_padded(prefix, static_cast<std::uint64_t>(random.uniform_int(10, 99)), 2);
    prefix += '-';

    DossierRecord record;
    std::size_t day_index = 0;
    std::uint64_t daily_number = 0;
    std::size_t numbered_day = days.size();
    const auto count = static_cast<std::uint64_t>(options.count);
    for (std::uint64_t i = 0; i < count; ++i) {
        // Stratified sampling of the receipt day: the i-th dossier falls at the quantile
        // (i + u) / count of the year's volume, so that dossiers come out in receipt order.
        const std::uint64_t position = i * day_total + random.below(day_total);
        while (days[day_index] * count <= position) {
            ++day_index;
        }
        const int received = first_day + static_cast<int>(day_index);
        if (numbered_day != day_index) {
            numbered_day = day_index;
            daily_number = 0;
        }
        ++daily_number;
        const CivilDate received_date = date_of(received);

        const std::size_t procedure_index = random.pick(procedures);
        const Procedure& procedure = ward.procedures[procedure_index];
        const std::vector<std::size_t>& handling = units[procedure_index];
        const std::size_t unit =
            handling.size() == 1 || random.bernoulli(0.7) ? handling[0] : handling[1];

        record.code.assign(prefix);
        append_padded(record.code, static_cast<std::uint64_t>(received_date.year() % 100), 2);
        append_padded(record.code, static_cast<std::uint64_t>(received_date.month()), 2);
        append_padded(record.code, static_cast<std::uint64_t>(received_date.day()), 2);
        record.code += '-';
        append_padded(record.code, daily_number, 6);
        record.unit_code.assign(ward.unit_codes[unit]);
        record.procedure_code.assign(procedure.code);
        record.procedure_name.assign(procedure.name);
        record.field_code.assign(procedure.field_code);
        record.received = received_date;

        // Channel: level 4 procedures are mostly done online, level 3 partly, level 2 cannot be.
        const double online_share = procedure.level == OnlineLevel::fully_online    ? 0.60
                                    : procedure.level == OnlineLevel::partly_online ? 0.25
                                                                                    : 0.0;
        const std::uint64_t channel_roll = random.below(1000);
        if (channel_roll < 20) {
            record.channel = Channel::post;
        } else if (random.bernoulli(online_share)) {
            record.channel = Channel::online;
        } else {
            record.channel = Channel::in_person;
        }

        const int limit = std::max(0, procedure.time_limit_days.value_or(k_default_time_limit));
        const int due = working_days.add(received, limit);
        const bool due_written = procedure.time_limit_days && !random.bernoulli(k_no_due_share);

        // Supplements: none for most, one for about 8%, two or three for about 1%.
        const std::uint64_t supplement_roll = random.below(1000);
        int supplements = supplement_roll < 10   ? (random.bernoulli(0.8) ? 2 : 3)
                          : supplement_roll < 90 ? 1
                                                 : 0;
        int paused = supplements > 0 ? random.uniform_int(1, 10) : 0;

        // Processing time in working days: early for most, a tail past the due date.
        int work = std::min(random.uniform_int(0, limit), random.uniform_int(0, limit));
        if (random.bernoulli(k_late_tail_share)) {
            const int over = std::min(random.uniform_int(1, 4), random.uniform_int(1, 15));
            work = limit + over;
        }
        int effective_end = working_days.add(received, work);
        int ended = effective_end + paused;
        const bool stuck = random.bernoulli(k_stuck_share);
        if (!stuck && ended > as_of && random.bernoulli(k_year_end_push_share)) {
            ended = random.uniform_int(std::max(received, as_of - 5), as_of);
            paused = std::min(paused, ended - received);
            effective_end = ended - paused;
        }

        const std::uint64_t fate = random.below(k_fate_scale);
        record.due.reset();
        record.ended.reset();
        record.returned.reset();
        record.apologised.reset();
        record.paid_online = OnlinePayment::none;
        record.electronic_result = false;
        bool counted = true;
        bool late = false;
        if (fate < k_registered_only) {
            // Mostly filed online and never taken in.
            record.status = DossierStatus::registered;
            if (procedure.level != OnlineLevel::information && random.bernoulli(0.9)) {
                record.channel = Channel::online;
            }
            counted = false;
        } else if (fate < k_registered_only + k_refused) {
            record.status = DossierStatus::refused;
            counted = false;
        } else if (fate < k_registered_only + k_refused + k_abandoned) {
            record.status =
                random.bernoulli(0.65) ? DossierStatus::withdrawn : DossierStatus::stopped;
            ended =
                std::min(working_days.add(received, random.uniform_int(0, limit)) + paused, as_of);
            paused = std::min(paused, ended - received);
            late = supplements >= 2 || ended - paused > due;
            record.ended = date_of(ended);
        } else if (stuck || ended > as_of) {
            // Still open at the end of the year: mostly received in its last days.
            if (supplements > 0) {
                record.status = DossierStatus::supplement_requested;
            } else if (procedure.has_fee && random.bernoulli(0.15)) {
                record.status = DossierStatus::financial_obligation;
            } else if (as_of - received <= 1 && random.bernoulli(0.5)) {
                record.status = DossierStatus::received;
            } else {
                record.status = DossierStatus::processing;
            }
            paused = std::min(paused, as_of - received);
            late = supplements >= 2 || as_of > due;
        } else {
            late = supplements >= 2 || effective_end > due;
            record.ended = date_of(ended);
            const int delay = std::min(random.uniform_int(0, 3), random.uniform_int(0, 3));
            const int returned = working_days.add(ended, delay);
            if (random.bernoulli(k_not_collected_share) || returned > as_of) {
                record.status = DossierStatus::processed;
            } else {
                record.status = DossierStatus::returned;
                record.returned = date_of(returned);
            }
            record.electronic_result =
                procedure.issues_result && random.bernoulli(k_electronic_result_share);
        }
        if (!counted) {
            supplements = 0;
            paused = 0;
        }
        if (counted && due_written) {
            record.due = date_of(due);
        }
        record.supplement_requests = supplements;
        record.paused_days = paused;

        if (counted && procedure.has_fee && procedure.online_payment_ready &&
            random.bernoulli(k_paid_online_share)) {
            record.paid_online = random.bernoulli(0.55) ? OnlinePayment::national_portal
                                                        : OnlinePayment::provincial_gateway;
        }
        record.digitised = random.bernoulli(k_digitised_share);
        record.reused = random.bernoulli(k_reused_share);

        // The apology letter for a late dossier: mostly issued by the due date, some after it.
        if (late && random.bernoulli(k_apology_share)) {
            const int latest = record.ended ? ended : as_of;
            int apologised = 0;
            if (latest > due && !random.bernoulli(k_apology_in_time_share)) {
                apologised = random.uniform_int(due + 1, latest);
            } else {
                apologised = std::max(received, std::min(due - random.uniform_int(0, 2), latest));
            }
            record.apologised = date_of(apologised);
        }
        record.complained = random.bernoulli(late ? 0.03 : 0.003);
        emit(record);
    }
}

}  // namespace parindex
