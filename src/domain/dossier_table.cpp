#include "domain/dossier_table.hpp"

#include <algorithm>
#include <cassert>

namespace parindex {

namespace {

template <class T>
std::size_t capacity_bytes(const std::vector<T>& column) {
    return column.capacity() * sizeof(T);
}

}  // namespace

void DossierTable::reserve(std::size_t rows, std::size_t code_bytes) {
    m_code_bytes.reserve(code_bytes);
    m_code_end.reserve(rows);
    m_unit.reserve(rows);
    m_procedure.reserve(rows);
    m_status.reserve(rows);
    m_channel.reserve(rows);
    m_supplements.reserve(rows);
    m_flags.reserve(rows);
    m_paused.reserve(rows);
    m_received.reserve(rows);
    m_due.reserve(rows);
    m_ended.reserve(rows);
    m_apologised.reserve(rows);
}

void DossierTable::append(const DossierRow& row) {
    m_code_bytes.append(row.code);
    assert(m_code_bytes.size() <= std::numeric_limits<std::uint32_t>::max());
    m_code_end.push_back(static_cast<std::uint32_t>(m_code_bytes.size()));
    m_unit.push_back(row.unit);
    m_procedure.push_back(row.procedure);
    m_status.push_back(row.status);
    m_channel.push_back(row.channel);
    m_supplements.push_back(row.supplement_requests);
    m_flags.push_back(row.flags);
    m_paused.push_back(row.paused_days);
    m_received.push_back(row.received);
    m_due.push_back(row.due);
    m_ended.push_back(row.ended);
    m_apologised.push_back(row.apologised);
}

std::string_view DossierTable::code(std::size_t index) const {
    const std::uint32_t begin = index == 0 ? 0 : m_code_end[index - 1];
    return std::string_view(m_code_bytes).substr(begin, m_code_end[index] - begin);
}

DossierRow DossierTable::row(std::size_t index) const {
    return DossierRow{code(index),     m_unit[index],    m_procedure[index],
                      m_status[index], m_channel[index], m_supplements[index],
                      m_flags[index],  m_paused[index],  m_received[index],
                      m_due[index],    m_ended[index],   m_apologised[index]};
}

std::size_t DossierTable::memory_bytes() const {
    return m_code_bytes.capacity() + capacity_bytes(m_code_end) + capacity_bytes(m_unit) +
           capacity_bytes(m_procedure) + capacity_bytes(m_status) + capacity_bytes(m_channel) +
           capacity_bytes(m_supplements) + capacity_bytes(m_flags) + capacity_bytes(m_paused) +
           capacity_bytes(m_received) + capacity_bytes(m_due) + capacity_bytes(m_ended) +
           capacity_bytes(m_apologised);
}

void DossierData::index_fields() {
    fields.clear();
    for (const Procedure& procedure : procedures) {
        fields.push_back(procedure.field_code);
    }
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    field_of.clear();
    for (const Procedure& procedure : procedures) {
        const auto found = std::lower_bound(fields.begin(), fields.end(), procedure.field_code);
        field_of.push_back(static_cast<std::uint16_t>(found - fields.begin()));
    }
}

std::size_t DossierData::memory_bytes() const {
    std::size_t bytes = table.memory_bytes() + capacity_bytes(field_of);
    for (const DossierUnit& unit : units) {
        bytes += sizeof unit + unit.code.capacity() + unit.plan_unit_key.capacity();
    }
    for (const Procedure& procedure : procedures) {
        bytes += sizeof procedure + procedure.name.capacity() + procedure.code.capacity();
    }
    return bytes;
}

}  // namespace parindex
