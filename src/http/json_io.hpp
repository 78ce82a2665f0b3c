#pragma once
// Reading JSON request bodies with located, Vietnamese errors, and writing JSON responses.
// Only the forward declarations of nlohmann/json here; the library itself stays in the .cpp
// files of this adapter.

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"
#include "http/server.hpp"

namespace parindex {

[[nodiscard]] Result<nlohmann::json> parse_json_body(const HttpRequest& request);

// A text field; missing or null gives the fallback, another type is an error naming the field.
[[nodiscard]] Result<std::string> text_field(const nlohmann::json& body, const char* name,
                                             std::string fallback = {});
[[nodiscard]] Result<int> int_field(const nlohmann::json& body, const char* name);
[[nodiscard]] Result<bool> bool_field(const nlohmann::json& body, const char* name, bool fallback);
[[nodiscard]] Result<bool> required_bool_field(const nlohmann::json& body, const char* name);
// A date written yyyy-mm-dd; empty or missing gives nothing.
[[nodiscard]] Result<std::optional<CivilDate>> date_field(const nlohmann::json& body,
                                                          const char* name);

[[nodiscard]] HttpResponse json_response(int status, const nlohmann::json& body);
[[nodiscard]] HttpResponse no_content();
// The number, or null when there is none.
[[nodiscard]] nlohmann::json number_or_null(const std::optional<double>& value);
// Problems found in what a person sent, each with its line and field, as a list of objects.
[[nodiscard]] nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics);
// A 422 response naming the first problem in "error" and listing them all in "problems".
[[nodiscard]] HttpResponse problems_response(const std::vector<Diagnostic>& problems);
// A 200 download of `body` saved as `file_name` (Content-Disposition: attachment; nosniff).
[[nodiscard]] HttpResponse attachment(std::string_view content_type, std::string body,
                                      const std::string& file_name);
// A 200 response with a body that is already JSON text.
[[nodiscard]] HttpResponse json_text_response(std::string body);

// %XX escapes decoded; '+' stays '+' (header values are not forms).
[[nodiscard]] std::string percent_decode(std::string_view text);

// The value of `name` in a query string ("year=2025&x=1"), percent-decoded; empty when absent.
[[nodiscard]] std::string query_value(std::string_view query, std::string_view name);

}  // namespace parindex
