#pragma once
// A file compiled into the binary by cmake/embed.cmake (migrations, demo data).

#include <string_view>

namespace parindex {

struct EmbeddedFile {
    std::string_view name;     // the file name, without its folder: "0001_plan.sql"
    std::string_view content;  // its bytes
};

}  // namespace parindex
