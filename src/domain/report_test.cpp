#include "domain/report.hpp"

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

namespace parindex {

// gtest finds these by argument-dependent lookup, so a failing comparison shows the codes.
// Internal linkage: other test files of this binary may print them their own way.
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(ReportState state, std::ostream* out) {
    *out << report_state_code(state);
}
// NOLINTNEXTLINE(readability-identifier-naming)
static void PrintTo(Progress progress, std::ostream* out) {
    *out << progress_code(progress);
}

namespace {

constexpr std::array k_states = {ReportState::draft, ReportState::submitted, ReportState::returned,
                                 ReportState::accepted};
constexpr std::array k_actions = {ReviewAction::submit, ReviewAction::accept,
                                  ReviewAction::give_back};

std::string_view action_name(ReviewAction action) {
    switch (action) {
        case ReviewAction::submit:
            return "submit";
        case ReviewAction::accept:
            return "accept";
        case ReviewAction::give_back:
            return "give_back";
    }
    return "?";
}

// --- the review workflow ---------------------------------------------------------------------

struct TransitionRow {
    ReportState from;
    std::optional<ReportState> on_submit;
    std::optional<ReportState> on_accept;
    std::optional<ReportState> on_give_back;
};

TEST(ReportWorkflow, NextStateCoversEveryStateAndAction) {
    const std::vector<TransitionRow> table = {
        // from, then the state after: submit, accept, give back
        {ReportState::draft, ReportState::submitted, std::nullopt, std::nullopt},
        {ReportState::submitted, std::nullopt, ReportState::accepted, ReportState::returned},
        {ReportState::returned, ReportState::submitted, std::nullopt, std::nullopt},
        {ReportState::accepted, std::nullopt, std::nullopt, std::nullopt},
    };
    ASSERT_EQ(table.size(), k_states.size());
    for (const TransitionRow& row : table) {
        const std::string_view from = report_state_code(row.from);
        EXPECT_EQ(next_state(row.from, ReviewAction::submit), row.on_submit) << from;
        EXPECT_EQ(next_state(row.from, ReviewAction::accept), row.on_accept) << from;
        EXPECT_EQ(next_state(row.from, ReviewAction::give_back), row.on_give_back) << from;
    }
}

TEST(ReportWorkflow, AnAcceptedReportIsFinal) {
    for (const ReviewAction action : k_actions) {
        EXPECT_EQ(next_state(ReportState::accepted, action), std::nullopt) << action_name(action);
    }
}

TEST(ReportWorkflow, OnlyDraftsAndReturnedReportsAreEditable) {
    EXPECT_TRUE(is_editable(ReportState::draft));
    EXPECT_FALSE(is_editable(ReportState::submitted));
    EXPECT_TRUE(is_editable(ReportState::returned));
    EXPECT_FALSE(is_editable(ReportState::accepted));
}

TEST(ReportWorkflow, EveryEditableStateCanBeSubmittedAndNoOtherCan) {
    for (const ReportState state : k_states) {
        EXPECT_EQ(next_state(state, ReviewAction::submit).has_value(), is_editable(state))
            << report_state_code(state);
    }
}

// --- codes and labels ------------------------------------------------------------------------

struct StateNaming {
    ReportState state;
    std::string_view code;
    std::string_view label;
};

TEST(ReportCodes, StatesHaveStableCodesAndVietnameseLabels) {
    const std::vector<StateNaming> table = {
        {ReportState::draft, "draft", "Đang soạn"},
        {ReportState::submitted, "submitted", "Đã gửi, chờ xem xét"},
        {ReportState::returned, "returned", "Bị trả lại"},
        {ReportState::accepted, "accepted", "Đã chấp nhận"},
    };
    for (const StateNaming& row : table) {
        EXPECT_EQ(report_state_code(row.state), row.code);
        EXPECT_EQ(report_state_from_code(row.code), std::optional<ReportState>(row.state))
            << row.code;
        EXPECT_EQ(label_text(report_state_label(row.state)), row.label) << row.code;
    }
}

TEST(ReportCodes, UnknownStateCodesAreNothing) {
    for (const std::string_view code : {"", "Draft", "DRAFT", "draft ", "rejected", "lead"}) {
        EXPECT_EQ(report_state_from_code(code), std::nullopt) << "code: '" << code << "'";
    }
}

struct ProgressNaming {
    Progress progress;
    std::string_view code;
    std::string_view label;
};

TEST(ReportCodes, ProgressHasStableCodesAndVietnameseLabels) {
    const std::vector<ProgressNaming> table = {
        {Progress::not_started, "not_started", "Chưa triển khai"},
        {Progress::in_progress, "in_progress", "Đang thực hiện"},
        {Progress::done, "done", "Đã hoàn thành"},
        {Progress::at_risk, "at_risk", "Có nguy cơ chậm"},
        {Progress::blocked, "blocked", "Đang vướng mắc"},
    };
    for (const ProgressNaming& row : table) {
        EXPECT_EQ(progress_code(row.progress), row.code);
        EXPECT_EQ(progress_from_code(row.code), std::optional<Progress>(row.progress)) << row.code;
        EXPECT_EQ(label_text(progress_label(row.progress)), row.label) << row.code;
    }
}

TEST(ReportCodes, UnknownProgressCodesAreNothing) {
    for (const std::string_view code : {"", "Done", "in progress", "finished", "draft"}) {
        EXPECT_EQ(progress_from_code(code), std::nullopt) << "code: '" << code << "'";
    }
}

TEST(ReportCodes, AssignmentRolesHaveStableCodes) {
    EXPECT_EQ(assignment_role_code(AssignmentRole::lead), "lead");
    EXPECT_EQ(assignment_role_code(AssignmentRole::coordinating), "coordinating");
}

TEST(ReportDefaults, ANewReportIsADraftNotStartedAtVersionOne) {
    const ProgressReport report;
    EXPECT_EQ(report.state, ReportState::draft);
    EXPECT_EQ(report.progress, Progress::not_started);
    EXPECT_EQ(report.role, AssignmentRole::lead);
    EXPECT_EQ(report.version, 1);
    EXPECT_TRUE(is_editable(report.state));
}

}  // namespace

}  // namespace parindex
