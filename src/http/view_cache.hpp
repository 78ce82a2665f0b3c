#pragma once
// The JSON of the pages everyone reads (plan, dashboard, task list, units, public progress), kept
// per overview: while the overview object is the same, so is the page, and it is served without
// being built again.

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "app/overview.hpp"

namespace parindex {

class ViewCache {
  public:
    enum class View : std::size_t { plan, dashboard, public_progress, tasks, units, count };

    // The cached body built from this very overview, or a new one from `build`.
    [[nodiscard]] std::string get(View view, const std::shared_ptr<const Overview>& overview,
                                  const std::function<std::string()>& build);

  private:
    struct Slot {
        std::weak_ptr<const Overview> source;
        std::string body;
    };
    std::mutex m_mutex;
    std::array<Slot, static_cast<std::size_t>(View::count)> m_slots;
};

}  // namespace parindex
