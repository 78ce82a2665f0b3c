#pragma once
// A realistic periodic report for the renderers' tests: a ward's third-quarter report with two
// areas, a few tasks (one done late, one overdue with an unmet target), dossier indicators, a
// score tree and settings with recipients. Tests read the rendered files back and look for the
// texts written here.

#include "core/civil_date.hpp"
#include "domain/periodic_report.hpp"

namespace parindex {

inline PeriodicReport sample_periodic_report() {
    const auto civil_date = [](int year, int month, int day) {
        return CivilDate::create(year, month, day).value();
    };
    PeriodicReport report(Period{PeriodKind::quarter, 2025, 3}, civil_date(2025, 9, 30),
                          civil_date(2025, 10, 5));
    report.plan_year = 2025;
    report.settings.ward_name = "phường Bắc Kạn";
    report.settings.superior_body = "UBND tỉnh Thái Nguyên";
    report.settings.issuer = "Ủy ban nhân dân phường Bắc Kạn";
    report.settings.place = "Bắc Kạn";
    report.settings.report_symbol = "BC-UBND";
    report.settings.report_number = "12";
    report.settings.signer_authority = "TM. ỦY BAN NHÂN DÂN";
    report.settings.signer_title = "CHỦ TỊCH";
    report.settings.signer_name = "Nguyễn Văn Hùng";
    report.settings.recipients = {"Sở Nội vụ tỉnh Thái Nguyên;", "Thường trực Đảng ủy phường;",
                                  "Lưu: VT, VHXH."};
    report.plan_reference = "Kế hoạch số 15/KH-UBND ngày 12/9/2025 của UBND phường Bắc Kạn";
    report.plan_title =
        "Kế hoạch duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính năm 2025";

    ReportArea direction;
    direction.code = "I";
    direction.title = "Công tác chỉ đạo, điều hành cải cách hành chính";
    direction.max_points = 10;
    direction.points_now = 8.5;
    direction.points_projected = 9.5;
    {
        ReportTask task;
        task.code = "1.1";
        task.title = "Ban hành kế hoạch cải cách hành chính năm 2025";
        task.requirement = "Ban hành đúng thời hạn";
        task.deadline_text = "Tháng 01/2025";
        task.lead_units = "Văn phòng HĐND và UBND";
        task.status = OfficialStatus::done_on_time;
        task.light = Light::done;
        task.narrative = "Đã ban hành Kế hoạch số 15/KH-UBND ngày 12/9/2025.";
        direction.tasks.push_back(task);
    }
    {
        ReportTask task;
        task.code = "1.2";
        task.title = "Kiểm tra công tác cải cách hành chính tại các tổ dân phố";
        task.requirement = "Kiểm tra ít nhất 30% tổ dân phố";
        task.deadline_text = "Quý III/2025";
        task.lead_units = "Phòng Văn hóa - Xã hội";
        task.coordinating_units = "Văn phòng HĐND và UBND; Công an phường";
        task.status = OfficialStatus::done_late;
        task.light = Light::done;
        task.targets.push_back(ReportTarget{"≥ 30%", 35.0, "35%", true, false});
        task.narrative = "Đã kiểm tra 7/20 tổ dân phố.";
        task.reasons = {"Hoàn thành sau thời hạn 10 ngày."};
        direction.tasks.push_back(task);
    }
    direction.done = 2;

    ReportArea service;
    service.code = "II";
    service.title = "Cải cách thủ tục hành chính";
    service.max_points = 20;
    service.points_now = 14.25;
    service.points_projected = 16;
    {
        ReportTask task;
        task.code = "2.1";
        task.title = "Giải quyết hồ sơ thủ tục hành chính đúng hạn";
        task.requirement = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên";
        task.deadline_text = "Cả năm";
        task.lead_units = "Bộ phận Một cửa";
        task.coordinating_units = "Các công chức chuyên môn";
        task.status = OfficialStatus::open_overdue;
        task.light = Light::overdue;
        task.targets.push_back(ReportTarget{"≥ 90%", 86.4, "86,4%", false, true});
        task.narrative = "Tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.080 hồ sơ.";
        task.reasons = {"Tỷ lệ hồ sơ đúng hạn 86,4% thấp hơn chỉ tiêu 90%.",
                        "Thiếu công chức địa chính trong quý."};
        task.unmet = true;
        service.tasks.push_back(task);
    }
    {
        ReportTask task;
        task.code = "2.2";
        task.title = "Niêm yết công khai thủ tục hành chính";
        task.requirement = "100% thủ tục được niêm yết";
        task.deadline_text = "31/12/2025";
        task.lead_units = "Bộ phận Một cửa";
        task.status = OfficialStatus::open_in_time;
        task.light = Light::on_track;
        task.targets.push_back(ReportTarget{"100%", std::nullopt, "", std::nullopt, false});
        service.tasks.push_back(task);
    }
    service.done = 0;
    report.areas = {direction, service};

    report.summary.tasks = 4;
    report.summary.done_on_time = 1;
    report.summary.done_late = 1;
    report.summary.open_in_time = 1;
    report.summary.open_overdue = 1;
    report.summary.targets = 3;
    report.summary.targets_met = 1;
    report.summary.targets_unmet = 1;
    report.summary.index_now = 78.5;
    report.summary.index_projected = 85.25;
    report.summary.index_last_year = 80.1;
    report.summary.template_methodology = true;

    report.indicators = {
        ReportIndicator{"Tỷ lệ hồ sơ giải quyết đúng hạn", 86.4, 1080, 1250},
        ReportIndicator{"Tỷ lệ hồ sơ tiếp nhận trực tuyến", 42.0, 525, 1250},
        ReportIndicator{"Tỷ lệ hồ sơ được số hóa", std::nullopt, 0, 0},
    };
    report.indicator_range = "01/01/2025 - 30/09/2025";

    report.scores = {
        ReportScoreRow{"", "Chỉ số cải cách hành chính", 0, 100, 78.5, 85.25, 80.1},
        ReportScoreRow{"I", "Công tác chỉ đạo, điều hành cải cách hành chính", 0, 10, 8.5, 9.5,
                       9.0},
        ReportScoreRow{"1.1", "Ban hành kế hoạch cải cách hành chính", 1, 2, 2, 2, 2},
        ReportScoreRow{"II", "Cải cách thủ tục hành chính", 0, 20, 14.25, 16, std::nullopt},
    };
    report.obstacles = {"Nhiệm vụ 2.1 quá hạn: tỷ lệ hồ sơ đúng hạn chưa đạt chỉ tiêu.",
                        "Hạ tầng mạng tại Bộ phận Một cửa còn chậm."};
    report.proposals = {"Đề nghị UBND tỉnh bổ sung 01 công chức địa chính cho phường."};
    return report;
}

}  // namespace parindex
