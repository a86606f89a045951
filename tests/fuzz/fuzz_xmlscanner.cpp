// libFuzzer harness: the lean XML scanner directly, over arbitrary bytes delivered in chunks
// of a size the first byte picks (1–64 bytes, or whole), so that every token, entity and
// character reference is also cut at every buffer boundary. Each token's views are read in
// full, as the sheet parsers read them. Before each token the scanner is asked for a whole
// element (peekElement, the sheet's fast path), which an odd first byte also takes.
// Built with -DBUSOLA_FUZZ=ON (clang).
#include "import/readers/bytesource.h"
#include "import/readers/xmlscanner.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

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

size_t touch(const XmlScanner::Element &e)
{
    size_t sum = touch(e.local) + touch(e.qname) + touch(e.text) + touch(e.attribute("r"));
    for (int i = 0; i < e.attributeCount; ++i)
        sum += touch(e.attributeLocal[i]) + touch(e.attributeValue[i]);
    for (int d = 0; d < e.depth; ++d)
        sum += touch(e.childLocal[d]) + touch(e.childQName[d]);
    return sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = data[0] > 64 ? size : size_t(data[0]) + 1;
    const bool takeElements = data[0] & 1;
    ChunkedSource source(data + 1, size - 1, chunk);
    XmlScanner scanner(&source, QStringLiteral("fuzz.xml"));
    volatile size_t sink = 0;
    XmlScanner::Element element;
    for (int tokens = 0; tokens < 1000000; ++tokens) {
        if (scanner.peekElement(element)) {
            sink = sink + touch(element);
            if (takeElements) {
                scanner.takeElement(element);
                sink = sink + touch(scanner.localName());
                continue;
            }
        }
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::EndOfDocument || token == XmlScanner::Invalid)
            break;
        sink = sink + touch(scanner.localName()) + touch(scanner.qualifiedName()) +
               touch(scanner.text());
        if (token == XmlScanner::StartElement)
            sink = sink + touch(scanner.attribute("r")) + touch(scanner.attribute("t")) +
                   touch(scanner.qualifiedAttribute("table:name")) +
                   size_t(scanner.hasAttribute("s"));
        (void)scanner.progress();
    }
    (void)scanner.errorString();
    return 0;
}
