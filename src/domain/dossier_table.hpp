#pragma once
// Every dossier of a ward held in memory column by column (ADR 0008): a scan over a year of two
// million dossiers touches a few contiguous arrays and takes milliseconds. Dates are day numbers
// (CivilDate::day_number), units and procedures small indexes into the dictionaries beside them.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dossier.hpp"

namespace parindex {

inline constexpr std::int32_t k_no_day = std::numeric_limits<std::int32_t>::max();

// Bits of DossierRow::flags.
inline constexpr std::uint8_t flag_paid_national = 1U << 0U;
inline constexpr std::uint8_t flag_paid_gateway = 1U << 1U;
inline constexpr std::uint8_t flag_digitised = 1U << 2U;
inline constexpr std::uint8_t flag_reused = 1U << 3U;
inline constexpr std::uint8_t flag_electronic_result = 1U << 4U;
inline constexpr std::uint8_t flag_complained = 1U << 5U;

// One dossier in the table's own terms; dates absent are k_no_day.
struct DossierRow {
    std::string_view code;
    std::uint16_t unit = 0;
    std::uint16_t procedure = 0;
    DossierStatus status = DossierStatus::received;
    Channel channel = Channel::in_person;
    std::uint8_t supplement_requests = 0;  // capped at 255
    std::uint8_t flags = 0;
    std::uint16_t paused_days = 0;  // capped at 65535
    std::int32_t received = 0;
    std::int32_t due = 0;
    std::int32_t ended = k_no_day;
    std::int32_t apologised = k_no_day;
};

class DossierTable {
  public:
    [[nodiscard]] std::size_t size() const { return m_status.size(); }
    void reserve(std::size_t rows, std::size_t code_bytes);
    void append(const DossierRow& row);
    [[nodiscard]] DossierRow row(std::size_t index) const;
    [[nodiscard]] std::string_view code(std::size_t index) const;
    // Bytes held by the columns (capacity, not just size).
    [[nodiscard]] std::size_t memory_bytes() const;

    // The columns, for scans.
    [[nodiscard]] const std::vector<std::uint16_t>& units() const { return m_unit; }
    [[nodiscard]] const std::vector<std::uint16_t>& procedures() const { return m_procedure; }
    [[nodiscard]] const std::vector<DossierStatus>& statuses() const { return m_status; }
    [[nodiscard]] const std::vector<Channel>& channels() const { return m_channel; }
    [[nodiscard]] const std::vector<std::uint8_t>& supplement_requests() const {
        return m_supplements;
    }
    [[nodiscard]] const std::vector<std::uint8_t>& flags() const { return m_flags; }
    [[nodiscard]] const std::vector<std::uint16_t>& paused_days() const { return m_paused; }
    [[nodiscard]] const std::vector<std::int32_t>& received() const { return m_received; }
    [[nodiscard]] const std::vector<std::int32_t>& due() const { return m_due; }
    [[nodiscard]] const std::vector<std::int32_t>& ended() const { return m_ended; }
    [[nodiscard]] const std::vector<std::int32_t>& apologised() const { return m_apologised; }

  private:
    std::string m_code_bytes;
    std::vector<std::uint32_t> m_code_end;  // end offset of each code in m_code_bytes
    std::vector<std::uint16_t> m_unit;
    std::vector<std::uint16_t> m_procedure;
    std::vector<DossierStatus> m_status;
    std::vector<Channel> m_channel;
    std::vector<std::uint8_t> m_supplements;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::uint16_t> m_paused;
    std::vector<std::int32_t> m_received;
    std::vector<std::int32_t> m_due;
    std::vector<std::int32_t> m_ended;
    std::vector<std::int32_t> m_apologised;
};

// A unit as the one-stop system names it, and the plan unit an administrator mapped it to.
struct DossierUnit {
    std::string code;
    std::string plan_unit_key;  // empty until mapped

    friend bool operator==(const DossierUnit&, const DossierUnit&) = default;
};

// The dossiers with the dictionaries their indexes point into.
struct DossierData {
    DossierTable table;
    std::vector<DossierUnit> units;       // by DossierRow::unit
    std::vector<Procedure> procedures;    // by DossierRow::procedure, then catalogue-only ones
    std::vector<std::string> fields;      // distinct field codes, sorted
    std::vector<std::uint16_t> field_of;  // field index of each procedure

    // Fills `fields` and `field_of` from the procedures.
    void index_fields();
    [[nodiscard]] std::size_t memory_bytes() const;
};

}  // namespace parindex
