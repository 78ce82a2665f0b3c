#include "domain/periodic_report.hpp"

namespace parindex {

std::vector<const ReportTask*> unmet_tasks(const PeriodicReport& report) {
    std::vector<const ReportTask*> tasks;
    for (const ReportArea& area : report.areas) {
        for (const ReportTask& task : area.tasks) {
            if (task.unmet) {
                tasks.push_back(&task);
            }
        }
    }
    return tasks;
}

}  // namespace parindex
