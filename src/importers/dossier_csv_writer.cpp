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

void put_digits(char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

// One CSV line built field by field into a reused buffer, the separators in between; written
// to the stream in one call.
class CsvLine {
  public:
    explicit CsvLine(std::string& buffer) : m_line(buffer) { m_line.clear(); }

    CsvLine& text(std::string_view value) {
        separate();
        append_csv_field(m_line, value);
        return *this;
    }

    CsvLine& number(long long value) {
        separate();
        char buffer[24];
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
        static_cast<void>(error);  // 24 characters hold any long long
        m_line.append(buffer, end);
        return *this;
    }

    CsvLine& number(const std::optional<int>& value) { return value ? number(*value) : empty(); }

    CsvLine& flag(bool value) {
        separate();
        m_line.push_back(value ? '1' : '0');
        return *this;
    }

    // yyyy-mm-dd (a date alone means 00:00, docs/dossiers.md section 1); empty when absent.
    CsvLine& date(const std::optional<CivilDate>& value) {
        separate();
        if (value) {
            char buffer[10];
            put_digits(buffer, value->year(), 4);
            buffer[4] = '-';
            put_digits(buffer + 5, value->month(), 2);
            buffer[7] = '-';
            put_digits(buffer + 8, value->day(), 2);
            m_line.append(buffer, sizeof buffer);
        }
        return *this;
    }

    void write_to(std::ostream& out) {
        m_line.push_back('\n');
        out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
    }

  private:
    CsvLine& empty() {
        separate();
        return *this;
    }

    void separate() {
        if (m_started) {
            m_line.push_back(',');
        }
        m_started = true;
    }

    std::string& m_line;
    bool m_started = false;
};

}  // namespace

void write_dossier_csv_header(std::ostream& out) {
    out.write(k_dossier_header.data(), static_cast<std::streamsize>(k_dossier_header.size()));
}

void write_dossier_csv_row(std::ostream& out, const DossierRecord& dossier) {
    // One buffer per thread, reused: a benchmark writes millions of rows.
    thread_local std::string buffer;
    CsvLine(buffer)
        .text(dossier.code)
        .text(dossier.unit_code)
        .text(dossier.procedure_code)
        .text(dossier.procedure_name)
        .text(dossier.field_code)
        .number(static_cast<int>(dossier.channel))
        .date(dossier.received)
        .date(dossier.due)
        .date(dossier.ended)
        .date(dossier.returned)
        .number(static_cast<int>(dossier.status))
        .number(dossier.supplement_requests)
        .number(dossier.paused_days)
        .number(static_cast<int>(dossier.paid_online))
        .flag(dossier.digitised)
        .flag(dossier.reused)
        .flag(dossier.electronic_result)
        .date(dossier.apologised)
        .flag(dossier.complained)
        .write_to(out);
}

void write_procedure_csv(std::ostream& out, const std::vector<Procedure>& procedures) {
    out.write(k_procedure_header.data(), static_cast<std::streamsize>(k_procedure_header.size()));
    std::string buffer;
    for (const Procedure& procedure : procedures) {
        CsvLine(buffer)
            .text(procedure.code)
            .text(procedure.name)
            .text(procedure.field_code)
            .number(static_cast<int>(procedure.level))
            .flag(procedure.has_fee)
            .flag(procedure.online_payment_ready)
            .flag(procedure.issues_result)
            .number(procedure.time_limit_days)
            .write_to(out);
    }
}

}  // namespace parindex
