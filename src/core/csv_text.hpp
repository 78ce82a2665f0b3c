#pragma once
// One field of RFC 4180 CSV as text: quoted when it holds a comma, a quote or a line break,
// with its quotes doubled. Shared by every CSV parindex writes (exports, rejects files, data).

#include <string>
#include <string_view>

namespace parindex {

void append_csv_field(std::string& out, std::string_view text);
[[nodiscard]] std::string csv_field(std::string_view text);

}  // namespace parindex
