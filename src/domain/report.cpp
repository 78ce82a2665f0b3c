#include "domain/report.hpp"

#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_state_codes = {
    EnumEntry<ReportState>{ReportState::draft, "draft"},
    EnumEntry<ReportState>{ReportState::submitted, "submitted"},
    EnumEntry<ReportState>{ReportState::returned, "returned"},
    EnumEntry<ReportState>{ReportState::accepted, "accepted"},
};

constexpr std::array k_state_labels = {
    EnumEntry<ReportState, Label>{ReportState::draft, Label::report_draft},
    EnumEntry<ReportState, Label>{ReportState::submitted, Label::report_submitted},
    EnumEntry<ReportState, Label>{ReportState::returned, Label::report_returned},
    EnumEntry<ReportState, Label>{ReportState::accepted, Label::report_accepted},
};

constexpr std::array k_progress_codes = {
    EnumEntry<Progress>{Progress::not_started, "not_started"},
    EnumEntry<Progress>{Progress::in_progress, "in_progress"},
    EnumEntry<Progress>{Progress::done, "done"},
    EnumEntry<Progress>{Progress::at_risk, "at_risk"},
    EnumEntry<Progress>{Progress::blocked, "blocked"},
};

constexpr std::array k_progress_labels = {
    EnumEntry<Progress, Label>{Progress::not_started, Label::progress_not_started},
    EnumEntry<Progress, Label>{Progress::in_progress, Label::progress_in_progress},
    EnumEntry<Progress, Label>{Progress::done, Label::progress_done},
    EnumEntry<Progress, Label>{Progress::at_risk, Label::progress_at_risk},
    EnumEntry<Progress, Label>{Progress::blocked, Label::progress_blocked},
};

struct Transition {
    ReportState from;
    ReviewAction action;
    ReportState to;
};

// The review workflow, one row per allowed move.
constexpr std::array k_transitions = {
    Transition{ReportState::draft, ReviewAction::submit, ReportState::submitted},
    Transition{ReportState::returned, ReviewAction::submit, ReportState::submitted},
    Transition{ReportState::submitted, ReviewAction::accept, ReportState::accepted},
    Transition{ReportState::submitted, ReviewAction::give_back, ReportState::returned},
};

}  // namespace

std::optional<ReportState> next_state(ReportState state, ReviewAction action) {
    for (const Transition& transition : k_transitions) {
        if (transition.from == state && transition.action == action) {
            return transition.to;
        }
    }
    return std::nullopt;
}

bool is_editable(ReportState state) {
    return state == ReportState::draft || state == ReportState::returned;
}

std::string_view report_state_code(ReportState state) {
    return lookup(k_state_codes, state);
}

std::optional<ReportState> report_state_from_code(std::string_view code) {
    return reverse_lookup(k_state_codes, code);
}

Label report_state_label(ReportState state) {
    return lookup(k_state_labels, state);
}

std::string_view progress_code(Progress progress) {
    return lookup(k_progress_codes, progress);
}

std::optional<Progress> progress_from_code(std::string_view code) {
    return reverse_lookup(k_progress_codes, code);
}

Label progress_label(Progress progress) {
    return lookup(k_progress_labels, progress);
}

std::string_view assignment_role_code(AssignmentRole role) {
    return role == AssignmentRole::lead ? "lead" : "coordinating";
}

}  // namespace parindex
