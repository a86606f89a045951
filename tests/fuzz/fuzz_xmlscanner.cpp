// libFuzzer harness: the lean XML scanner directly, over arbitrary bytes delivered in chunks
// of a size the first byte picks (1–64 bytes, or whole), so that every token, entity and
// character reference is also cut at every buffer boundary. Each token's views are read in
// full, as the sheet parsers read them. The input is read twice: by next() alone, and with
// each token first offered to peekElement (the sheet's fast path), whose whole elements an
// odd first byte also takes; the two readings must give the same tokens and the same error.
// Built with -DBUSOLA_FUZZ=ON (clang).
#include "import/readers/bytesource.h"
#include "import/readers/xmlscanner.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace busola;

namespace {

class ChunkedSource final : public ByteSource
{
public:
    ChunkedSource(const uint8_t *data, size_t size, size_t chunk)
        : m_data(data)
        , m_size(size)
        , m_chunk(chunk)
    {}
    qint64 read(char *buffer, qint64 maxLen) override
    {
        const size_t n = std::min({m_size - m_pos, m_chunk, size_t(maxLen)});
        std::memcpy(buffer, m_data + m_pos, n);
        m_pos += n;
        return qint64(n);
    }
    QString errorString() const override { return {}; }
    double progress() const override { return m_size ? double(m_pos) / double(m_size) : 1.0; }

private:
    const uint8_t *m_data;
    size_t m_size, m_pos = 0, m_chunk;
};

/// Touches every byte of a view, so ASan sees a view that outlived its buffer.
size_t touch(std::string_view s)
{
    size_t sum = 0;
    for (char c : s)
        sum += static_cast<unsigned char>(c);
    return sum;
}

/// The tokens as text, adjacent text merged (the two readings may split a run differently).
struct TokenLog
{
    std::vector<std::string> lines;
    std::string text;
    void add(std::string line)
    {
        flush();
        lines.push_back(std::move(line));
    }
    void flush()
    {
        if (!text.empty())
            lines.push_back("T " + text);
        text.clear();
    }
    void start(std::string_view local, std::string_view qname, std::string_view r,
               std::string_view t)
    {
        add("S " + std::string(local) + '|' + std::string(qname) + "|r=" + std::string(r) +
            "|t=" + std::string(t));
    }
};

/// An element peekElement() read whole, as the tokens next() gives for it.
void logElement(const XmlScanner::Element &e, TokenLog &log)
{
    log.start(e.local, e.qname, e.attribute("r"), e.attribute("t"));
    for (int d = 0; d < e.depth; ++d)
        log.start(e.childLocal[d], e.childQName[d], {}, {});
    log.text += std::string(e.text);
    for (int d = e.depth - 1; d >= 0; --d)
        log.add("E " + std::string(e.childLocal[d]));
    log.add("E " + std::string(e.local));
}

/// Reads the input token by token; with peek, also offers each token to peekElement(), and
/// with take, takes what it reads whole. Every view is read in full.
std::vector<std::string> readAll(const uint8_t *data, size_t size, size_t chunk, bool peek,
                                 bool take)
{
    ChunkedSource source(data, size, chunk);
    XmlScanner scanner(&source, QStringLiteral("fuzz.xml"));
    TokenLog log;
    volatile size_t sink = 0;
    XmlScanner::Element element;
    for (int tokens = 0; tokens < 1000000; ++tokens) {
        if (peek && scanner.peekElement(element)) {
            if (take) {
                logElement(element, log);
                scanner.takeElement(element);
                sink = sink + touch(scanner.localName());
                continue;
            }
            TokenLog ignored;
            logElement(element, ignored);
        }
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::EndOfDocument || token == XmlScanner::Invalid) {
            log.add(token == XmlScanner::Invalid ? "INVALID " + scanner.errorString().toStdString()
                                                 : std::string("EOF"));
            break;
        }
        if (token == XmlScanner::Text) {
            log.text += std::string(scanner.text());
        } else if (token == XmlScanner::StartElement) {
            log.start(scanner.localName(), scanner.qualifiedName(), scanner.attribute("r"),
                      scanner.attribute("t"));
            sink = sink + touch(scanner.qualifiedAttribute("table:name")) +
                   size_t(scanner.hasAttribute("s"));
        } else {
            log.add("E " + std::string(scanner.localName()));
        }
        (void)scanner.progress();
    }
    log.flush();
    return log.lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // Chunks of 1 to 65 bytes, but at most about 1,000 of them: the scanner reads a token
    // again from its start each time it needs more bytes, so a token of tens of KB in 1-byte
    // chunks took seconds (a 54 KB input timed out at 12 s under ASan). Real sources hand over
    // up to 1 MB at a time.
    const size_t chunk = data[0] > 64 ? size : std::max(size_t(data[0]) + 1, size / 1024);
    const bool take = data[0] & 1;
    // The elements peekElement() reads whole must read as the same tokens, the same error at
    // the same place, as next() alone gives.
    const std::vector<std::string> plain = readAll(data + 1, size - 1, chunk, false, false);
    if (readAll(data + 1, size - 1, chunk, true, take) != plain)
        abort();
    return 0;
}
