#include "domain/target_extraction.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/labels.hpp"
#include "core/text.hpp"
#include "domain/target.hpp"

namespace parindex {

// gtest finds this by argument-dependent lookup, so a failing comparison shows the fields of
// each target instead of its bytes.
void PrintTo(const Target& target, std::ostream* out) {  // NOLINT(readability-identifier-naming)
    *out << "{" << comparator_code(target.comparator);
    *out << " value=" << (target.value ? std::to_string(*target.value) : "none");
    *out << " unit='" << target.unit << "'";
    if (target.reference_year) {
        *out << " year=" << *target.reference_year;
    }
    *out << " label='" << target.label << "'}";
}

namespace {

// --- Building expected targets ---------------------------------------------------------------

Target make_target(Comparator comparator, std::optional<double> value, std::string unit,
                   std::optional<int> reference_year, std::string label) {
    Target target;
    target.label = std::move(label);
    target.comparator = comparator;
    target.value = value;
    target.unit = std::move(unit);
    target.reference_year = reference_year;
    target.origin = TargetOrigin::extracted;
    return target;
}

Target percent(Comparator comparator, double value, std::string label) {
    return make_target(comparator, value, "%", std::nullopt, std::move(label));
}

Target at_least_percent(double value, std::string label) {
    return percent(Comparator::greater_or_equal, value, std::move(label));
}

Target counted(Comparator comparator, double value, std::string unit, std::string label) {
    return make_target(comparator, value, std::move(unit), std::nullopt, std::move(label));
}

Target none_of(std::string label) {
    return make_target(Comparator::equal, 0.0, "", std::nullopt, std::move(label));
}

Target versus_year(Comparator comparator, int year, std::string label) {
    return make_target(comparator, std::nullopt, "", year, std::move(label));
}

Target qualitative(std::string label) {
    return make_target(Comparator::qualitative, std::nullopt, "", std::nullopt, std::move(label));
}

void expect_targets(std::string_view requirement, const std::vector<Target>& expected,
                    bool has_unread_number = false) {
    const TargetExtraction extraction = extract_targets(requirement);
    EXPECT_EQ(extraction.targets, expected) << "requirement: " << requirement;
    EXPECT_EQ(extraction.has_unread_number, has_unread_number) << "requirement: " << requirement;
}

// --- Every task of the seed plan -------------------------------------------------------------

struct SeedTask {
    std::string_view code;
    std::string_view requirement;  // as the importer yields it (page breaks joined, HTML removed)
    std::vector<Target> targets;
    bool has_unread_number = false;
};

const Comparator ge = Comparator::greater_or_equal;

std::vector<SeedTask> seed_tasks() {
    return {
        {"1.1",
         "Sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng cấp xã",
         {qualitative("Sáng kiến, giải pháp được công nhận phạm vi ảnh hưởng cấp xã")}},
        {"1.2", "Hoàn thành 100% Kế hoạch", {at_least_percent(100, "Hoàn thành Kế hoạch")}},
        {"1.3",
         "100% số vấn đề qua kiểm tra được xử lý hoặc kiến nghị xử lý",
         {at_least_percent(100, "Số vấn đề qua kiểm tra được xử lý hoặc kiến nghị xử lý")}},
        {"1.4",
         "Hoàn thành 100% nhiệm vụ được giao",
         {at_least_percent(100, "Hoàn thành nhiệm vụ được giao")}},
        {"2.1.1",
         "Thực hiện công tác kiểm tra tình hình thi hành pháp luật tại các cơ quan, đơn vị",
         {qualitative(
             "Thực hiện công tác kiểm tra tình hình thi hành pháp luật tại các cơ quan, đơn vị")}},
        {"2.1.2",
         "Báo cáo kết quả theo dõi thi hành pháp luật; Ban hành đầy đủ văn bản xử lý/kiến nghị xử "
         "lý kết quả theo đổi thi hành pháp luật theo thẩm quyền",
         {qualitative("Báo cáo kết quả theo dõi thi hành pháp luật; Ban hành đầy đủ văn bản xử "
                      "lý/kiến nghị xử lý kết quả theo đổi thi hành pháp luật theo thẩm quyền")}},
        {"2.2.1",
         "Ban hành Quyết định công bố danh mục VB hết hiệu lực đảm bảo đúng về thời hạn theo quy "
         "định của Chính phủ",
         {qualitative("Ban hành Quyết định công bố danh mục VB hết hiệu lực đảm bảo đúng về thời "
                      "hạn theo quy định của Chính phủ")}},
        {"2.2.2",
         "Thực hiện rà soát và kiến nghị HĐND, UBND xử lý văn bản (ban hành các văn bản để bãi "
         "bỏ, sửa đổi, bổ sung, thay thế) và số hóa trên môi trường điện tử, cập nhật đầy đủ trên "
         "Cơ sở dữ liệu quốc gia về pháp luật",
         {qualitative("Thực hiện rà soát và kiến nghị HĐND, UBND xử lý văn bản (ban hành các văn "
                      "bản để bãi bỏ, sửa đổi, bổ sung, thay thế) và số hóa trên môi trường điện "
                      "tử, cập nhật đầy đủ trên Cơ sở dữ liệu quốc gia về pháp luật")}},
        {"2.3",
         "Đạt 100% số văn bản đã xử lý/kiến nghị xử lý",
         {at_least_percent(100, "Số văn bản đã xử lý/kiến nghị xử lý")}},
        {"3.1.1",
         "100% TTHC thuộc thẩm quyền giải quyết được công khai trên Trang TTĐT phường",
         {at_least_percent(
             100, "TTHC thuộc thẩm quyền giải quyết được công khai trên Trang TTĐT phường")}},
        {"3.1.2",
         "Công khai 100% tiến độ, kết quả giải quyết TTHC thuộc thẩm quyền trên Cổng dịch vụ công "
         "trực tuyến của tỉnh, Cổng dịch vụ công quốc gia",
         {at_least_percent(100,
                           "Công khai tiến độ, kết quả giải quyết TTHC thuộc thẩm quyền trên Cổng "
                           "dịch vụ công trực tuyến của tỉnh, Cổng dịch vụ công quốc gia")}},
        {"3.1.3",
         "100% TTHC thuộc thẩm quyền giải quyết được công khai tại nơi giải quyết TTHC theo quy "
         "định",
         {at_least_percent(100,
                           "TTHC thuộc thẩm quyền giải quyết được công khai tại nơi giải quyết "
                           "TTHC theo quy định")}},
        {"3.1.4",
         "100% TTHC nội bộ giữa các cơ quan hành chính nhà nước và trong từng cơ quan hành chính "
         "nhà nước được rà soát, cắt giảm thủ tục, thời gian giải quyết, chi phí.",
         {at_least_percent(100,
                           "TTHC nội bộ giữa các cơ quan hành chính nhà nước và trong từng cơ quan "
                           "hành chính nhà nước được rà soát, cắt giảm thủ tục, thời gian giải "
                           "quyết, chi phí")}},
        {"3.2.1",
         "Phần đầu tỷ lệ hồ sơ tiếp nhận được giải quyết đúng hạn đạt trên 90%",
         {percent(Comparator::greater, 90, "Tỷ lệ hồ sơ tiếp nhận được giải quyết đúng hạn")}},
        {"3.2.2",
         "100% hồ sơ giải quyết quá hạn phải có văn bản xin lỗi của Thủ trưởng các cơ quan, tổ "
         "chức, đơn vị thuộc UBND phường kịp thời, đúng quy định.",
         {at_least_percent(100,
                           "Hồ sơ giải quyết quá hạn phải có văn bản xin lỗi của Thủ trưởng các cơ "
                           "quan, tổ chức, đơn vị thuộc UBND phường kịp thời, đúng quy định")}},
        {"3.2.3",
         "Thực hiện cấp kết quả giải quyết TTHC điện tử và tái sử dụng kết quả giải quyết TTHC "
         "đạt từ 90% trở lên",
         {at_least_percent(90,
                           "Thực hiện cấp kết quả giải quyết TTHC điện tử và tái sử dụng kết quả "
                           "giải quyết TTHC")}},
        {"4.1.1",
         "100% các cơ quan chuyên môn, TTPVHCC được quy định chức năng, nhiệm vụ, quyền hạn, cơ "
         "cấu tổ chức đúng quy định",
         {at_least_percent(100,
                           "Các cơ quan chuyên môn, TTPVHCC được quy định chức năng, nhiệm vụ, "
                           "quyền hạn, cơ cấu tổ chức đúng quy định")}},
        {"4.1.2",
         "Thực hiện đúng quy định của Chính phủ và đảm bảo cơ cấu hợp lý",
         {qualitative("Thực hiện đúng quy định của Chính phủ và đảm bảo cơ cấu hợp lý")}},
        {"4.2.1",
         "Thực hiện các nhiệm vụ về phân cấp quản lý nhà nước theo đúng quy định tại Nghị quyết "
         "số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản "
         "lý nhà nước đối với các lĩnh vực và các quy định khác của các bộ, ngành về phân cấp "
         "quản lý nhà nước",
         {qualitative("Thực hiện các nhiệm vụ về phân cấp quản lý nhà nước theo đúng quy định tại "
                      "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, "
                      "phân quyền trong quản lý nhà nước đối với các lĩnh vực và các quy định "
                      "khác của các bộ, ngành về phân cấp quản lý nhà nước")}},
        {"4.2.2",
         "100% vấn đề qua kiểm tra thực hiện phân cấp được khắc phục và thể hiện rõ trong báo cáo "
         "kết quả",
         {at_least_percent(100,
                           "Vấn đề qua kiểm tra thực hiện phân cấp được khắc phục và thể hiện rõ "
                           "trong báo cáo kết quả")}},
        {"5.1",
         "Thực hiện đúng quy định về tuyển dụng công chức, viên chức khi được uỷ quyền, phân cấp",
         {qualitative("Thực hiện đúng quy định về tuyển dụng công chức, viên chức khi được uỷ "
                      "quyền, phân cấp")}},
        {"5.2",
         "Phấn đấu năm 2025, không có CBCCVV giữ chức vụ lãnh đạo, quản lý các cơ quan chuyên "
         "môn thuộc UBND bị kỷ luật",
         {none_of("CBCCVV giữ chức vụ lãnh đạo, quản lý các cơ quan chuyên môn thuộc UBND bị kỷ "
                  "luật")}},
        {"5.3",
         "Triển khai thực hiện công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2025",
         {qualitative("Triển khai thực hiện công tác đào tạo, bồi dưỡng cán bộ, công chức, viên "
                      "chức năm 2025")}},
        {"6.1.1",
         "Phấn đấu tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư ngân sách nhà nước theo quy định",
         {qualitative("Phấn đấu tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư ngân sách nhà nước "
                      "theo quy định")},
         true},
        {"6.1.2",
         "100% cơ quan, đơn vị thực hiện đúng quy định, không có sai phạm",
         {at_least_percent(100, "Cơ quan, đơn vị thực hiện đúng quy định"), none_of("Sai phạm")}},
        {"6.1.3",
         "Phấn đấu thực hiện tối thiểu từ 90% trở lên số tiền kiến nghị sau thanh tra, kiểm tra, "
         "kiểm toán nhà nước về tài chính, ngân sách được nộp ngân sách nhà nước theo quy định.",
         {at_least_percent(90,
                           "Thực hiện số tiền kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà "
                           "nước về tài chính, ngân sách được nộp ngân sách nhà nước theo quy "
                           "định")}},
        {"6.2.1",
         "Phối hợp thực hiện phương án sắp xếp lại, xử lý nhà đất, sắp xếp lại, xử lý tài sản "
         "công sau khi sắp xếp đơn vị hành chính",
         {qualitative("Phối hợp thực hiện phương án sắp xếp lại, xử lý nhà đất, sắp xếp lại, xử "
                      "lý tài sản công sau khi sắp xếp đơn vị hành chính")}},
        {"6.2.2",
         "Phối hợp thực hiện kiểm tra tại các cơ quan, đơn vị theo quy định",
         {qualitative("Phối hợp thực hiện kiểm tra tại các cơ quan, đơn vị theo quy định")}},
        {"6.3.1",
         "Phần đầu có ít nhất từ 01 đơn vị SNCL được giao tự bảo đảm một phần kinh phí chi "
         "thường xuyên",
         {counted(ge, 1, "đơn vị",
                  "Đơn vị SNCL được giao tự bảo đảm một phần kinh phí chi thường xuyên")}},
        {"6.3.2",
         "Phần đầu mức chi trực tiếp ngân sách nhà nước cho đơn vị SNCL trong năm 2025 giảm so "
         "với năm 2024",
         {versus_year(Comparator::decrease, 2024,
                      "Mức chi trực tiếp ngân sách nhà nước cho đơn vị SNCL trong năm 2025")}},
        {"7.1.1",
         "Phối hợp thực hiện kết nối với nền tảng điện toán đám mây Chính phủ qua ứng dụng nền "
         "tảng tích hợp, chia sẻ dữ liệu tính đảm bảo đầy đủ theo yêu cầu của Bộ Khoa học và "
         "Công nghệ",
         {qualitative("Phối hợp thực hiện kết nối với nền tảng điện toán đám mây Chính phủ qua "
                      "ứng dụng nền tảng tích hợp, chia sẻ dữ liệu tính đảm bảo đầy đủ theo yêu "
                      "cầu của Bộ Khoa học và Công nghệ")}},
        {"7.1.2",
         "Phối hợp thực hiện kết nối đầy đủ hệ thống có dữ liệu cung cấp dịch vụ chia sẻ dữ liệu "
         "trên NDXP (24 hệ thống) được đưa vào sử dụng chính thức",
         {counted(ge, 24, "hệ thống",
                  "Phối hợp thực hiện kết nối đầy đủ hệ thống có dữ liệu cung cấp dịch vụ chia sẻ "
                  "dữ liệu trên NDXP được đưa vào sử dụng chính thức")}},
        {"7.2.1",
         "100%/tổng số văn bản đi (trừ văn bản mật) được trao đổi giữa các cơ quan, đơn vị thuộc "
         "tỉnh",
         {at_least_percent(100,
                           "Tổng số văn bản đi (trừ văn bản mật) được trao đổi giữa các cơ quan, "
                           "đơn vị thuộc tỉnh")}},
        {"7.2.2",
         "100% cơ quan, đơn vị thuộc UBND phường có tỷ lệ xử lý văn bản, hồ sơ công việc đạt từ "
         "70% trở lên",
         {at_least_percent(100,
                           "Cơ quan, đơn vị thuộc UBND phường có tỷ lệ xử lý văn bản, hồ sơ công "
                           "việc"),
          at_least_percent(70, "Tỷ lệ xử lý văn bản, hồ sơ công việc")}},
        {"7.2.3",
         "100% cơ quan, đơn vị thuộc UBND phường được kết nối",
         {at_least_percent(100, "Cơ quan, đơn vị thuộc UBND phường được kết nối")}},
        {"7.3.1",
         "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thuộc thẩm quyền giải quyết của UBND phường là "
         "100% đối với các TTHC thuộc Danh mục hồ sơ phải số hóa.\n"
         "- Tỷ lệ cấp kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải quyết "
         "của UBND phường là 100% (không tính thủ tục chứng thực và kết hôn có yếu tố nước ngoài)",
         {at_least_percent(100,
                           "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thuộc thẩm quyền giải quyết của "
                           "UBND phường"),
          at_least_percent(100,
                           "Tỷ lệ cấp kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm "
                           "quyền giải quyết của UBND phường")}},
        {"7.3.2",
         "100% dịch vụ công đủ điều kiện lên trực tuyến toàn trình được cung cấp, tích hợp trên "
         "Cổng dịch vụ công trực tuyến quốc gia",
         {at_least_percent(100,
                           "Dịch vụ công đủ điều kiện lên trực tuyến toàn trình được cung cấp, "
                           "tích hợp trên Cổng dịch vụ công trực tuyến quốc gia")}},
        {"7.3.3",
         "Phần đầu tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 được xử lý đạt tỷ lệ 100%",
         {at_least_percent(100, "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 được xử lý")}},
        {"7.3.4",
         "Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%, tỷ lệ TTHC có phát sinh "
         "giao dịch thanh toán trực tuyến đạt 70% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 90%",
         {at_least_percent(100, "Tỷ lệ TTHC được triển khai thanh toán trực tuyến"),
          at_least_percent(70, "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến"),
          at_least_percent(90, "Tỷ lệ hồ sơ thanh toán trực tuyến")}},
        {"8.1.1",
         "Đẩy mạnh công tác tuyên truyền, truyền thông về kiểm soát TTHC, thực hiện cơ chế một "
         "cửa, một cửa liên thông; hướng dẫn thực hiện dịch vụ công trực tuyến; đầu tư, hoàn "
         "thiện cơ sở vật chất Trung tâm Phục vụ HCC phường",
         {qualitative("Đẩy mạnh công tác tuyên truyền, truyền thông về kiểm soát TTHC, thực hiện "
                      "cơ chế một cửa, một cửa liên thông; hướng dẫn thực hiện dịch vụ công trực "
                      "tuyến; đầu tư, hoàn thiện cơ sở vật chất Trung tâm Phục vụ HCC phường")}},
        {"8.1.2",
         "Tiếp tục rà soát, đơn giản hóa TTHC, thành phần hồ sơ, yêu cầu, điều kiện TTHC",
         {qualitative(
             "Tiếp tục rà soát, đơn giản hóa TTHC, thành phần hồ sơ, yêu cầu, điều kiện TTHC")}},
        {"8.1.3",
         "Nâng cao năng lực của công chức giải quyết TTHC; cải thiện tinh thần phục vụ, thái độ "
         "giao tiếp, ứng xử đúng quy định về văn hóa công vụ",
         {qualitative("Nâng cao năng lực của công chức giải quyết TTHC; cải thiện tinh thần phục "
                      "vụ, thái độ giao tiếp, ứng xử đúng quy định về văn hóa công vụ")}},
        {"8.1.4",
         "Rút ngắn thời gian giải quyết TTHC; giảm thời gian đi lại và nâng cao sự hài lòng của "
         "tổ chức, cá nhân",
         {qualitative("Rút ngắn thời gian giải quyết TTHC; giảm thời gian đi lại và nâng cao sự "
                      "hài lòng của tổ chức, cá nhân")}},
        {"8.1.5",
         "100% các cơ quan kịp thời giải quyết phản ánh, kiến nghị và công khai kết quả trả lời "
         "PAKN của cá nhân, tổ chức đúng quy định",
         {at_least_percent(100,
                           "Các cơ quan kịp thời giải quyết phản ánh, kiến nghị và công khai kết "
                           "quả trả lời PAKN của cá nhân, tổ chức đúng quy định")}},
        {"8.2",
         "Phấn đấu hoàn thành 100% chỉ tiêu phát triển kinh tế - xã hội",
         {at_least_percent(100, "Hoàn thành chỉ tiêu phát triển kinh tế - xã hội")}},
        {"9.1.1",
         "100% doanh nghiệp được khảo sát tiếp cận dễ dàng hệ thống văn bản pháp luật, cơ chế "
         "chính sách của nhà nước",
         {at_least_percent(100,
                           "Doanh nghiệp được khảo sát tiếp cận dễ dàng hệ thống văn bản pháp "
                           "luật, cơ chế chính sách của nhà nước")}},
        {"9.2.1",
         "Thực hiện đúng các quy định pháp luật về đấu thầu",
         {qualitative("Thực hiện đúng các quy định pháp luật về đấu thầu")}},
        {"9.3.1", "Thực hiện đúng quy định", {qualitative("Thực hiện đúng quy định")}},
        {"9.3.2",
         "Giải đáp trực tiếp hoặc trả lời tháo gỡ những kiến nghị bằng văn bản",
         {qualitative("Giải đáp trực tiếp hoặc trả lời tháo gỡ những kiến nghị bằng văn bản")}},
        {"9.3.3",
         "100% các địa phương triển khai kịp thời",
         {at_least_percent(100, "Các địa phương triển khai kịp thời")}},
    };
}

TEST(TargetExtractionSeed, ReadsEveryTaskOfThePlan) {
    const std::vector<SeedTask> tasks = seed_tasks();
    ASSERT_EQ(tasks.size(), 50U);
    for (const SeedTask& task : tasks) {
        SCOPED_TRACE(std::string(task.code));
        ASSERT_TRUE(is_nfc(task.requirement));
        expect_targets(task.requirement, task.targets, task.has_unread_number);
    }
}

TEST(TargetExtractionSeed, QualitativeTasksAreTheOnesWithoutANumber) {
    const std::vector<std::string_view> expected = {
        "1.1",   "2.1.1", "2.1.2", "2.2.1", "2.2.2", "4.1.2", "4.2.1", "5.1",   "5.3",   "6.1.1",
        "6.2.1", "6.2.2", "7.1.1", "8.1.1", "8.1.2", "8.1.3", "8.1.4", "9.2.1", "9.3.1", "9.3.2",
    };
    std::vector<std::string_view> actual;
    for (const SeedTask& task : seed_tasks()) {
        const TargetExtraction extraction = extract_targets(task.requirement);
        if (extraction.targets.size() == 1 &&
            extraction.targets.front().comparator == Comparator::qualitative) {
            actual.push_back(task.code);
        }
    }
    EXPECT_EQ(actual, expected);
}

// --- One rule at a time ----------------------------------------------------------------------

TEST(TargetExtractionRules, AboveIsStrictlyGreater) {
    expect_targets("Tỷ lệ hồ sơ đúng hạn đạt trên 90%",
                   {percent(Comparator::greater, 90, "Tỷ lệ hồ sơ đúng hạn")});
    expect_targets("Trên 95% hồ sơ được giải quyết đúng hạn",
                   {percent(Comparator::greater, 95, "Hồ sơ được giải quyết đúng hạn")});
}

TEST(TargetExtractionRules, BelowIsStrictlyLessAndLowerIsBetter) {
    const TargetExtraction extraction = extract_targets("Tỷ lệ hồ sơ trễ hạn dưới 5%");
    ASSERT_EQ(extraction.targets.size(), 1U);
    EXPECT_EQ(extraction.targets[0], percent(Comparator::less, 5, "Tỷ lệ hồ sơ trễ hạn"));
    EXPECT_TRUE(is_lower_better(extraction.targets[0]));
}

TEST(TargetExtractionRules, FromNPercentUpwardsIsAtLeast) {
    expect_targets("Tỷ lệ văn bản ký số từ 80% trở lên",
                   {at_least_percent(80, "Tỷ lệ văn bản ký số")});
    expect_targets("Phấn đấu tối thiểu từ 85% trở lên hồ sơ được số hóa",
                   {at_least_percent(85, "Hồ sơ được số hóa")});
    expect_targets("Tỷ lệ hồ sơ đạt ít nhất từ 75% trở lên", {at_least_percent(75, "Tỷ lệ hồ sơ")});
}

TEST(TargetExtractionRules, MinimumIsAtLeast) {
    expect_targets("Tỷ lệ hồ sơ được số hóa tối thiểu 60%",
                   {at_least_percent(60, "Tỷ lệ hồ sơ được số hóa")});
    expect_targets("Tỷ lệ hồ sơ được số hóa tối thiểu từ 65%",
                   {at_least_percent(65, "Tỷ lệ hồ sơ được số hóa")});
}

TEST(TargetExtractionRules, NoMoreThanAndAtMostAreLowerBetter) {
    const TargetExtraction no_more = extract_targets("Tỷ lệ hồ sơ trễ hạn không quá 5%");
    ASSERT_EQ(no_more.targets.size(), 1U);
    EXPECT_EQ(no_more.targets[0], percent(Comparator::less_or_equal, 5, "Tỷ lệ hồ sơ trễ hạn"));
    EXPECT_TRUE(is_lower_better(no_more.targets[0]));

    expect_targets("Tỷ lệ phản ánh quá hạn tối đa 2%",
                   {percent(Comparator::less_or_equal, 2, "Tỷ lệ phản ánh quá hạn")});
}

TEST(TargetExtractionRules, ReachAndIsAndBarePercentAreAtLeast) {
    expect_targets("Tỷ lệ hồ sơ trực tuyến đạt 90,5%",
                   {at_least_percent(90.5, "Tỷ lệ hồ sơ trực tuyến")});
    expect_targets("Tỷ lệ hồ sơ trực tuyến là 95%",
                   {at_least_percent(95, "Tỷ lệ hồ sơ trực tuyến")});
    expect_targets("Hồ sơ được số hóa đạt tỷ lệ 80%", {at_least_percent(80, "Hồ sơ được số hóa")});
    expect_targets("100% hồ sơ được số hóa", {at_least_percent(100, "Hồ sơ được số hóa")});
    expect_targets("Tỷ lệ hồ sơ đúng hạn: 95 %", {at_least_percent(95, "Tỷ lệ hồ sơ đúng hạn")});
}

TEST(TargetExtractionRules, LeadingVerbJoinsTheTextAfterTheNumber) {
    expect_targets("Hoàn thành 100% Kế hoạch", {at_least_percent(100, "Hoàn thành Kế hoạch")});
    expect_targets("Đạt 100% số văn bản đã xử lý", {at_least_percent(100, "Số văn bản đã xử lý")});
    expect_targets("Phấn đấu hoàn thành 100% chỉ tiêu",
                   {at_least_percent(100, "Hoàn thành chỉ tiêu")});
}

TEST(TargetExtractionRules, ScopeAfterTheNumberIsNotTheLabel) {
    expect_targets("Tỷ lệ hồ sơ số hóa là 100% đối với các TTHC phải số hóa",
                   {at_least_percent(100, "Tỷ lệ hồ sơ số hóa")});
    expect_targets("Tỷ lệ hồ sơ số hóa là 100% (không tính thủ tục chứng thực)",
                   {at_least_percent(100, "Tỷ lệ hồ sơ số hóa")});
}

TEST(TargetExtractionRules, CountedNounIsTheUnit) {
    expect_targets("Phấn đấu có ít nhất 01 đơn vị được giao tự chủ",
                   {counted(ge, 1, "đơn vị", "Đơn vị được giao tự chủ")});
    expect_targets("Tổ chức tối thiểu 02 cuộc đối thoại với doanh nghiệp",
                   {counted(ge, 2, "cuộc", "Tổ chức cuộc đối thoại với doanh nghiệp")});
    expect_targets("Ít nhất 3 hệ thống được kết nối",
                   {counted(ge, 3, "hệ thống", "Hệ thống được kết nối")});
}

TEST(TargetExtractionRules, ParenthesisedCountIsAtLeast) {
    expect_targets("Kết nối các hệ thống (12 hệ thống) với nền tảng chung",
                   {counted(ge, 12, "hệ thống", "Kết nối các hệ thống với nền tảng chung")});
}

TEST(TargetExtractionRules, DecreaseAndIncreaseCompareWithAYear) {
    const TargetExtraction decrease = extract_targets("Số vụ vi phạm giảm so với năm 2024");
    ASSERT_EQ(decrease.targets.size(), 1U);
    EXPECT_EQ(decrease.targets[0], versus_year(Comparator::decrease, 2024, "Số vụ vi phạm"));
    EXPECT_TRUE(is_lower_better(decrease.targets[0]));

    const TargetExtraction increase =
        extract_targets("Số doanh nghiệp thành lập mới tăng so với 2023");
    ASSERT_EQ(increase.targets.size(), 1U);
    EXPECT_EQ(increase.targets[0],
              versus_year(Comparator::increase, 2023, "Số doanh nghiệp thành lập mới"));
    EXPECT_FALSE(is_lower_better(increase.targets[0]));
}

TEST(TargetExtractionRules, NoneOfIsEqualToZeroAndLowerIsBetter) {
    const TargetExtraction extraction = extract_targets("Không có hồ sơ trễ hạn");
    ASSERT_EQ(extraction.targets.size(), 1U);
    EXPECT_EQ(extraction.targets[0], none_of("Hồ sơ trễ hạn"));
    EXPECT_TRUE(is_lower_better(extraction.targets[0]));
}

TEST(TargetExtractionRules, YearsAreNeverTargets) {
    expect_targets("Tỷ lệ hồ sơ năm 2025 đạt 95%", {at_least_percent(95, "Tỷ lệ hồ sơ năm 2025")});
    expect_targets("Số văn bản năm 2025 giảm so với năm 2024",
                   {versus_year(Comparator::decrease, 2024, "Số văn bản năm 2025")});
    expect_targets("Triển khai kế hoạch năm 2025", {qualitative("Triển khai kế hoạch năm 2025")});
    // A rate whose number went missing: "2025%" after "năm" is the year, not a threshold.
    expect_targets("Tỷ lệ giải ngân năm 2025 %", {qualitative("Tỷ lệ giải ngân năm 2025 %")}, true);
}

TEST(TargetExtractionRules, SeveralTargetsInOneClause) {
    expect_targets("Tỷ lệ A đạt 100%, tỷ lệ B đạt 70% và tỷ lệ C đạt trên 90%",
                   {at_least_percent(100, "Tỷ lệ A"), at_least_percent(70, "Tỷ lệ B"),
                    percent(Comparator::greater, 90, "Tỷ lệ C")});
}

TEST(TargetExtractionRules, ClausesSplitOnLinesAndSemicolons) {
    expect_targets(
        "Tỷ lệ A đạt 100%; tỷ lệ B không quá 5%",
        {at_least_percent(100, "Tỷ lệ A"), percent(Comparator::less_or_equal, 5, "Tỷ lệ B")});
    expect_targets("- Tỷ lệ A là 100%\n- Tỷ lệ B là 80%",
                   {at_least_percent(100, "Tỷ lệ A"), at_least_percent(80, "Tỷ lệ B")});
}

TEST(TargetExtractionRules, NoRuleGivesOneQualitativeTarget) {
    expect_targets("  Thực hiện đúng\nquy định  ", {qualitative("Thực hiện đúng quy định")});
    expect_targets("thực hiện đúng quy định", {qualitative("Thực hiện đúng quy định")});
}

TEST(TargetExtractionRules, UnreadRateIsFlagged) {
    expect_targets("Phấn đấu tỷ lệ giải ngân theo quy định",
                   {qualitative("Phấn đấu tỷ lệ giải ngân theo quy định")}, true);
    expect_targets("Giải ngân khoảng % kế hoạch", {qualitative("Giải ngân khoảng % kế hoạch")},
                   true);
    // A clause that was read does not hide another that mentions a rate without a number.
    expect_targets("Tỷ lệ A đạt 100%; tỷ lệ B theo quy định", {at_least_percent(100, "Tỷ lệ A")},
                   true);
}

TEST(TargetExtractionRules, NumbersInsideWordsAreNotRead) {
    expect_targets("Thực hiện theo Nghị quyết số 04/NQ-CP ngày 10/01/2022",
                   {qualitative("Thực hiện theo Nghị quyết số 04/NQ-CP ngày 10/01/2022")});
}

TEST(TargetExtractionRules, DecomposedInputReadsLikeComposed) {
    // "Tỷ lệ hồ sơ đạt trên 90%" in NFD: combining marks after the base letters.
    const std::string decomposed =
        "Ty\xCC\x89 le\xCC\xA3\xCC\x82 ho\xCC\x82\xCC\x80 so\xCC\x9B \xC4\x91"
        "a\xCC\xA3t tre\xCC\x82n 90%";
    ASSERT_FALSE(is_nfc(decomposed));
    const TargetExtraction from_nfd = extract_targets(decomposed);
    const TargetExtraction from_nfc = extract_targets(to_nfc(decomposed));
    EXPECT_EQ(from_nfd.targets, from_nfc.targets);
    ASSERT_EQ(from_nfc.targets.size(), 1U);
    EXPECT_EQ(from_nfc.targets[0].comparator, Comparator::greater);
}

TEST(TargetExtractionRules, OriginIsAlwaysExtracted) {
    for (const std::string_view text : {"Hoàn thành 100% Kế hoạch", "Thực hiện đúng quy định"}) {
        for (const Target& target : extract_targets(text).targets) {
            EXPECT_EQ(target.origin, TargetOrigin::extracted);
        }
    }
}

// --- Describing targets ----------------------------------------------------------------------

TEST(DescribeTarget, ShowsComparatorValueAndUnit) {
    EXPECT_EQ(describe_target(percent(Comparator::greater, 90, "x")), "> 90%");
    EXPECT_EQ(describe_target(at_least_percent(100, "x")), "≥ 100%");
    EXPECT_EQ(describe_target(at_least_percent(90.5, "x")), "≥ 90,5%");
    EXPECT_EQ(describe_target(percent(Comparator::less_or_equal, 5, "x")), "≤ 5%");
    EXPECT_EQ(describe_target(percent(Comparator::less, 2.25, "x")), "< 2,25%");
    EXPECT_EQ(describe_target(counted(ge, 1, "đơn vị", "x")), "≥ 1 đơn vị");
    EXPECT_EQ(describe_target(none_of("x")), "= 0");
}

TEST(DescribeTarget, ComparesWithAYearThroughTheLabels) {
    EXPECT_EQ(describe_target(versus_year(Comparator::decrease, 2024, "x")),
              format_label(Label::target_decrease, {"2024"}));
    EXPECT_EQ(describe_target(versus_year(Comparator::decrease, 2024, "x")),
              "giảm so với năm 2024");
    EXPECT_EQ(describe_target(versus_year(Comparator::increase, 2024, "x")),
              "tăng so với năm 2024");
}

TEST(DescribeTarget, QualitativeReadsTheLabel) {
    EXPECT_EQ(describe_target(qualitative("Thực hiện đúng quy định")),
              label_text(Label::target_qualitative));
}

TEST(ComparatorCode, RoundTripsEveryComparator) {
    const std::vector<std::pair<Comparator, std::string_view>> codes = {
        {Comparator::greater, "gt"},        {Comparator::greater_or_equal, "ge"},
        {Comparator::equal, "eq"},          {Comparator::less_or_equal, "le"},
        {Comparator::less, "lt"},           {Comparator::decrease, "decrease"},
        {Comparator::increase, "increase"}, {Comparator::qualitative, "qualitative"},
    };
    for (const auto& [comparator, code] : codes) {
        EXPECT_EQ(comparator_code(comparator), code);
        EXPECT_EQ(comparator_from_code(code), comparator);
    }
    EXPECT_EQ(comparator_from_code("GE"), std::nullopt);
    EXPECT_EQ(comparator_from_code(""), std::nullopt);
}

TEST(IsLowerBetter, FollowsTheComparator) {
    EXPECT_TRUE(is_lower_better(percent(Comparator::less, 5, "x")));
    EXPECT_TRUE(is_lower_better(percent(Comparator::less_or_equal, 5, "x")));
    EXPECT_TRUE(is_lower_better(versus_year(Comparator::decrease, 2024, "x")));
    EXPECT_TRUE(is_lower_better(none_of("x")));
    EXPECT_FALSE(is_lower_better(counted(Comparator::equal, 3, "đơn vị", "x")));
    EXPECT_FALSE(is_lower_better(percent(Comparator::greater, 90, "x")));
    EXPECT_FALSE(is_lower_better(at_least_percent(100, "x")));
    EXPECT_FALSE(is_lower_better(versus_year(Comparator::increase, 2024, "x")));
    EXPECT_FALSE(is_lower_better(qualitative("x")));
}

}  // namespace
}  // namespace parindex
