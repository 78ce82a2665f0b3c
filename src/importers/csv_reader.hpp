#pragma once
// Splits RFC 4180 CSV into records without copying: a field is a view into the input unless it
// was quoted with doubled quotes inside, in which case it is unescaped into the reader's own
// buffer. A leading UTF-8 BOM is skipped, CRLF and LF both end records, a quoted field may span
// lines. Each record knows the line it starts on, for error messages.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace parindex {

class CsvReader {
  public:
    explicit CsvReader(std::string_view bytes);

    // Reads the next record into `fields` (views valid until the next call); false at the end.
    // An unterminated quoted field is an error naming its line.
    [[nodiscard]] Result<bool> next(std::vector<std::string_view>& fields);
    // The line the last record read started on (1-based).
    [[nodiscard]] int line() const { return m_record_line; }
    // The raw text of the last record read, without its line end.
    [[nodiscard]] std::string_view raw() const { return m_raw; }
    // How far the reader is through the input, in bytes.
    [[nodiscard]] std::size_t position() const { return m_position; }

  private:
    struct Span {
        std::size_t begin = 0;
        std::size_t size = 0;
        bool unescaped = false;  // in m_buffer rather than the input
    };

    std::string_view m_bytes;
    std::size_t m_position = 0;
    int m_line = 1;
    int m_record_line = 0;
    std::string_view m_raw;
    std::string m_buffer;
    std::vector<Span> m_spans;
};

}  // namespace parindex
