#include "importers/dossier_rows.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    const auto made = CivilDate::create(year, month, day);
    EXPECT_TRUE(made.has_value());
    return made.value_or(CivilDate::last_day_of_month(1970, 1));
}

const Location k_header_at{"hoso.csv", 1, {}};

// The map of a header row; fails the test when the header is refused.
ColumnMap header(const std::vector<std::string_view>& names,
                 std::vector<Diagnostic>* warnings = nullptr) {
    std::vector<Diagnostic> ignored;
    auto map = ColumnMap::from_header(dossier_columns(), names, k_header_at,
                                      warnings != nullptr ? *warnings : ignored);
    EXPECT_TRUE(map.has_value()) << (map ? "" : describe(map.error()));
    return map ? *std::move(map) : ColumnMap(dossier_columns());
}

// Every dossier column, in the documented order.
const std::vector<std::string_view> k_all_columns = {"MaHoSo",
                                                     "DonViXuLy",
                                                     "MaTTHC",
                                                     "TenTTHC",
                                                     "MaLinhVuc",
                                                     "KenhThucHien",
                                                     "NgayTiepNhan",
                                                     "NgayHenTra",
                                                     "NgayKetThucXuLy",
                                                     "NgayTra",
                                                     "TrangThaiHoSo",
                                                     "SoLanBoSung",
                                                     "SoNgayBoSung",
                                                     "DuocThanhToanTrucTuyen",
                                                     "HoSoCoThanhPhanSoHoa",
                                                     "DuocTaiSuDung",
                                                     "CoKetQuaDienTu",
                                                     "NgayXinLoi",
                                                     "CoPAKN"};

// A complete, valid row for k_all_columns.
std::vector<std::string_view> full_row() {
    return {"H12.34-250314-000123",
            "TTPVHCC",
            "2.000815",
            "Chứng thực bản sao",
            "G09-TP02",
            "2",
            "2025-03-14T08:30:00",
            "18/03/2025",
            "20250325100000",
            "26/03/2025 09:00",
            "10",
            "1",
            "4",
            "2",
            "1",
            "0",
            "1",
            "2025-03-17",
            "1"};
}

const Location k_row_at{"hoso.csv", 7, {}};

Result<DossierRecord> parse_full(std::size_t column, std::string_view value) {
    static const ColumnMap map = header(k_all_columns);
    std::vector<std::string_view> row = full_row();
    row[column] = value;
    return parse_dossier_row(map, row, k_row_at);
}

std::size_t column_index(std::string_view name) {
    for (std::size_t i = 0; i < k_all_columns.size(); ++i) {
        if (k_all_columns[i] == name) {
            return i;
        }
    }
    ADD_FAILURE() << name;
    return 0;
}

// The row fails on column `name` with value `value`, saying it expected `expected`.
void expect_value_error(std::string_view name, std::string_view value, Label expected) {
    const auto parsed = parse_full(column_index(name), value);
    ASSERT_FALSE(parsed.has_value()) << name << " = " << value;
    const Error& error = parsed.error();
    EXPECT_EQ(error.code, ErrorCode::invalid_input);
    EXPECT_EQ(error.detail.message, Label::error_dossier_value) << name;
    EXPECT_EQ(error.detail.where, (Location{"hoso.csv", 7, std::string(name)}));
    EXPECT_EQ(error.detail.args, (std::vector<std::string>{std::string(name), std::string(value),
                                                           std::string(label_text(expected))}));
    // The sentence a person reads names the line, the column, the value and the expected form.
    const std::string text = describe(error);
    EXPECT_NE(text.find(format_label(Label::location_line, {"7"})), std::string::npos) << text;
    EXPECT_NE(text.find(std::string(name)), std::string::npos) << text;
    EXPECT_NE(text.find(std::string(label_text(expected))), std::string::npos) << text;
}

TEST(DossierRows, ReadsACompleteRow) {
    const auto parsed = parse_full(0, "H12.34-250314-000123");
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    DossierRecord expected;
    expected.code = "H12.34-250314-000123";
    expected.unit_code = "TTPVHCC";
    expected.procedure_code = "2.000815";
    expected.procedure_name = "Chứng thực bản sao";
    expected.field_code = "G09-TP02";
    expected.channel = Channel::online;
    expected.received = date(2025, 3, 14);
    expected.due = date(2025, 3, 18);
    expected.ended = date(2025, 3, 25);
    expected.returned = date(2025, 3, 26);
    expected.status = DossierStatus::returned;
    expected.supplement_requests = 1;
    expected.paused_days = 4;
    expected.paid_online = OnlinePayment::provincial_gateway;
    expected.digitised = true;
    expected.reused = false;
    expected.electronic_result = true;
    expected.apologised = date(2025, 3, 17);
    expected.complained = true;
    EXPECT_EQ(*parsed, expected);
}

TEST(DossierRows, MatchesHeaderNamesCaseInsensitivelyInAnyOrder) {
    std::vector<Diagnostic> warnings;
    const ColumnMap map =
        header({"trangthaihoso", " NGAYTIEPNHAN ", "kenhThucHien", "MATTHC", "donvixuly", "mahoso"},
               &warnings);
    EXPECT_TRUE(warnings.empty());
    const std::vector<std::string_view> row = {"4", "14/03/2025", "1", "1.001193", "P-TP", "H1"};
    const auto parsed = parse_dossier_row(map, row, k_row_at);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->code, "H1");
    EXPECT_EQ(parsed->unit_code, "P-TP");
    EXPECT_EQ(parsed->procedure_code, "1.001193");
    EXPECT_EQ(parsed->channel, Channel::in_person);
    EXPECT_EQ(parsed->received, date(2025, 3, 14));
    EXPECT_EQ(parsed->status, DossierStatus::processing);
}

TEST(DossierRows, WarnsAboutAnUnknownColumn) {
    std::vector<Diagnostic> warnings;
    const ColumnMap map = header({"MaHoSo", "DonViXuLy", "MaTTHC", "GhiChu", "KenhThucHien",
                                  "NgayTiepNhan", "TrangThaiHoSo"},
                                 &warnings);
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings[0], (Diagnostic{Label::warning_unknown_column, {"GhiChu"}, k_header_at}));
    // The unknown column's cell is skipped, the others are read from their own positions.
    const std::vector<std::string_view> row = {"H1", "U1", "P1", "anything", "3", "20250314", "2"};
    const auto parsed = parse_dossier_row(map, row, k_row_at);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->channel, Channel::post);
    EXPECT_EQ(parsed->status, DossierStatus::received);
}

TEST(DossierRows, RefusesAHeaderWithoutARequiredColumn) {
    std::vector<Diagnostic> warnings;
    const std::vector<std::string_view> names = {"MaHoSo", "DonViXuLy", "MaTTHC", "KenhThucHien",
                                                 "TrangThaiHoSo"};
    const auto map = ColumnMap::from_header(dossier_columns(), names, k_header_at, warnings);
    ASSERT_FALSE(map.has_value());
    EXPECT_EQ(map.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(map.error().detail,
              (Diagnostic{Label::error_missing_column, {"NgayTiepNhan"}, k_header_at}));
}

TEST(DossierRows, RefusesAHeaderWithAColumnTwice) {
    std::vector<Diagnostic> warnings;
    const std::vector<std::string_view> names = {
        "MaHoSo", "DonViXuLy", "MaTTHC", "KenhThucHien", "NgayTiepNhan", "TrangThaiHoSo", "mahoso"};
    const auto map = ColumnMap::from_header(dossier_columns(), names, k_header_at, warnings);
    ASSERT_FALSE(map.has_value());
    EXPECT_EQ(map.error().detail.message, Label::error_duplicate_column);
}

TEST(DossierRows, TurnsADecomposedNameIntoNfc) {
    // "Chứng thực" decomposed: u + horn + acute, u + horn + dot below.
    const std::string nfd = "Chu\xCC\x9B\xCC\x81ng thu\xCC\x9B\xCC\xA3\x63";
    ASSERT_FALSE(is_nfc(nfd));
    const auto parsed = parse_full(column_index("TenTTHC"), nfd);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    // Precomposed: U+1EE9 and U+1EF1.
    EXPECT_EQ(parsed->procedure_name, "Ch\xE1\xBB\xA9ng th\xE1\xBB\xB1\x63");
    EXPECT_TRUE(is_nfc(parsed->procedure_name));
}

TEST(DossierRows, TrimsCells) {
    const auto parsed = parse_full(column_index("MaHoSo"), "  H1\t");
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->code, "H1");
}

TEST(DossierRows, AnEmptyRequiredNumberIsMissingRatherThanInvalid) {
    for (const std::string_view name : {"KenhThucHien", "TrangThaiHoSo"}) {
        const auto parsed = parse_full(column_index(name), "");
        ASSERT_FALSE(parsed.has_value()) << name;
        EXPECT_EQ(parsed.error().detail.message, Label::error_dossier_required) << name;
        EXPECT_EQ(parsed.error().detail.where, (Location{"hoso.csv", 7, std::string(name)}));
    }
}

TEST(DossierRows, NamesTheLineColumnAndExpectedFormOfABadValue) {
    expect_value_error("KenhThucHien", "4", Label::expect_channel);
    expect_value_error("NgayTiepNhan", "2025-13-01", Label::expect_datetime);
    expect_value_error("NgayHenTra", "32/01/2025", Label::expect_datetime);
    expect_value_error("NgayKetThucXuLy", "hôm qua", Label::expect_datetime);
    expect_value_error("NgayTra", "2025031408", Label::expect_datetime);
    expect_value_error("NgayXinLoi", "17.03.2025", Label::expect_datetime);
    expect_value_error("TrangThaiHoSo", "11", Label::expect_status);
    expect_value_error("TrangThaiHoSo", "0", Label::expect_status);
    expect_value_error("SoLanBoSung", "-1", Label::expect_count);
    expect_value_error("SoNgayBoSung", "ba", Label::expect_count);
    expect_value_error("DuocThanhToanTrucTuyen", "3", Label::expect_payment);
    expect_value_error("HoSoCoThanhPhanSoHoa", "2", Label::expect_flag);
    expect_value_error("DuocTaiSuDung", "có", Label::expect_flag);
    expect_value_error("CoKetQuaDienTu", "1.0", Label::expect_flag);
    expect_value_error("CoPAKN", "-1", Label::expect_flag);
}

TEST(DossierRows, NamesAnEmptyRequiredColumn) {
    for (const std::string_view name : {"MaHoSo", "DonViXuLy", "MaTTHC", "NgayTiepNhan"}) {
        const auto parsed = parse_full(column_index(name), "");
        ASSERT_FALSE(parsed.has_value()) << name;
        EXPECT_EQ(parsed.error().detail, (Diagnostic{Label::error_dossier_required,
                                                     {std::string(name)},
                                                     Location{"hoso.csv", 7, std::string(name)}}));
    }
}

TEST(DossierRows, RefusesATerminalStatusWithoutAnEnd) {
    const ColumnMap map = header({"MaHoSo", "DonViXuLy", "MaTTHC", "KenhThucHien", "NgayTiepNhan",
                                  "NgayKetThucXuLy", "TrangThaiHoSo"});
    for (const std::string_view status : {"7", "8", "9", "10"}) {
        const std::vector<std::string_view> row = {"H1", "U1", "P1", "1", "14/03/2025", "", status};
        const auto parsed = parse_dossier_row(map, row, k_row_at);
        ASSERT_FALSE(parsed.has_value()) << status;
        EXPECT_EQ(parsed.error().detail, (Diagnostic{Label::error_dossier_no_end,
                                                     {std::string(status)},
                                                     Location{"hoso.csv", 7, "NgayKetThucXuLy"}}));
    }
    // A pending status needs no end.
    const std::vector<std::string_view> open = {"H1", "U1", "P1", "1", "14/03/2025", "", "5"};
    EXPECT_TRUE(parse_dossier_row(map, open, k_row_at).has_value());
}

TEST(DossierRows, RefusesAnEndBeforeTheReceipt) {
    const auto parsed = parse_full(column_index("NgayKetThucXuLy"), "13/03/2025 17:00");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().detail, (Diagnostic{Label::error_dossier_end_before_receipt,
                                                 {"13/03/2025", "14/03/2025"},
                                                 Location{"hoso.csv", 7, "NgayKetThucXuLy"}}));
    // The same day is fine: dates are compared, not times.
    EXPECT_TRUE(parse_full(column_index("NgayKetThucXuLy"), "14/03/2025 07:00").has_value());
}

TEST(DossierRows, RefusesADueDateBeforeTheReceipt) {
    const auto parsed = parse_full(column_index("NgayHenTra"), "2025-03-13");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().detail, (Diagnostic{Label::error_dossier_due_before_receipt,
                                                 {"13/03/2025", "14/03/2025"},
                                                 Location{"hoso.csv", 7, "NgayHenTra"}}));
}

TEST(DossierRows, DefaultsAbsentOptionalColumns) {
    const ColumnMap map =
        header({"MaHoSo", "DonViXuLy", "MaTTHC", "KenhThucHien", "NgayTiepNhan", "TrangThaiHoSo"});
    const std::vector<std::string_view> row = {"H1", "U1", "P1", "2", "2025-03-14", "4"};
    const auto parsed = parse_dossier_row(map, row, k_row_at);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->procedure_name, "");
    EXPECT_EQ(parsed->field_code, "");
    EXPECT_EQ(parsed->due, std::nullopt);
    EXPECT_EQ(parsed->ended, std::nullopt);
    EXPECT_EQ(parsed->returned, std::nullopt);
    EXPECT_EQ(parsed->apologised, std::nullopt);
    EXPECT_EQ(parsed->supplement_requests, 0);
    EXPECT_EQ(parsed->paused_days, 0);
    EXPECT_EQ(parsed->paid_online, OnlinePayment::none);
    EXPECT_FALSE(parsed->digitised);
    EXPECT_FALSE(parsed->reused);
    EXPECT_FALSE(parsed->electronic_result);
    EXPECT_FALSE(parsed->complained);
}

TEST(DossierRows, DefaultsEmptyOptionalCells) {
    const ColumnMap map = header(k_all_columns);
    std::vector<std::string_view> row = full_row();
    for (const std::string_view name :
         {"TenTTHC", "MaLinhVuc", "NgayHenTra", "NgayTra", "SoLanBoSung", "SoNgayBoSung",
          "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "DuocTaiSuDung", "CoKetQuaDienTu",
          "NgayXinLoi", "CoPAKN"}) {
        row[column_index(name)] = "";
    }
    // A short row: the missing trailing cells read as empty too.
    row.pop_back();
    const auto parsed = parse_dossier_row(map, row, k_row_at);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->due, std::nullopt);
    EXPECT_EQ(parsed->ended, date(2025, 3, 25));
    EXPECT_EQ(parsed->supplement_requests, 0);
    EXPECT_EQ(parsed->paid_online, OnlinePayment::none);
    EXPECT_FALSE(parsed->complained);
}

TEST(ProcedureRows, ReadsACatalogueRowWithDefaults) {
    std::vector<Diagnostic> warnings;
    const std::vector<std::string_view> names = {"MaTTHC", "TenTTHC", "MucDo", "CoPhiLePhi"};
    const auto map = ColumnMap::from_header(procedure_columns(), names, k_header_at, warnings);
    ASSERT_TRUE(map.has_value());
    const std::vector<std::string_view> row = {"1.001193", "Đăng ký khai sinh", "4", "1"};
    const auto parsed = parse_procedure_row(*map, row, k_row_at);
    ASSERT_TRUE(parsed.has_value()) << describe(parsed.error());
    EXPECT_EQ(parsed->code, "1.001193");
    EXPECT_EQ(parsed->level, OnlineLevel::fully_online);
    EXPECT_TRUE(parsed->has_fee);
    EXPECT_FALSE(parsed->online_payment_ready);  // CoThanhToanTrucTuyen absent: 0
    EXPECT_TRUE(parsed->issues_result);          // YeuCauKetQua absent: 1
    EXPECT_EQ(parsed->time_limit_days, std::nullopt);
    EXPECT_TRUE(parsed->in_catalogue);
    const std::vector<std::string_view> bad_level = {"1.001193", "Đăng ký khai sinh", "5", "1"};
    const auto refused = parse_procedure_row(*map, bad_level, k_row_at);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().detail.where, (Location{"hoso.csv", 7, "MucDo"}));
}

}  // namespace
}  // namespace parindex
