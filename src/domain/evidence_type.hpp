#pragma once
// Which uploads are accepted as evidence, judged by the file's own first bytes (and, for the
// ZIP- and OLE-based office formats, by the extension among those the bytes allow), never by
// the type the browser claims.

#include <optional>
#include <string_view>

namespace parindex {

inline constexpr std::size_t k_max_evidence_bytes = std::size_t{20} * 1024 * 1024;

// A file name safe to store and show: valid UTF-8, no path separators, no control characters,
// no bidirectional overrides (which make "\u202Efdp.exe" look like "exe.pdf"), not "." or "..".
[[nodiscard]] bool is_safe_file_name(std::string_view name);

// The media type of an accepted file, or nothing for a type that is refused.
[[nodiscard]] std::optional<std::string_view> sniff_evidence_type(std::string_view bytes,
                                                                  std::string_view file_name);

}  // namespace parindex
