#include "importers/dossier_file_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    const auto made = CivilDate::create(year, month, day);
    EXPECT_TRUE(made.has_value());
    return made.value_or(CivilDate::last_day_of_month(1970, 1));
}

// A file in the temporary directory, named after the running test, removed at the end.
class TempFile {
  public:
    TempFile(std::string_view extension, std::string_view bytes) {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = std::filesystem::temp_directory_path() /
                 (std::string("parindex-") + test->test_suite_name() + "-" + test->name() +
                  std::string(extension));
        std::ofstream out(m_path, std::ios::binary);
        out << bytes;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    [[nodiscard]] std::string path() const { return m_path.string(); }
    [[nodiscard]] std::string name() const { return m_path.filename().string(); }

  private:
    std::filesystem::path m_path;
};

// What the visitor saw of one row.
struct Seen {
    int line = 0;
    std::optional<DossierRecord> record;
    std::optional<Error> error;
    std::string raw;
};

struct Reading {
    Result<std::vector<Diagnostic>> result;
    std::vector<Seen> rows;
};

Reading read(const std::string& path, TableFormat format) {
    Reading reading{std::vector<Diagnostic>{}, {}};
    reading.result = read_dossier_file(
        ReadOptions{path, format, {}, {}},
        [&](int line, Result<DossierRecord> record, std::string_view raw) -> Result<void> {
            Seen seen{line, std::nullopt, std::nullopt, std::string(raw)};
            if (record) {
                seen.record = std::move(*record);
            } else {
                seen.error = std::move(record).error();
            }
            reading.rows.push_back(std::move(seen));
            return {};
        });
    return reading;
}

TEST(DossierFileReader, ReadsCsvWithBomAndCrlf) {
    const TempFile file(".csv",
                        "\xEF\xBB\xBFMaHoSo,DonViXuLy,MaTTHC,TenTTHC,KenhThucHien,NgayTiepNhan,"
                        "NgayKetThucXuLy,TrangThaiHoSo\r\n"
                        "H1,U1,1.001193,\"Đăng ký khai sinh, có yếu tố\",2,14/03/2025 08:30,"
                        "18/03/2025,10\r\n"
                        "\r\n"
                        "H2,U2,1.001193,,1,2025-03-15,,4\r\n");
    const Reading reading = read(file.path(), TableFormat::csv);
    ASSERT_TRUE(reading.result.has_value()) << describe(reading.result.error());
    EXPECT_TRUE(reading.result->empty());
    // The blank line 3 is skipped.
    ASSERT_EQ(reading.rows.size(), 2U);
    EXPECT_EQ(reading.rows[0].line, 2);
    ASSERT_TRUE(reading.rows[0].record.has_value());
    EXPECT_EQ(reading.rows[0].record->code, "H1");  // the BOM is not part of the first name
    EXPECT_EQ(reading.rows[0].record->procedure_name, "Đăng ký khai sinh, có yếu tố");
    EXPECT_EQ(reading.rows[0].record->channel, Channel::online);
    EXPECT_EQ(reading.rows[0].record->received, date(2025, 3, 14));
    EXPECT_EQ(reading.rows[0].record->ended, date(2025, 3, 18));
    EXPECT_EQ(reading.rows[0].record->status, DossierStatus::returned);
    EXPECT_EQ(reading.rows[0].raw,
              "H1,U1,1.001193,\"Đăng ký khai sinh, có yếu tố\",2,14/03/2025 08:30,18/03/2025,10");
    EXPECT_EQ(reading.rows[1].line, 4);
    ASSERT_TRUE(reading.rows[1].record.has_value());
    EXPECT_EQ(reading.rows[1].record->unit_code, "U2");
    EXPECT_EQ(reading.rows[1].record->ended, std::nullopt);
}

TEST(DossierFileReader, PassesABadCsvRowOnAndGoesOn) {
    const TempFile file(".csv",
                        "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan,TrangThaiHoSo,Extra\n"
                        "H1,U1,P1,9,2025-03-14,4,x\n"
                        "H2,U1,P1,1,2025-03-14,4,y\n");
    const Reading reading = read(file.path(), TableFormat::csv);
    ASSERT_TRUE(reading.result.has_value()) << describe(reading.result.error());
    ASSERT_EQ(reading.result->size(), 1U);
    EXPECT_EQ((*reading.result)[0],
              (Diagnostic{Label::warning_unknown_column, {"Extra"}, Location{file.name(), 1, {}}}));
    ASSERT_EQ(reading.rows.size(), 2U);
    ASSERT_TRUE(reading.rows[0].error.has_value());
    EXPECT_EQ(reading.rows[0].error->detail.where, (Location{file.name(), 2, "KenhThucHien"}));
    EXPECT_EQ(reading.rows[0].raw, "H1,U1,P1,9,2025-03-14,4,x");  // for the rejects file
    EXPECT_TRUE(reading.rows[1].record.has_value());
}

TEST(DossierFileReader, StopsWhenTheVisitorFails) {
    const TempFile file(".csv",
                        "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan,TrangThaiHoSo\n"
                        "H1,U1,P1,9,2025-03-14,4\n"
                        "H2,U1,P1,1,2025-03-14,4\n");
    int visits = 0;
    const auto result = read_dossier_file(
        ReadOptions{file.path(), TableFormat::csv, {}, {}},
        [&](int /*line*/, Result<DossierRecord> record, std::string_view /*raw*/) -> Result<void> {
            ++visits;
            if (!record) {
                return tl::unexpected(std::move(record).error());
            }
            return {};
        });
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().detail.where.line, 2);
    EXPECT_EQ(visits, 1);
}

TEST(DossierFileReader, RefusesACsvWithoutARequiredColumn) {
    const TempFile file(".csv",
                        "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,TrangThaiHoSo\nH1,U1,P1,1,4\n");
    const Reading reading = read(file.path(), TableFormat::csv);
    ASSERT_FALSE(reading.result.has_value());
    EXPECT_EQ(
        reading.result.error().detail,
        (Diagnostic{Label::error_missing_column, {"NgayTiepNhan"}, Location{file.name(), 1, {}}}));
    EXPECT_TRUE(reading.rows.empty());
}

TEST(DossierFileReader, ReportsAnUnterminatedQuoteWithTheFileAndLine) {
    const TempFile file(".csv",
                        "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan,TrangThaiHoSo\n"
                        "H1,U1,P1,1,2025-03-14,4\n"
                        "H2,\"U1,P1,1,2025-03-14,4\n");
    const Reading reading = read(file.path(), TableFormat::csv);
    ASSERT_FALSE(reading.result.has_value());
    EXPECT_EQ(reading.result.error().detail.message, Label::error_csv_unterminated_quote);
    EXPECT_EQ(reading.result.error().detail.where, (Location{file.name(), 3, {}}));
    EXPECT_EQ(reading.rows.size(), 1U);
}

TEST(DossierFileReader, RefusesAnEmptyCsv) {
    const TempFile file(".csv", "");
    const Reading reading = read(file.path(), TableFormat::csv);
    ASSERT_FALSE(reading.result.has_value());
    EXPECT_EQ(reading.result.error().detail.message, Label::error_no_header);
}

TEST(DossierFileReader, ReadsJsonLinesWithPortalNames) {
    const TempFile file(
        ".jsonl",
        R"({"MaHoSo":"H1","DonViXuLy":"U1","MaTTHC":"1.001193","KenhThucHien":2,)"
        R"("NgayTiepNhan":20250314083000,"NgayHenTra":"20250320000000",)"
        R"("NgayKetThucXuLy":"20250318100000","TrangThaiHoSo":10,"SoLanBoSung":1,)"
        R"("SoNgayBoSung":3,"DuocThanhToanTrucTuyen":2,"CoKetQuaDienTu":true,"GhiChu":"x"})"
        "\n"
        R"({"MaHoSo":"H2","DonViXuLy":)"
        "\n"
        "   \n"
        R"({"mahoso":"H3","donvixuly":"U2","mattHC":"2.000815","kenhthuchien":1,)"
        R"("ngaytiepnhan":"2025-03-15T07:45:00","trangthaihoso":4,"NgayXinLoi":null,)"
        R"("GhiChu":"y"})"
        "\n");
    const Reading reading = read(file.path(), TableFormat::json_lines);
    ASSERT_TRUE(reading.result.has_value()) << describe(reading.result.error());
    // GhiChu is warned about once, at the first line that has it.
    ASSERT_EQ(reading.result->size(), 1U);
    EXPECT_EQ(
        (*reading.result)[0],
        (Diagnostic{Label::warning_unknown_column, {"GhiChu"}, Location{file.name(), 1, {}}}));
    // Line 3 is blank and skipped; line 2 is broken and reported as its own error.
    ASSERT_EQ(reading.rows.size(), 3U);
    EXPECT_EQ(reading.rows[0].line, 1);
    ASSERT_TRUE(reading.rows[0].record.has_value())
        << describe(reading.rows[0].error.value_or(Error{}));
    const DossierRecord& first = *reading.rows[0].record;
    EXPECT_EQ(first.code, "H1");
    EXPECT_EQ(first.channel, Channel::online);
    EXPECT_EQ(first.received, date(2025, 3, 14));
    EXPECT_EQ(first.due, date(2025, 3, 20));
    EXPECT_EQ(first.ended, date(2025, 3, 18));
    EXPECT_EQ(first.status, DossierStatus::returned);
    EXPECT_EQ(first.supplement_requests, 1);
    EXPECT_EQ(first.paused_days, 3);
    EXPECT_EQ(first.paid_online, OnlinePayment::provincial_gateway);
    EXPECT_TRUE(first.electronic_result);  // JSON true reads as 1

    EXPECT_EQ(reading.rows[1].line, 2);
    ASSERT_TRUE(reading.rows[1].error.has_value());
    EXPECT_EQ(reading.rows[1].error->detail.message, Label::error_json_line);
    EXPECT_EQ(reading.rows[1].error->detail.where, (Location{file.name(), 2, {}}));
    EXPECT_EQ(reading.rows[1].raw, R"({"MaHoSo":"H2","DonViXuLy":)");

    EXPECT_EQ(reading.rows[2].line, 4);
    ASSERT_TRUE(reading.rows[2].record.has_value())
        << describe(reading.rows[2].error.value_or(Error{}));
    EXPECT_EQ(reading.rows[2].record->code, "H3");
    EXPECT_EQ(reading.rows[2].record->procedure_code, "2.000815");
    EXPECT_EQ(reading.rows[2].record->received, date(2025, 3, 15));
    EXPECT_EQ(reading.rows[2].record->apologised, std::nullopt);  // null is empty
}

TEST(DossierFileReader, NamesTheLineOfABadJsonValue) {
    const TempFile file(".jsonl",
                        R"({"MaHoSo":"H1","DonViXuLy":"U1","MaTTHC":"P1","KenhThucHien":1,)"
                        R"("NgayTiepNhan":20250314,"TrangThaiHoSo":4})"
                        "\r\n"
                        R"({"MaHoSo":"H2","DonViXuLy":"U1","MaTTHC":"P1","KenhThucHien":1,)"
                        R"("NgayTiepNhan":2025031408,"TrangThaiHoSo":4})"
                        "\r\n"
                        "[1, 2]");
    const Reading reading = read(file.path(), TableFormat::json_lines);
    ASSERT_TRUE(reading.result.has_value()) << describe(reading.result.error());
    ASSERT_EQ(reading.rows.size(), 3U);
    EXPECT_TRUE(reading.rows[0].record.has_value());
    ASSERT_TRUE(reading.rows[1].error.has_value());
    EXPECT_EQ(reading.rows[1].error->detail.where, (Location{file.name(), 2, "NgayTiepNhan"}));
    // An array is valid JSON but not an object.
    ASSERT_TRUE(reading.rows[2].error.has_value());
    EXPECT_EQ(reading.rows[2].error->detail.message, Label::error_json_line);
    EXPECT_EQ(reading.rows[2].line, 3);
}

TEST(DossierFileReader, ReportsAnUnreadableFileAsAnIoError) {
    const std::string missing =
        (std::filesystem::temp_directory_path() / "parindex-no-such-dir" / "hoso.csv").string();
    for (const TableFormat format : {TableFormat::csv, TableFormat::json_lines}) {
        const Reading reading = read(missing, format);
        ASSERT_FALSE(reading.result.has_value());
        EXPECT_EQ(reading.result.error().code, ErrorCode::io);
        EXPECT_EQ(reading.result.error().detail.message, Label::error_file_unreadable);
        EXPECT_TRUE(reading.rows.empty());
    }
}

TEST(DossierFileReader, KnowsTheFormatFromTheExtension) {
    EXPECT_EQ(table_format_of("hoso.CSV"), TableFormat::csv);
    EXPECT_EQ(table_format_of("/tmp/hoso.xlsx"), TableFormat::xlsx);
    EXPECT_EQ(table_format_of("hoso.jsonl"), TableFormat::json_lines);
    EXPECT_EQ(table_format_of("hoso.ndjson"), TableFormat::json_lines);
    EXPECT_EQ(table_format_of("hoso.txt"), std::nullopt);
    EXPECT_EQ(table_format_from_code("jsonl"), TableFormat::json_lines);
    EXPECT_EQ(table_format_from_code("tsv"), std::nullopt);
}

}  // namespace
}  // namespace parindex
