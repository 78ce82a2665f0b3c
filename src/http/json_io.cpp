#include "http/json_io.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/error_mapping.hpp"
#include "core/text.hpp"

namespace parindex {

namespace {

tl::unexpected<Error> invalid_field(const char* name, Label expectation) {
    return fail(ErrorCode::invalid_input, Label::error_field_invalid,
                {name, std::string(label_text(expectation))}, Location{{}, 0, name});
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

}  // namespace

std::string percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool is_escape = text[i] == '%' && i + 2 < text.size() &&
                               hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0;
        if (!is_escape) {
            out += text[i];
            continue;
        }
        out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
        i += 2;
    }
    return out;
}

Result<nlohmann::json> parse_json_body(const HttpRequest& request) {
    // Forms are small; the 32 MiB request limit is for evidence uploads, and a parsed JSON tree
    // can take sixty times its text's size.
    constexpr std::size_t k_max_json_bytes = std::size_t{256} * 1024;
    if (request.body.size() > k_max_json_bytes) {
        return fail(ErrorCode::too_large, Label::http_body_too_large,
                    {std::to_string(k_max_json_bytes)});
    }
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        return fail(ErrorCode::invalid_input, Label::error_bad_json);
    }
    return body;
}

Result<std::string> text_field(const nlohmann::json& body, const char* name, std::string fallback) {
    const auto found = body.find(name);
    if (found == body.end() || found->is_null()) {
        return fallback;
    }
    if (!found->is_string()) {
        return invalid_field(name, Label::expect_text);
    }
    const auto& text = found->get_ref<const std::string&>();
    if (!is_valid_utf8(text)) {
        return invalid_field(name, Label::expect_text);
    }
    return to_nfc(text);
}

Result<int> int_field(const nlohmann::json& body, const char* name) {
    const auto found = body.find(name);
    if (found == body.end() || !found->is_number_integer()) {
        return invalid_field(name, Label::expect_integer);
    }
    return found->get<int>();
}

Result<bool> bool_field(const nlohmann::json& body, const char* name, bool fallback) {
    const auto found = body.find(name);
    if (found == body.end() || found->is_null()) {
        return fallback;
    }
    if (!found->is_boolean()) {
        return invalid_field(name, Label::expect_boolean);
    }
    return found->get<bool>();
}

Result<bool> required_bool_field(const nlohmann::json& body, const char* name) {
    const auto found = body.find(name);
    if (found == body.end() || !found->is_boolean()) {
        return invalid_field(name, Label::expect_boolean);
    }
    return found->get<bool>();
}

Result<std::optional<CivilDate>> date_field(const nlohmann::json& body, const char* name) {
    PARINDEX_TRY_ASSIGN(text, text_field(body, name));
    if (text.empty()) {
        return std::optional<CivilDate>{};
    }
    const auto date = CivilDate::parse_iso(text);
    if (!date) {
        return fail(ErrorCode::invalid_input, Label::error_bad_date, {text}, Location{{}, 0, name});
    }
    return std::optional<CivilDate>{*date};
}

HttpResponse json_response(int status, const nlohmann::json& body) {
    return HttpResponse{status,
                        "application/json; charset=utf-8",
                        body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                        {}};
}

HttpResponse json_text_response(std::string body) {
    return HttpResponse{200, "application/json; charset=utf-8", std::move(body), {}};
}

nlohmann::json number_or_null(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& diagnostic : diagnostics) {
        list.push_back({{"line", diagnostic.where.line},
                        {"field", diagnostic.where.field},
                        {"message", format_label(diagnostic.message, diagnostic.args)}});
    }
    return list;
}

HttpResponse problems_response(const std::vector<Diagnostic>& problems) {
    return json_response(http_status(ErrorCode::invalid_input),
                         nlohmann::json{{"error", describe(problems.front())},
                                        {"problems", diagnostics_json(problems)}});
}

HttpResponse no_content() {
    return HttpResponse{204, "application/json; charset=utf-8", "", {}};
}

std::string query_value(std::string_view query, std::string_view name) {
    while (!query.empty()) {
        const std::size_t end = std::min(query.find('&'), query.size());
        const std::string_view pair = query.substr(0, end);
        const std::size_t equals = pair.find('=');
        if (pair.substr(0, equals) == name) {
            if (equals == std::string_view::npos) {
                return {};
            }
            std::string value(pair.substr(equals + 1));
            std::replace(value.begin(), value.end(), '+', ' ');  // a form's space
            return percent_decode(value);
        }
        query.remove_prefix(std::min(end + 1, query.size()));
    }
    return {};
}

HttpResponse attachment(std::string_view content_type, std::string body,
                        const std::string& file_name) {
    HttpResponse response{200, std::string(content_type), std::move(body), {}};
    response.headers.emplace_back("Content-Disposition",
                                  "attachment; filename=\"" + file_name + "\"");
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    return response;
}

}  // namespace parindex
