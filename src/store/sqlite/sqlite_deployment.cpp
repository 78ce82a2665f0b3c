#include "store/sqlite/sqlite_deployment.hpp"

#include "store/open_store.hpp"

namespace parindex {

Result<std::vector<WardEntry>> SqliteDeployment::list_wards() {
    return std::vector<WardEntry>{WardEntry{std::string(k_single_ward_code), ""}};
}

Result<std::unique_ptr<WorkflowStore>> SqliteDeployment::open_ward(const std::string& code) {
    if (code != k_single_ward_code) {
        return fail(ErrorCode::not_found, Label::error_ward_unknown, {code});
    }
    PARINDEX_TRY_ASSIGN(store, open_sqlite_store(m_path));
    return std::unique_ptr<WorkflowStore>(std::move(store));
}

Result<std::unique_ptr<WorkflowStore>> SqliteDeployment::open_province() {
    return fail(ErrorCode::not_found, Label::error_single_ward, {m_path});
}

Result<void> SqliteDeployment::add_ward(const WardEntry& /*ward*/) {
    return fail(ErrorCode::invalid_input, Label::error_single_ward, {m_path});
}

}  // namespace parindex
