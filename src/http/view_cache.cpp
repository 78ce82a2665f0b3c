#include "http/view_cache.hpp"

namespace parindex {

std::string ViewCache::get(View view, const std::shared_ptr<const Overview>& overview,
                           const std::function<std::string()>& build) {
    Slot& slot = m_slots.at(static_cast<std::size_t>(view));
    {
        const std::lock_guard lock(m_mutex);
        if (slot.source.lock() == overview && !slot.body.empty()) {
            return slot.body;
        }
    }
    std::string body = build();
    const std::lock_guard lock(m_mutex);
    slot.source = overview;
    slot.body = body;
    return body;
}

}  // namespace parindex
