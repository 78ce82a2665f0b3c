#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/permissions.hpp"
#include "http/handlers.hpp"
#include "http/json_io.hpp"
#include "http/view_json.hpp"

namespace parindex {

namespace {

Result<UserDraft> user_draft(const nlohmann::json& body, bool is_new) {
    UserDraft draft;
    if (is_new) {
        PARINDEX_TRY_ASSIGN(username, text_field(body, "username"));
        draft.username = std::move(username);
    }
    PARINDEX_TRY_ASSIGN(display_name, text_field(body, "display_name"));
    draft.display_name = std::move(display_name);
    PARINDEX_TRY_ASSIGN(role, text_field(body, "role"));
    const auto parsed_role = role_from_code(role);
    if (!parsed_role) {
        return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                    {"role", std::string(label_text(Label::expect_code))}, Location{{}, 0, "role"});
    }
    draft.role = *parsed_role;
    PARINDEX_TRY_ASSIGN(unit_key, text_field(body, "unit_key"));
    draft.unit_key = std::move(unit_key);
    // An edit sends every field: a missing role or state must not silently demote or revive.
    PARINDEX_TRY_ASSIGN(
        active, is_new ? bool_field(body, "active", true) : required_bool_field(body, "active"));
    draft.is_active = active;
    PARINDEX_TRY_ASSIGN(password, text_field(body, "password"));
    if (!password.empty()) {
        draft.password = std::move(password);
    }
    return draft;
}

Result<void> check_unit(const Overview& overview, const UserDraft& draft) {
    const Unit* unit = overview.find_unit(draft.unit_key);
    const bool is_known_plain_unit = unit != nullptr && unit->kind == UnitKind::unit;
    if (role_needs_unit(draft.role) && !is_known_plain_unit) {
        return fail(ErrorCode::invalid_input, Label::error_unit_not_found, {draft.unit_key},
                    Location{{}, 0, "unit_key"});
    }
    return {};
}

Result<Unit> unit_from_body(const RequestContext& request) {
    if (!can_manage_users(request.actor())) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(name, text_field(body, "name"));
    const std::string collapsed = collapse_whitespace(name);
    if (collapsed.empty() || collapsed.size() > 200) {
        return fail(ErrorCode::invalid_input, Label::error_field_required,
                    {std::string(label_text(Label::word_unit))}, Location{{}, 0, "name"});
    }
    return Unit{fold_for_matching(collapsed), collapsed, UnitKind::unit, false};
}

}  // namespace

Result<HttpResponse> handle_list_users(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(users, context.users.list(request.actor()));
    nlohmann::json list = nlohmann::json::array();
    for (const User& user : users) {
        list.push_back(user_json(user));
    }
    return json_response(200, nlohmann::json{{"users", std::move(list)}});
}

Result<HttpResponse> handle_create_user(ApiContext& context, RequestContext& request) {
    if (!can_manage_users(request.actor())) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(draft, user_draft(body, true));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY(check_unit(*overview, draft));
    PARINDEX_TRY_ASSIGN(user, context.users.create(request.actor(), draft));
    return json_response(201, user_json(user));
}

Result<HttpResponse> handle_update_user(ApiContext& context, RequestContext& request) {
    if (!can_manage_users(request.actor())) {
        return fail(ErrorCode::forbidden, Label::error_forbidden);
    }
    PARINDEX_TRY_ASSIGN(id, id_param(request, 0));
    PARINDEX_TRY_ASSIGN(body, parse_json_body(request.request));
    PARINDEX_TRY_ASSIGN(draft, user_draft(body, false));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    PARINDEX_TRY(check_unit(*overview, draft));
    PARINDEX_TRY_ASSIGN(user, context.users.update(request.actor(), id, draft));
    return json_response(200, user_json(user));
}

Result<HttpResponse> handle_create_unit(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(unit, unit_from_body(request));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    if (overview->find_unit(unit.key) != nullptr) {
        return fail(ErrorCode::conflict, Label::error_unit_exists, {unit.name},
                    Location{{}, 0, "name"});
    }
    PARINDEX_TRY(
        context.store.transaction([&] { return context.store.units().save_units({unit}); }));
    return json_response(201,
                         nlohmann::json{{"key", unit.key}, {"name", unit.name}, {"kind", "unit"}});
}

Result<HttpResponse> handle_rename_unit(ApiContext& context, RequestContext& request) {
    PARINDEX_TRY_ASSIGN(renamed, unit_from_body(request));
    PARINDEX_TRY_ASSIGN(overview, context.overview.get());
    const Unit* unit = overview->find_unit(request.params.at(0));
    if (unit == nullptr) {
        return fail(ErrorCode::not_found, Label::error_unit_not_found, {request.params.at(0)});
    }
    Unit updated = *unit;  // the key stays: reports and accounts refer to it
    updated.name = renamed.name;
    PARINDEX_TRY(
        context.store.transaction([&] { return context.store.units().save_units({updated}); }));
    return json_response(200, nlohmann::json{{"key", updated.key},
                                             {"name", updated.name},
                                             {"kind", unit_kind_code(updated.kind)}});
}

}  // namespace parindex
