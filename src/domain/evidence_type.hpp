#pragma once
// Which uploads are accepted as evidence, judged by the file's own first bytes (and, for the
// ZIP- and OLE-based office formats, by the extension among those the bytes allow), never by
// the type the browser claims.

#include <optional>
#include <string_view>

namespace parindex {

inline constexpr std::size_t k_max_evidence_bytes = std::size_t{20} * 1024 * 1024;

// The media type of an accepted file, or nothing for a type that is refused.
[[nodiscard]] std::optional<std::string_view> sniff_evidence_type(std::string_view bytes,
                                                                  std::string_view file_name);

}  // namespace parindex
