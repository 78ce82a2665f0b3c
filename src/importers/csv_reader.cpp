#include "importers/csv_reader.hpp"

namespace parindex {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

}  // namespace

CsvReader::CsvReader(std::string_view bytes) : m_bytes(bytes) {
    if (m_bytes.starts_with(k_bom)) {
        m_position = k_bom.size();
    }
}

Result<bool> CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    m_spans.clear();
    m_buffer.clear();
    if (m_position >= m_bytes.size()) {
        return false;
    }
    m_record_line = m_line;
    const std::size_t record_begin = m_position;
    const std::size_t size = m_bytes.size();
    std::size_t record_end = size;
    bool at_record_end = false;
    while (!at_record_end) {
        Span span;
        if (m_position < size && m_bytes[m_position] == '"') {
            // Quoted: copy into the buffer only when a doubled quote forces it.
            ++m_position;
            const std::size_t begin = m_position;
            bool closed = false;
            bool copied = false;
            while (m_position < size) {
                const char c = m_bytes[m_position];
                if (c == '"') {
                    if (m_position + 1 < size && m_bytes[m_position + 1] == '"') {
                        if (!copied) {
                            span = Span{m_buffer.size(), 0, true};
                            m_buffer.append(m_bytes.substr(begin, m_position - begin));
                            copied = true;
                        }
                        m_buffer.push_back('"');
                        m_position += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    ++m_line;
                }
                if (copied) {
                    m_buffer.push_back(c);
                }
                ++m_position;
            }
            if (!closed) {
                return fail(ErrorCode::invalid_input, Label::error_csv_unterminated_quote, {},
                            Location{{}, m_record_line, {}});
            }
            span = copied ? Span{span.begin, m_buffer.size() - span.begin, true}
                          : Span{begin, m_position - begin, false};
            ++m_position;  // the closing quote; anything up to the separator is ignored
            while (m_position < size && m_bytes[m_position] != ',' && m_bytes[m_position] != '\n' &&
                   m_bytes[m_position] != '\r') {
                ++m_position;
            }
        } else {
            const std::size_t begin = m_position;
            while (m_position < size && m_bytes[m_position] != ',' && m_bytes[m_position] != '\n' &&
                   m_bytes[m_position] != '\r') {
                ++m_position;
            }
            span = Span{begin, m_position - begin, false};
        }
        m_spans.push_back(span);
        if (m_position >= size) {
            at_record_end = true;
            record_end = size;
        } else if (m_bytes[m_position] == ',') {
            ++m_position;
        } else {
            record_end = m_position;
            if (m_bytes[m_position] == '\r') {
                ++m_position;
            }
            if (m_position < size && m_bytes[m_position] == '\n') {
                ++m_position;
            }
            ++m_line;
            at_record_end = true;
        }
    }
    m_raw = m_bytes.substr(record_begin, record_end - record_begin);
    const std::string_view buffer = m_buffer;
    for (const Span& span : m_spans) {
        fields.push_back(span.unescaped ? buffer.substr(span.begin, span.size)
                                        : m_bytes.substr(span.begin, span.size));
    }
    return true;
}

}  // namespace parindex
