#pragma once
// An administrative-procedure dossier (hồ sơ TTHC) as the one-stop system syncs it to the
// national portal (docs/dossiers.md section 1), and the procedure catalogue it joins.

#include <cstdint>
#include <optional>
#include <string>

#include "core/civil_date.hpp"
#include "core/labels.hpp"

namespace parindex {

// TrangThaiHoSo, numbered as on the wire.
enum class DossierStatus : std::uint8_t {
    registered = 1,            // Mới đăng ký
    received = 2,              // Được tiếp nhận
    refused = 3,               // Không được tiếp nhận
    processing = 4,            // Đang xử lý
    supplement_requested = 5,  // Yêu cầu bổ sung giấy tờ
    financial_obligation = 6,  // Yêu cầu thực hiện nghĩa vụ tài chính
    withdrawn = 7,             // Công dân yêu cầu rút hồ sơ
    stopped = 8,               // Dừng xử lý
    processed = 9,             // Đã xử lý xong
    returned = 10,             // Đã trả kết quả
};
inline constexpr int k_last_dossier_status = 10;

// KenhThucHien.
enum class Channel : std::uint8_t { in_person = 1, online = 2, post = 3 };

// DuocThanhToanTrucTuyen.
enum class OnlinePayment : std::uint8_t { none = 0, national_portal = 1, provincial_gateway = 2 };

// Processing has ended (withdrawn, stopped, processed or returned).
[[nodiscard]] constexpr bool is_terminal(DossierStatus status) {
    return status >= DossierStatus::withdrawn;
}
// Registered-only and refused dossiers were never received and are never counted.
[[nodiscard]] constexpr bool was_received(DossierStatus status) {
    return status != DossierStatus::registered && status != DossierStatus::refused;
}
[[nodiscard]] Label dossier_status_label(DossierStatus status);
[[nodiscard]] Label channel_label(Channel channel);

// One dossier as read from a file, before it is stored. Dates are civil dates in Vietnam: every
// rule compares calendar dates, so the time of day is not kept.
struct DossierRecord {
    std::string code;            // MaHoSo
    std::string unit_code;       // DonViXuLy
    std::string procedure_code;  // MaTTHC
    std::string procedure_name;  // TenTTHC (may be empty)
    std::string field_code;      // MaLinhVuc (may be empty)
    Channel channel = Channel::in_person;
    CivilDate received = CivilDate::last_day_of_month(1970, 1);
    std::optional<CivilDate> due;  // empty in the file: derived from the procedure's time limit
    std::optional<CivilDate> ended;
    std::optional<CivilDate> returned;
    DossierStatus status = DossierStatus::received;
    int supplement_requests = 0;
    int paused_days = 0;
    OnlinePayment paid_online = OnlinePayment::none;
    bool digitised = false;
    bool reused = false;
    bool electronic_result = false;
    std::optional<CivilDate> apologised;  // NgayXinLoi
    bool complained = false;              // CoPAKN

    friend bool operator==(const DossierRecord&, const DossierRecord&) = default;
};

// MucDo: how far the procedure can be done online.
enum class OnlineLevel : std::uint8_t { information = 2, partly_online = 3, fully_online = 4 };

struct Procedure {
    std::string code;  // MaTTHC
    std::string name;
    std::string field_code;
    OnlineLevel level = OnlineLevel::information;
    bool has_fee = false;                // CoPhiLePhi
    bool online_payment_ready = false;   // CoThanhToanTrucTuyen
    bool issues_result = true;           // YeuCauKetQua
    std::optional<int> time_limit_days;  // ThoiHanNgay, working days
    bool in_catalogue = true;            // false: known only from dossiers, its traits are guesses

    friend bool operator==(const Procedure&, const Procedure&) = default;
};

}  // namespace parindex
