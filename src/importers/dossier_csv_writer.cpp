#include "importers/dossier_csv_writer.hpp"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "core/csv_text.hpp"

namespace parindex {

namespace {

// Section 1's columns, in the table's order.
constexpr std::string_view k_dossier_header =
    "MaHoSo,DonViXuLy,MaTTHC,TenTTHC,MaLinhVuc,KenhThucHien,NgayTiepNhan,NgayHenTra,"
    "NgayKetThucXuLy,NgayTra,TrangThaiHoSo,SoLanBoSung,SoNgayBoSung,DuocThanhToanTrucTuyen,"
    "HoSoCoThanhPhanSoHoa,DuocTaiSuDung,CoKetQuaDienTu,NgayXinLoi,CoPAKN\n";

// Section 2's columns, in the table's order.
constexpr std::string_view k_procedure_header =
    "MaTTHC,TenTTHC,MaLinhVuc,MucDo,CoPhiLePhi,CoThanhToanTrucTuyen,YeuCauKetQua,ThoiHanNgay\n";

void append_int(std::string& line, long long value) {
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    static_cast<void>(error);  // 24 characters hold any long long
    line.append(buffer, end);
}

void put_digits(char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// yyyy-mm-dd (a date alone means 00:00, docs/dossiers.md section 1).
void append_date(std::string& line, const CivilDate& date) {
    char buffer[10];
    put_digits(buffer, date.year(), 4);
    buffer[4] = '-';
    put_digits(buffer + 5, date.month(), 2);
    buffer[7] = '-';
    put_digits(buffer + 8, date.day(), 2);
    line.append(buffer, sizeof buffer);
}

void append_date(std::string& line, const std::optional<CivilDate>& date) {
    if (date) {
        append_date(line, *date);
    }
}

void append_flag(std::string& line, bool value) {
    line.push_back(value ? '1' : '0');
}

void write_line(std::ostream& out, const std::string& line) {
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

}  // namespace

void write_dossier_csv_header(std::ostream& out) {
    out.write(k_dossier_header.data(), static_cast<std::streamsize>(k_dossier_header.size()));
}

void write_dossier_csv_row(std::ostream& out, const DossierRecord& dossier) {
    // One buffer per thread, reused: a benchmark writes millions of rows.
    thread_local std::string line;
    line.clear();
    append_csv_field(line, dossier.code);
    line.push_back(',');
    append_csv_field(line, dossier.unit_code);
    line.push_back(',');
    append_csv_field(line, dossier.procedure_code);
    line.push_back(',');
    append_csv_field(line, dossier.procedure_name);
    line.push_back(',');
    append_csv_field(line, dossier.field_code);
    line.push_back(',');
    append_int(line, static_cast<int>(dossier.channel));
    line.push_back(',');
    append_date(line, dossier.received);
    line.push_back(',');
    append_date(line, dossier.due);
    line.push_back(',');
    append_date(line, dossier.ended);
    line.push_back(',');
    append_date(line, dossier.returned);
    line.push_back(',');
    append_int(line, static_cast<int>(dossier.status));
    line.push_back(',');
    append_int(line, dossier.supplement_requests);
    line.push_back(',');
    append_int(line, dossier.paused_days);
    line.push_back(',');
    append_int(line, static_cast<int>(dossier.paid_online));
    line.push_back(',');
    append_flag(line, dossier.digitised);
    line.push_back(',');
    append_flag(line, dossier.reused);
    line.push_back(',');
    append_flag(line, dossier.electronic_result);
    line.push_back(',');
    append_date(line, dossier.apologised);
    line.push_back(',');
    append_flag(line, dossier.complained);
    line.push_back('\n');
    write_line(out, line);
}

void write_procedure_csv(std::ostream& out, const std::vector<Procedure>& procedures) {
    out.write(k_procedure_header.data(), static_cast<std::streamsize>(k_procedure_header.size()));
    std::string line;
    for (const Procedure& procedure : procedures) {
        line.clear();
        append_csv_field(line, procedure.code);
        line.push_back(',');
        append_csv_field(line, procedure.name);
        line.push_back(',');
        append_csv_field(line, procedure.field_code);
        line.push_back(',');
        append_int(line, static_cast<int>(procedure.level));
        line.push_back(',');
        append_flag(line, procedure.has_fee);
        line.push_back(',');
        append_flag(line, procedure.online_payment_ready);
        line.push_back(',');
        append_flag(line, procedure.issues_result);
        line.push_back(',');
        if (procedure.time_limit_days) {
            append_int(line, *procedure.time_limit_days);
        }
        line.push_back('\n');
        write_line(out, line);
    }
}

}  // namespace parindex
