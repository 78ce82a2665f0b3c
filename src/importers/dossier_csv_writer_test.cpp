#include "importers/dossier_csv_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace parindex {
namespace {

CivilDate date(int year, int month, int day) {
    return *CivilDate::create(year, month, day);
}

DossierRecord finished_dossier() {
    DossierRecord dossier;
    dossier.code = "H12.34-250314-000123";
    dossier.unit_code = "TTPVHCC";
    dossier.procedure_code = "2.000815";
    dossier.procedure_name = "Chứng thực \"bản sao\" từ bản chính, giấy tờ";
    dossier.field_code = "G09-TP02";
    dossier.channel = Channel::online;
    dossier.received = date(2025, 3, 14);
    dossier.due = date(2025, 3, 18);
    dossier.ended = date(2025, 3, 25);
    dossier.returned = date(2025, 3, 26);
    dossier.status = DossierStatus::returned;
    dossier.supplement_requests = 1;
    dossier.paused_days = 4;
    dossier.paid_online = OnlinePayment::provincial_gateway;
    dossier.digitised = true;
    dossier.reused = false;
    dossier.electronic_result = true;
    dossier.apologised = date(2025, 3, 17);
    dossier.complained = true;
    return dossier;
}

TEST(DossierCsvWriter, HeaderListsEveryColumnInTheDocumentsOrder) {
    std::ostringstream out;
    write_dossier_csv_header(out);
    EXPECT_EQ(out.str(),
              "MaHoSo,DonViXuLy,MaTTHC,TenTTHC,MaLinhVuc,KenhThucHien,NgayTiepNhan,NgayHenTra,"
              "NgayKetThucXuLy,NgayTra,TrangThaiHoSo,SoLanBoSung,SoNgayBoSung,"
              "DuocThanhToanTrucTuyen,HoSoCoThanhPhanSoHoa,DuocTaiSuDung,CoKetQuaDienTu,"
              "NgayXinLoi,CoPAKN\n");
}

TEST(DossierCsvWriter, QuotesANameWithACommaAndAQuote) {
    std::ostringstream out;
    write_dossier_csv_row(out, finished_dossier());
    EXPECT_EQ(out.str(),
              "H12.34-250314-000123,TTPVHCC,2.000815,"
              "\"Chứng thực \"\"bản sao\"\" từ bản chính, giấy tờ\",G09-TP02,2,"
              "2025-03-14,2025-03-18,2025-03-25,2025-03-26,10,1,4,2,1,0,1,2025-03-17,1\n");
}

TEST(DossierCsvWriter, LeavesMissingDatesEmpty) {
    DossierRecord dossier;
    dossier.code = "H12.34-251231-000001";
    dossier.unit_code = "P-KT";
    dossier.procedure_code = "1.004227";
    dossier.procedure_name = "Đăng ký thành lập hộ kinh doanh";
    dossier.received = date(2025, 12, 31);
    dossier.status = DossierStatus::processing;
    std::ostringstream out;
    write_dossier_csv_row(out, dossier);
    EXPECT_EQ(out.str(),
              "H12.34-251231-000001,P-KT,1.004227,Đăng ký thành lập hộ kinh doanh,,1,"
              "2025-12-31,,,,4,0,0,0,0,0,0,,0\n");
}

TEST(DossierCsvWriter, QuotesCarriageReturnsAndLineFeeds) {
    DossierRecord dossier = finished_dossier();
    dossier.procedure_name = "dòng một\r\ndòng hai";
    dossier.unit_code = "P-\"VH\"";
    std::ostringstream out;
    write_dossier_csv_row(out, dossier);
    EXPECT_EQ(out.str(),
              "H12.34-250314-000123,\"P-\"\"VH\"\"\",2.000815,\"dòng một\r\ndòng hai\",G09-TP02,2,"
              "2025-03-14,2025-03-18,2025-03-25,2025-03-26,10,1,4,2,1,0,1,2025-03-17,1\n");
}

TEST(DossierCsvWriter, WritesTheCatalogueWithItsHeader) {
    Procedure birth;
    birth.code = "1.001193";
    birth.name = "Đăng ký khai sinh";
    birth.field_code = "G09-TP01";
    birth.level = OnlineLevel::fully_online;
    birth.has_fee = false;
    birth.online_payment_ready = false;
    birth.issues_result = true;
    birth.time_limit_days = 1;
    Procedure notice;
    notice.code = "1.012345";
    notice.name = "Thông báo tổ chức lễ hội, cấp xã";
    notice.field_code = "G09-VH01";
    notice.level = OnlineLevel::information;
    notice.has_fee = true;
    notice.online_payment_ready = true;
    notice.issues_result = false;
    std::ostringstream out;
    write_procedure_csv(out, {birth, notice});
    EXPECT_EQ(out.str(),
              "MaTTHC,TenTTHC,MaLinhVuc,MucDo,CoPhiLePhi,CoThanhToanTrucTuyen,YeuCauKetQua,"
              "ThoiHanNgay\n"
              "1.001193,Đăng ký khai sinh,G09-TP01,4,0,0,1,1\n"
              "1.012345,\"Thông báo tổ chức lễ hội, cấp xã\",G09-VH01,2,1,1,0,\n");
}

TEST(DossierCsvWriter, WritesAnEmptyCatalogueAsItsHeader) {
    std::ostringstream out;
    write_procedure_csv(out, {});
    EXPECT_EQ(out.str(),
              "MaTTHC,TenTTHC,MaLinhVuc,MucDo,CoPhiLePhi,CoThanhToanTrucTuyen,YeuCauKetQua,"
              "ThoiHanNgay\n");
}

}  // namespace
}  // namespace parindex
