#include "app/user_admin.hpp"

#include <algorithm>
#include <cctype>

#include "app/audit_snapshot.hpp"
#include "app/text_input.hpp"
#include "core/text.hpp"
#include "domain/permissions.hpp"

namespace parindex {

namespace {

constexpr std::size_t k_max_name = 100;

bool is_username_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '-';
}

}  // namespace

Actor command_line_operator() {
    return Actor{0, "cli", "Quản trị (dòng lệnh)", Role::admin, {}};
}

Result<void> UserAdmin::validate(const UserDraft& draft, bool is_new) {
    const bool is_valid_name =
        !draft.username.empty() && draft.username.size() <= 64 &&
        std::all_of(draft.username.begin(), draft.username.end(), is_username_char);
    if (!is_valid_name) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                    {std::string(label_text(Label::word_username)), draft.username},
                    Location{{}, 0, "username"});
    }
    PARINDEX_TRY(
        required_text(draft.display_name, k_max_name, Label::word_display_name, "display_name"));
    if (is_province_role(draft.role) != m_province) {
        return fail(ErrorCode::invalid_input,
                    m_province ? Label::error_role_not_province : Label::error_role_province_only,
                    {std::string(label_text(role_label(draft.role)))}, Location{{}, 0, "role"});
    }
    if (role_needs_unit(draft.role) && draft.unit_key.empty()) {
        return fail(ErrorCode::invalid_input, Label::error_unit_required,
                    {std::string(label_text(role_label(draft.role)))}, Location{{}, 0, "unit_key"});
    }
    if (is_new && !draft.password) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::word_password))}, Location{{}, 0, "password"});
    }
    if (draft.password && draft.password->size() < k_min_password_length) {
        return fail(ErrorCode::invalid_input, Label::error_password_short,
                    {std::to_string(k_min_password_length)}, Location{{}, 0, "password"});
    }
    return {};
}

Result<void> UserAdmin::audit(const Actor& actor, const std::string& action, const User* before,
                              const User& after) {
    return m_store.audit().append(
        AuditEntry{0, m_clock.now(), actor.username, action, "user:" + std::to_string(after.id), "",
                   before != nullptr ? snapshot(*before) : "", snapshot(after)});
}

Result<std::vector<User>> UserAdmin::list(const Actor& actor) {
    if (!can_manage_users(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    std::vector<User> users;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.users().list_users());
        users = std::move(found);
        return {};
    }));
    return users;
}

Result<User> UserAdmin::create(const Actor& actor, const UserDraft& draft) {
    if (!can_manage_users(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY(validate(draft, true));
    PARINDEX_TRY_ASSIGN(hash, m_crypto.hash_password(*draft.password));
    User user{0,
              draft.username,
              to_nfc(draft.display_name),
              draft.role,
              role_needs_unit(draft.role) ? draft.unit_key : "",
              draft.is_active,
              std::move(hash)};
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(existing, m_store.users().find_user_by_name(user.username));
        if (existing) {
            return fail(ErrorCode::conflict, Label::error_username_taken, {user.username},
                        Location{{}, 0, "username"});
        }
        PARINDEX_TRY_ASSIGN(id, m_store.users().create_user(user));
        user.id = id;
        return audit(actor, "user.create", nullptr, user);
    }));
    return user;
}

Result<User> UserAdmin::update(const Actor& actor, std::int64_t id, const UserDraft& draft) {
    if (!can_manage_users(actor)) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    // Hashing takes a tenth of a second: done before the transaction, which holds the database.
    std::optional<std::string> new_hash;
    if (draft.password) {
        PARINDEX_TRY(validate(UserDraft{"x", draft.display_name, draft.role, draft.unit_key,
                                        draft.is_active, draft.password},
                              false));
        PARINDEX_TRY_ASSIGN(hash, m_crypto.hash_password(*draft.password));
        new_hash = std::move(hash);
    }
    User after;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(before, m_store.users().find_user(id));
        if (!before) {
            return fail(ErrorCode::not_found, Label::error_user_not_found, {std::to_string(id)});
        }
        UserDraft checked = draft;
        checked.username = before->username;
        PARINDEX_TRY(validate(checked, false));
        after = *before;
        after.display_name = to_nfc(draft.display_name);
        after.role = draft.role;
        after.unit_key = role_needs_unit(draft.role) ? draft.unit_key : "";
        after.is_active = draft.is_active;
        if (new_hash) {
            after.password_hash = *new_hash;
        }
        PARINDEX_TRY(m_store.users().update_user(after));
        // A reset password or a closed account ends the sessions opened before.
        if (draft.password || !after.is_active) {
            PARINDEX_TRY(m_store.sessions().delete_sessions_of(after.id));
        }
        return audit(actor, "user.update", &*before, after);
    }));
    return after;
}

Result<User> UserAdmin::set_password(const Actor& actor, const std::string& username,
                                     const std::string& password) {
    std::optional<User> user;
    PARINDEX_TRY(m_store.transaction([&]() -> Result<void> {
        PARINDEX_TRY_ASSIGN(found, m_store.users().find_user_by_name(username));
        user = std::move(found);
        return {};
    }));
    if (!user) {
        return fail(ErrorCode::not_found, Label::error_user_not_found, {username});
    }
    return update(actor, user->id,
                  UserDraft{user->username, user->display_name, user->role, user->unit_key,
                            user->is_active, password});
}

}  // namespace parindex
