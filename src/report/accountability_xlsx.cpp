#include "report/accountability_xlsx.hpp"

#include "report/xlsx_writer.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

OfficeCell number(double value) {
    return OfficeCell{{}, value};
}

OfficeSheet units_sheet(const AccountabilityBook& book) {
    OfficeSheet sheet;
    sheet.name = text(Label::accountability_sheet_units);
    sheet.title =
        format_label(Label::accountability_title, {std::to_string(book.year), book.as_of});
    sheet.headers = {
        text(Label::accountability_rank),      text(Label::accountability_unit),
        text(Label::accountability_head),      text(Label::accountability_criteria_count),
        text(Label::accountability_stake),     text(Label::accountability_now),
        text(Label::accountability_projected), text(Label::accountability_share),
        text(Label::accountability_lost),      text(Label::accountability_at_risk),
        text(Label::accountability_overdue),   text(Label::accountability_late)};
    for (const UnitAccount& account : *book.units) {
        const auto head = book.heads->find(account.unit_key);
        sheet.rows.push_back({number(account.rank),
                              OfficeCell{book.unit_name(account.unit_key), {}},
                              OfficeCell{head == book.heads->end() ? "" : head->second, {}},
                              number(static_cast<double>(account.criteria.size())),
                              number(account.stake), number(account.now), number(account.projected),
                              number(round_points(account.projected_share())), number(account.lost),
                              number(account.at_risk), number(account.overdue_tasks),
                              number(static_cast<double>(account.late_dossiers))});
    }
    constexpr double k_name = 44;
    constexpr double k_figure = 14;
    sheet.column_widths = {8,        k_name,   28,       k_figure, k_figure, k_figure,
                           k_figure, k_figure, k_figure, k_figure, k_figure, k_figure};
    return sheet;
}

OfficeSheet criteria_sheet(const AccountabilityBook& book) {
    OfficeSheet sheet;
    sheet.name = text(Label::accountability_sheet_criteria);
    sheet.headers = {text(Label::accountability_unit),      text(Label::accountability_code),
                     text(Label::accountability_criterion), text(Label::accountability_max),
                     text(Label::accountability_now),       text(Label::accountability_projected),
                     text(Label::accountability_state),     text(Label::accountability_reason)};
    for (const UnitAccount& account : *book.units) {
        for (const std::string& code : account.criteria) {
            const ScoreNode* node = book.tree->find(code);
            if (node == nullptr) {
                continue;
            }
            sheet.rows.push_back(
                {OfficeCell{book.unit_name(account.unit_key), {}}, OfficeCell{node->code, {}},
                 OfficeCell{node->title, {}}, number(node->applicable_max), number(node->now),
                 number(node->projected), OfficeCell{text(criterion_state_label(node->state)), {}},
                 OfficeCell{node->reason, {}}});
        }
    }
    constexpr double k_wide = 60;
    sheet.column_widths = {40, 10, k_wide, 10, 12, 14, 24, k_wide};
    return sheet;
}

}  // namespace

Result<std::string> write_accountability_xlsx(const AccountabilityBook& book) {
    return write_xlsx({units_sheet(book), criteria_sheet(book)});
}

}  // namespace parindex
