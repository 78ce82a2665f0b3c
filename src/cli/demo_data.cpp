#include "cli/demo_data.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_service_centre = "trung tam phuc vu hanh chinh cong";
constexpr std::string_view k_culture_office = "phong van hoa xa hoi";

struct DemoReport {
    std::string_view task_code;
    std::string_view unit_key;
    std::string_view period;
    Progress progress;
    std::vector<MeasuredValue> values;
    std::string_view narrative;
    std::string_view review;  // "accept", "return", "submit" or "" (left as a draft)
};

const std::vector<DemoReport>& demo_reports() {
    static const std::vector<DemoReport> reports = {
        {"3.1.1",
         k_service_centre,
         "2025-Q3",
         Progress::done,
         {{0, 100.0}},
         "Đã công khai đầy đủ 100% TTHC thuộc thẩm quyền trên Trang thông tin điện tử phường.",
         "accept"},
        {"3.1.3",
         k_service_centre,
         "2025-Q3",
         Progress::in_progress,
         {{0, 96.0}},
         "Niêm yết công khai tại Trung tâm; còn 4% TTHC đang cập nhật sau sắp xếp đơn vị hành "
         "chính.",
         "accept"},
        {"3.2.1",
         k_service_centre,
         "2025-Q3",
         Progress::in_progress,
         {{0, 86.4}},
         "Tỷ lệ hồ sơ giải quyết đúng hạn quý III đạt 86,4%; 57 hồ sơ quá hạn tập trung ở lĩnh vực "
         "đất đai.",
         "accept"},
        {"3.2.2",
         k_service_centre,
         "2025-Q3",
         Progress::in_progress,
         {{0, 100.0}},
         "Đã ban hành phiếu xin lỗi cho toàn bộ hồ sơ quá hạn trong quý.",
         "submit"},
        {"7.3.4",
         k_service_centre,
         "2025-Q3",
         Progress::in_progress,
         {{0, 100.0}, {1, 64.0}, {2, 81.0}},
         "Thanh toán trực tuyến: tỷ lệ hồ sơ đạt 81%, chưa đạt chỉ tiêu 90%.",
         "return"},
        {"1.1",
         k_culture_office,
         "2025-Q4",
         Progress::in_progress,
         {},
         "Đang hướng dẫn các đơn vị hoàn thiện hồ sơ đề nghị công nhận sáng kiến.",
         ""},
    };
    return reports;
}

}  // namespace

const std::vector<DemoAccount>& demo_accounts() {
    static const std::vector<DemoAccount> accounts = {
        {"quantri", "quantri@2025", Role::admin, "", "Quản trị hệ thống"},
        {"chutich", "chutich@2025", Role::chairman, "", "Đình Huy Hoàng"},
        {"phochutich", "phochutich@2025", Role::vice_chairman, "", "Nguyễn Thị Lan"},
        {"dieuphoi", "dieuphoi@2025", Role::coordinator, "", "Nông Minh Trang"},
        {"truong.ttpvhcc", "truongtt@2025", Role::unit_head, std::string(k_service_centre),
         "Hoàng Văn Đức"},
        {"canbo.ttpvhcc", "canbott@2025", Role::unit_staff, std::string(k_service_centre),
         "Lý Thị Hà"},
        {"canbo.vhxh", "canbovh@2025", Role::unit_staff, std::string(k_culture_office),
         "Triệu Văn Nam"},
        {"xem", "xem@2025", Role::viewer, "", "Người xem"},
    };
    return accounts;
}

Result<bool> seed_demo_workflow(WorkflowStore& store, UserAdmin& users, ReportWorkflow& reports,
                                OverviewCache& overview) {
    const Actor admin = command_line_operator();
    bool has_users = false;
    PARINDEX_TRY(store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(existing, store.users().list_users());
        has_users = !existing.empty();
        return {};
    }));
    if (has_users) {
        return false;
    }
    for (const DemoAccount& account : demo_accounts()) {
        PARINDEX_TRY(
            users.create(admin, UserDraft{account.username, account.display_name, account.role,
                                          account.unit_key, true, account.password}));
    }
    const Actor coordinator{0, "dieuphoi", "Nông Minh Trang", Role::coordinator, {}};
    for (const DemoReport& demo : demo_reports()) {
        const Actor staff{0,
                          demo.unit_key == k_service_centre ? "canbo.ttpvhcc" : "canbo.vhxh",
                          {},
                          Role::unit_staff,
                          std::string(demo.unit_key)};
        overview.invalidate();
        PARINDEX_TRY_ASSIGN(current, overview.get());
        PARINDEX_TRY_ASSIGN(report,
                            reports.open(staff, *current, std::string(demo.task_code),
                                         std::string(demo.unit_key), std::string(demo.period)));
        PARINDEX_TRY_ASSIGN(edited,
                            reports.edit(staff, *current, report.id,
                                         ReportEdit{report.version, demo.progress,
                                                    std::string(demo.narrative), demo.values}));
        if (demo.review.empty()) {
            continue;
        }
        PARINDEX_TRY_ASSIGN(
            submitted, reports.review(staff, edited.id, edited.version, ReviewAction::submit, ""));
        if (demo.review == "accept") {
            PARINDEX_TRY(reports.review(coordinator, submitted.id, submitted.version,
                                        ReviewAction::accept, "Đồng ý."));
        } else if (demo.review == "return") {
            PARINDEX_TRY(reports.review(
                coordinator, submitted.id, submitted.version, ReviewAction::give_back,
                "Bổ sung danh sách TTHC chưa phát sinh thanh toán trực tuyến và giải pháp."));
        }
    }
    overview.invalidate();
    return true;
}

}  // namespace parindex
