#include "importers/plan_preamble.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "importers/plan_text_reader.hpp"

namespace parindex {
namespace {

std::string read_seed() {
    std::ifstream in(PARINDEX_SEED_PLAN, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(PlanPreambleSeed, ReadsTheBodyBetweenTheTitleAndNoiNhan) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading) << describe(reading.error());
    const std::string& body = reading->draft.info.body;
    EXPECT_TRUE(body.starts_with("Căn cứ Kế hoạch số 132/KH-UBND ngày 28 tháng 5 năm 2025"))
        << body.substr(0, 200);
    EXPECT_TRUE(
        body.ends_with("\nTrên đây là Kế hoạch duy trì, cải thiện và nâng cao Chỉ số cải "
                       "cách hành chính (Par Index) phường Bắc Kạn năm 2025. Trong quá "
                       "trình thực hiện nếu phát sinh vướng mắc, các cơ quan, đơn vị phản "
                       "ánh về UBND phường (qua phòng Văn hóa - Xã hội tổng hợp) xem xét, "
                       "giải quyết./."))
        << body.substr(body.size() - 300);
    EXPECT_EQ(body.find("\n\n"), std::string::npos) << "blank lines are dropped";
    EXPECT_EQ(body.find("Nơi nhận"), std::string::npos);
    EXPECT_EQ(body.find("Về việc duy trì"), std::string::npos) << "the title is not the body";
    EXPECT_NE(body.find("\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tiếp tục thực hiện"),
              std::string::npos);
    // Paragraphs, one per line: the seed's body has 32 of them.
    EXPECT_EQ(std::count(body.begin(), body.end(), '\n'), 31);
}

TEST(PlanPreambleSeed, ReadsTheRecipientsAsWrittenUpToTheSigner) {
    auto reading = read_plan_text(read_seed(), "seed.txt");
    ASSERT_TRUE(reading);
    const std::vector<std::string> expected = {
        "Gửi bản điện tử:",
        "- TT Đảng ủy phường;",
        "- TT. HĐND phường;",
        "- UBMTTQVN phường;",
        "- CT, PCT UBND;",
        "- Các phòng chuyên môn, TTPVHCC;",
        "- Các Đơn vị sự nghiệp công lập;",
        "- Trang TTĐT phường;",
        "- Lưu: VT, VHXX.(Trangnm)",
    };
    EXPECT_EQ(reading->draft.info.recipients, expected);
    EXPECT_EQ(reading->draft.info.signer_title, "CHỦ TỊCH");
    EXPECT_EQ(reading->draft.info.signer_name, "Đình Huy Hoàng");
}

TEST(PlanPreamble, ReadsEveryDetailOfADecree30Heading) {
    const PlanInfo info = read_plan_preamble({
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG BẮC KẠN",
        "Số: 15/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Kạn, ngày 15 tháng 9 năm 2025",
        "",
        "KẾ HOẠCH",
        "Về việc nâng cao Chỉ số cải cách hành chính năm 2025",
        "  Căn cứ Kế hoạch số 12/KH-UBND, Chủ tịch UBND phường Bắc Kạn ban hành Kế hoạch.  ",
        "",
        "I. MỤC ĐÍCH",
        "Nơi nhận: - Như trên;",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "Nguyễn Văn A",
        "PHỤ LỤC",
    });
    EXPECT_EQ(info.number, "15/KH-UBND");
    EXPECT_EQ(info.place_and_date, "Bắc Kạn, ngày 15 tháng 9 năm 2025");
    ASSERT_TRUE(info.issued_on.has_value());
    EXPECT_EQ(info.issued_on->to_iso(), "2025-09-15");
    EXPECT_EQ(info.title, "Về việc nâng cao Chỉ số cải cách hành chính năm 2025");
    EXPECT_EQ(info.year, 2025);
    EXPECT_EQ(info.issuing_body, "UBND phường Bắc Kạn");
    EXPECT_EQ(info.body,
              "Căn cứ Kế hoạch số 12/KH-UBND, Chủ tịch UBND phường Bắc Kạn ban hành Kế hoạch.\n"
              "I. MỤC ĐÍCH");
    EXPECT_EQ(info.recipients, (std::vector<std::string>{"- Như trên;", "- Lưu: VT."}));
    EXPECT_EQ(info.signer_title, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    EXPECT_EQ(info.signer_name, "Nguyễn Văn A");
}

TEST(PlanPreamble, StopsTheRecipientsAtTheAppendixHeadingWhenTheSignerCameFirst) {
    const PlanInfo info =
        read_plan_preamble({"KẾ HOẠCH", "Tiêu đề", "Nội dung", "CHỦ TỊCH", "Nguyễn Văn A",
                            "Nơi nhận:", "- Như trên;", "PHỤ LỤC", "PHÂN CÔNG THỰC HIỆN"});
    EXPECT_EQ(info.body, "Nội dung");
    EXPECT_EQ(info.recipients, (std::vector<std::string>{"- Như trên;"}));
}

TEST(PlanPreamble, LeavesBodyAndRecipientsEmptyWithoutThem) {
    const PlanInfo none = read_plan_preamble({});
    EXPECT_EQ(none, PlanInfo{});
    const PlanInfo title_only = read_plan_preamble({"PHỤ LỤC", "Kèm theo Kế hoạch năm 2025"});
    EXPECT_TRUE(title_only.body.empty());
    EXPECT_TRUE(title_only.recipients.empty());
}

}  // namespace
}  // namespace parindex
