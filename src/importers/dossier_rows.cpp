#include "importers/dossier_rows.hpp"

#include <array>

#include "core/parse_number.hpp"
#include "core/text.hpp"
#include "importers/dossier_datetime.hpp"

namespace parindex {

namespace {

enum DossierColumn : std::uint8_t {
    col_code,
    col_unit,
    col_procedure,
    col_procedure_name,
    col_field,
    col_channel,
    col_received,
    col_due,
    col_ended,
    col_returned,
    col_status,
    col_supplements,
    col_paused,
    col_paid,
    col_digitised,
    col_reused,
    col_electronic,
    col_apologised,
    col_complained,
};

constexpr std::array k_dossier_columns = {
    ColumnSpec{"MaHoSo", true},
    ColumnSpec{"DonViXuLy", true},
    ColumnSpec{"MaTTHC", true},
    ColumnSpec{"TenTTHC", false},
    ColumnSpec{"MaLinhVuc", false},
    ColumnSpec{"KenhThucHien", true},
    ColumnSpec{"NgayTiepNhan", true},
    ColumnSpec{"NgayHenTra", false},
    ColumnSpec{"NgayKetThucXuLy", false},
    ColumnSpec{"NgayTra", false},
    ColumnSpec{"TrangThaiHoSo", true},
    ColumnSpec{"SoLanBoSung", false},
    ColumnSpec{"SoNgayBoSung", false},
    ColumnSpec{"DuocThanhToanTrucTuyen", false},
    ColumnSpec{"HoSoCoThanhPhanSoHoa", false},
    ColumnSpec{"DuocTaiSuDung", false},
    ColumnSpec{"CoKetQuaDienTu", false},
    ColumnSpec{"NgayXinLoi", false},
    ColumnSpec{"CoPAKN", false},
};

enum ProcedureColumn : std::uint8_t {
    pcol_code,
    pcol_name,
    pcol_field,
    pcol_level,
    pcol_fee,
    pcol_payment,
    pcol_result,
    pcol_time_limit,
};

constexpr std::array k_procedure_columns = {
    ColumnSpec{"MaTTHC", true},        ColumnSpec{"TenTTHC", true},
    ColumnSpec{"MaLinhVuc", false},    ColumnSpec{"MucDo", true},
    ColumnSpec{"CoPhiLePhi", true},    ColumnSpec{"CoThanhToanTrucTuyen", false},
    ColumnSpec{"YeuCauKetQua", false}, ColumnSpec{"ThoiHanNgay", false},
};

// Reads the cells of one row, each failure naming its column.
class RowReader {
  public:
    RowReader(const ColumnMap& columns, std::span<const std::string_view> cells,
              const Location& where)
        : m_columns(columns), m_cells(cells), m_where(where) {}

    [[nodiscard]] std::string_view raw(std::size_t column) const {
        return m_columns.cell(m_cells, column);
    }

    [[nodiscard]] tl::unexpected<Error> invalid(std::size_t column, Label expected) const {
        return fail(ErrorCode::invalid_input, Label::error_dossier_value,
                    {std::string(m_columns.name(column)), std::string(raw(column)),
                     std::string(label_text(expected))},
                    at(column));
    }

    [[nodiscard]] Location at(std::size_t column) const {
        return Location{m_where.file, m_where.line, std::string(m_columns.name(column))};
    }

    // Text in NFC (exports from some systems are decomposed); required: not empty.
    [[nodiscard]] Result<std::string> text(std::size_t column, bool required) const {
        const std::string_view value = raw(column);
        if (value.empty() && required) {
            return fail(ErrorCode::invalid_input, Label::error_dossier_required,
                        {std::string(m_columns.name(column))}, at(column));
        }
        return to_nfc(value);
    }

    [[nodiscard]] Result<std::optional<CivilDate>> date(std::size_t column, bool required) const {
        const std::string_view value = raw(column);
        if (value.empty()) {
            if (required) {
                return fail(ErrorCode::invalid_input, Label::error_dossier_required,
                            {std::string(m_columns.name(column))}, at(column));
            }
            return std::optional<CivilDate>();
        }
        const auto parsed = parse_dossier_datetime(value);
        if (!parsed) {
            return invalid(column, Label::expect_datetime);
        }
        return parsed;
    }

    // A whole number in [low, high]; an empty optional cell is `fallback`.
    [[nodiscard]] Result<int> number(std::size_t column, int low, int high, Label expected,
                                     std::optional<int> fallback) const {
        const std::string_view value = raw(column);
        if (value.empty()) {
            if (fallback) {
                return *fallback;
            }
            return fail(ErrorCode::invalid_input, Label::error_dossier_required,
                        {std::string(m_columns.name(column))}, at(column));
        }
        const auto parsed = parse_exact<int>(value);
        if (!parsed || *parsed < low || *parsed > high) {
            return invalid(column, expected);
        }
        return *parsed;
    }

    [[nodiscard]] Result<bool> flag(std::size_t column, std::optional<int> fallback) const {
        PARINDEX_TRY_ASSIGN(value, number(column, 0, 1, Label::expect_flag, fallback));
        return value == 1;
    }

  private:
    const ColumnMap& m_columns;
    std::span<const std::string_view> m_cells;
    const Location& m_where;
};

constexpr int k_max_count = 1000000;

}  // namespace

std::span<const ColumnSpec> dossier_columns() {
    return k_dossier_columns;
}

std::span<const ColumnSpec> procedure_columns() {
    return k_procedure_columns;
}

Result<DossierRecord> parse_dossier_row(const ColumnMap& columns,
                                        std::span<const std::string_view> cells,
                                        const Location& where) {
    const RowReader row(columns, cells, where);
    DossierRecord d;
    PARINDEX_TRY_ASSIGN(code, row.text(col_code, true));
    d.code = std::move(code);
    PARINDEX_TRY_ASSIGN(unit, row.text(col_unit, true));
    d.unit_code = std::move(unit);
    PARINDEX_TRY_ASSIGN(procedure, row.text(col_procedure, true));
    d.procedure_code = std::move(procedure);
    PARINDEX_TRY_ASSIGN(name, row.text(col_procedure_name, false));
    d.procedure_name = std::move(name);
    PARINDEX_TRY_ASSIGN(field, row.text(col_field, false));
    d.field_code = std::move(field);
    PARINDEX_TRY_ASSIGN(channel, row.number(col_channel, 1, 3, Label::expect_channel, {}));
    d.channel = static_cast<Channel>(channel);
    PARINDEX_TRY_ASSIGN(received, row.date(col_received, true));
    d.received = *received;
    PARINDEX_TRY_ASSIGN(due, row.date(col_due, false));
    d.due = due;
    PARINDEX_TRY_ASSIGN(ended, row.date(col_ended, false));
    d.ended = ended;
    PARINDEX_TRY_ASSIGN(returned, row.date(col_returned, false));
    d.returned = returned;
    PARINDEX_TRY_ASSIGN(status,
                        row.number(col_status, 1, k_last_dossier_status, Label::expect_status, {}));
    d.status = static_cast<DossierStatus>(status);
    PARINDEX_TRY_ASSIGN(supplements,
                        row.number(col_supplements, 0, k_max_count, Label::expect_count, 0));
    d.supplement_requests = supplements;
    PARINDEX_TRY_ASSIGN(paused, row.number(col_paused, 0, k_max_count, Label::expect_count, 0));
    d.paused_days = paused;
    PARINDEX_TRY_ASSIGN(paid, row.number(col_paid, 0, 2, Label::expect_payment, 0));
    d.paid_online = static_cast<OnlinePayment>(paid);
    PARINDEX_TRY_ASSIGN(digitised, row.flag(col_digitised, 0));
    d.digitised = digitised;
    PARINDEX_TRY_ASSIGN(reused, row.flag(col_reused, 0));
    d.reused = reused;
    PARINDEX_TRY_ASSIGN(electronic, row.flag(col_electronic, 0));
    d.electronic_result = electronic;
    PARINDEX_TRY_ASSIGN(apologised, row.date(col_apologised, false));
    d.apologised = apologised;
    PARINDEX_TRY_ASSIGN(complained, row.flag(col_complained, 0));
    d.complained = complained;
    if (is_terminal(d.status) && !d.ended) {
        return fail(ErrorCode::invalid_input, Label::error_dossier_no_end, {std::to_string(status)},
                    row.at(col_ended));
    }
    if (d.ended && *d.ended < d.received) {
        return fail(ErrorCode::invalid_input, Label::error_dossier_end_before_receipt,
                    {d.ended->to_dmy(), d.received.to_dmy()}, row.at(col_ended));
    }
    if (d.due && *d.due < d.received) {
        return fail(ErrorCode::invalid_input, Label::error_dossier_due_before_receipt,
                    {d.due->to_dmy(), d.received.to_dmy()}, row.at(col_due));
    }
    return d;
}

Result<Procedure> parse_procedure_row(const ColumnMap& columns,
                                      std::span<const std::string_view> cells,
                                      const Location& where) {
    constexpr int k_max_days = 3650;
    const RowReader row(columns, cells, where);
    Procedure p;
    PARINDEX_TRY_ASSIGN(code, row.text(pcol_code, true));
    p.code = std::move(code);
    PARINDEX_TRY_ASSIGN(name, row.text(pcol_name, true));
    p.name = std::move(name);
    PARINDEX_TRY_ASSIGN(field, row.text(pcol_field, false));
    p.field_code = std::move(field);
    PARINDEX_TRY_ASSIGN(level, row.number(pcol_level, 2, 4, Label::expect_level, {}));
    p.level = static_cast<OnlineLevel>(level);
    PARINDEX_TRY_ASSIGN(fee, row.flag(pcol_fee, {}));
    p.has_fee = fee;
    PARINDEX_TRY_ASSIGN(payment, row.flag(pcol_payment, 0));
    p.online_payment_ready = payment;
    PARINDEX_TRY_ASSIGN(result, row.flag(pcol_result, 1));
    p.issues_result = result;
    if (!row.raw(pcol_time_limit).empty()) {
        PARINDEX_TRY_ASSIGN(days,
                            row.number(pcol_time_limit, 0, k_max_days, Label::expect_count, {}));
        p.time_limit_days = days;
    }
    p.in_catalogue = true;
    return p;
}

}  // namespace parindex
