#include <iostream>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/services.hpp"
#include "core/error_mapping.hpp"

namespace parindex {

namespace {

// The password from --password, or else the first line of standard input (so it stays out of
// the shell history: `echo ... | parindex user passwd ten`).
std::string password_from(const std::string& option) {
    if (!option.empty()) {
        return option;
    }
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

Result<std::unique_ptr<Services>> open_services(CliContext& context) {
    PARINDEX_TRY_ASSIGN(store, context.store());
    PARINDEX_TRY_ASSIGN(ward, context.ward_code());
    return Services::create(*store, context.evidence_root(ward), std::nullopt,
                            ward == k_province_code);
}

}  // namespace

int run_user_add(CliContext& context, const UserAddOptions& options) {
    auto services = open_services(context);
    if (!services) {
        return context.report(services.error());
    }
    const auto role = role_from_code(options.role);
    if (!role) {
        return context.report(fail(ErrorCode::invalid_input, Label::error_field_invalid,
                                   {"--role", std::string(label_text(Label::expect_code))},
                                   Location{{}, 0, "--role"})
                                  .value());
    }
    auto user = (*services)->users.create(
        command_line_operator(),
        UserDraft{options.username, options.display_name, *role, options.unit_key, true,
                  password_from(options.password)});
    if (!user) {
        return context.report(user.error());
    }
    context.out() << format_label(Label::user_created,
                                  {user->username, std::string(label_text(role_label(user->role)))})
                  << '\n';
    return exit_ok;
}

int run_user_passwd(CliContext& context, const UserPasswdOptions& options) {
    auto services = open_services(context);
    if (!services) {
        return context.report(services.error());
    }
    auto user = (*services)->users.set_password(command_line_operator(), options.username,
                                                password_from(options.password));
    if (!user) {
        return context.report(user.error());
    }
    context.out() << format_label(Label::user_password_set, {user->username}) << '\n';
    return exit_ok;
}

int run_user_list(CliContext& context) {
    auto services = open_services(context);
    if (!services) {
        return context.report(services.error());
    }
    auto users = (*services)->users.list(command_line_operator());
    if (!users) {
        return context.report(users.error());
    }
    for (const User& user : *users) {
        context.out() << user.username << "\t" << user.display_name << "\t"
                      << label_text(role_label(user.role)) << "\t"
                      << (user.unit_key.empty() ? "-" : user.unit_key) << "\t"
                      << label_text(user.is_active ? Label::user_active : Label::user_inactive)
                      << '\n';
    }
    return exit_ok;
}

}  // namespace parindex
