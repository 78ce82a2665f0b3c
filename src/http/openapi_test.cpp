// Keeps docs/openapi.json honest: every route in the table is documented, nothing documented is
// missing from the table, every $ref points somewhere, and each path's {parameters} are declared.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "http/routes.hpp"

#ifndef PARINDEX_OPENAPI_PATH
#error "PARINDEX_OPENAPI_PATH must name docs/openapi.json"
#endif

namespace parindex {
namespace {

using nlohmann::json;

// The operation keys of an OpenAPI 3.0 path item.
const std::vector<std::string> k_http_methods = {"get",   "put",  "post",    "delete",
                                                 "patch", "head", "options", "trace"};

const json& openapi() {
    static const json document = [] {
        std::ifstream file(PARINDEX_OPENAPI_PATH);
        EXPECT_TRUE(file) << "cannot open " << PARINDEX_OPENAPI_PATH;
        std::stringstream text;
        text << file.rdbuf();
        return json::parse(text.str(), nullptr, false);
    }();
    return document;
}

std::string lower_case(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string upper_case(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// "METHOD /pattern" for every operation the document describes.
std::set<std::string> documented_signatures() {
    std::set<std::string> signatures;
    for (const auto& [path, item] : openapi().at("paths").items()) {
        for (const std::string& method : k_http_methods) {
            if (item.contains(method)) {
                signatures.insert(upper_case(method) + " " + path);
            }
        }
    }
    return signatures;
}

// Follows a local reference ("#/components/parameters/ReportId"); null when it leads nowhere.
const json* resolve(const std::string& ref) {
    if (!ref.starts_with("#/")) {
        return nullptr;
    }
    const json::json_pointer pointer(ref.substr(1));
    return openapi().contains(pointer) ? &openapi().at(pointer) : nullptr;
}

void collect_refs(const json& node, std::vector<std::string>& refs) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "$ref" && value.is_string()) {
                refs.push_back(value.get<std::string>());
            } else {
                collect_refs(value, refs);
            }
        }
    } else if (node.is_array()) {
        for (const json& value : node) {
            collect_refs(value, refs);
        }
    }
}

// The parameter objects of a list, with references followed.
std::vector<json> parameters_of(const json& holder) {
    std::vector<json> parameters;
    if (!holder.contains("parameters")) {
        return parameters;
    }
    for (const json& parameter : holder.at("parameters")) {
        const json* resolved = parameter.contains("$ref")
                                   ? resolve(parameter.at("$ref").get<std::string>())
                                   : &parameter;
        if (resolved != nullptr) {
            parameters.push_back(*resolved);
        }
    }
    return parameters;
}

// The {names} of a path template: "/api/reports/{id}/submit" gives {"id"}.
std::set<std::string> template_names(const std::string& path) {
    std::set<std::string> names;
    for (std::size_t open = path.find('{'); open != std::string::npos;
         open = path.find('{', open)) {
        const std::size_t close = path.find('}', open);
        names.insert(path.substr(open + 1, close - open - 1));
        open = close;
    }
    return names;
}

TEST(OpenApi, IsAnOpenApi303DocumentWithATitle) {
    ASSERT_FALSE(openapi().is_discarded()) << PARINDEX_OPENAPI_PATH << " is not valid JSON";
    EXPECT_EQ(openapi().at("openapi"), "3.0.3");
    EXPECT_EQ(openapi().at("info").at("title"), "parindex API");
    EXPECT_TRUE(openapi().at("paths").is_object());
}

TEST(OpenApi, DocumentsEveryRoute) {
    ASSERT_FALSE(openapi().is_discarded());
    const std::set<std::string> documented = documented_signatures();
    for (const std::string& route : route_signatures()) {
        const std::size_t space = route.find(' ');
        const std::string method = lower_case(route.substr(0, space));
        const std::string pattern = route.substr(space + 1);
        EXPECT_TRUE(documented.contains(route))
            << "routes.cpp serves " << route << " but docs/openapi.json has no paths[\"" << pattern
            << "\"]." << method;
    }
}

TEST(OpenApi, DocumentsOnlyRoutesThatExist) {
    ASSERT_FALSE(openapi().is_discarded());
    const std::vector<std::string> routes = route_signatures();
    const std::set<std::string> served(routes.begin(), routes.end());
    for (const std::string& operation : documented_signatures()) {
        EXPECT_TRUE(served.contains(operation))
            << "docs/openapi.json describes " << operation << ", which routes.cpp does not serve";
    }
}

TEST(OpenApi, EveryReferenceResolves) {
    ASSERT_FALSE(openapi().is_discarded());
    std::vector<std::string> refs;
    collect_refs(openapi(), refs);
    EXPECT_FALSE(refs.empty());
    for (const std::string& ref : refs) {
        EXPECT_NE(resolve(ref), nullptr) << "dangling $ref " << ref;
    }
}

TEST(OpenApi, DeclaresEveryPathParameter) {
    ASSERT_FALSE(openapi().is_discarded());
    for (const auto& [path, item] : openapi().at("paths").items()) {
        const std::set<std::string> expected = template_names(path);
        for (const std::string& method : k_http_methods) {
            if (!item.contains(method)) {
                continue;
            }
            std::set<std::string> declared;
            for (const json* holder : {&item, &item.at(method)}) {
                for (const json& parameter : parameters_of(*holder)) {
                    if (parameter.at("in") == "path") {
                        declared.insert(parameter.at("name").get<std::string>());
                    }
                }
            }
            EXPECT_EQ(declared, expected) << upper_case(method) << " " << path;
        }
    }
}

// Every change but the login needs the session cookie and so the CSRF header (see routes.cpp).
TEST(OpenApi, ChangesBehindALoginAskForTheCsrfHeader) {
    ASSERT_FALSE(openapi().is_discarded());
    for (const auto& [path, item] : openapi().at("paths").items()) {
        for (const char* method : {"post", "put", "delete"}) {
            if (!item.contains(method)) {
                continue;
            }
            const json& operation = item.at(method);
            const bool is_public =
                operation.contains("security") && operation.at("security").empty();
            const std::vector<json> parameters = parameters_of(operation);
            const bool asks_csrf =
                std::any_of(parameters.begin(), parameters.end(), [](const json& p) {
                    return p.at("in") == "header" && p.at("name") == "X-CSRF-Token" &&
                           p.value("required", false);
                });
            EXPECT_EQ(asks_csrf, !is_public) << method << " " << path;
        }
    }
}

}  // namespace
}  // namespace parindex
