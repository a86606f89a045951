#include "import/readers/xmlscanner.h"

#include "import/readers/bytesource.h"

#include <algorithm>
#include <cstring>

namespace busola {

namespace {

constexpr std::size_t kInitialBuffer = 1 << 20;
constexpr std::size_t kMaxBuffer = std::size_t(64) << 20; // the largest single token we accept

// Character classes, looked up once per byte in the hot loops (short runs make memchr's call
// overhead dominate).
enum : quint8 {
    kSpace = 1,       // XML blanks
    kEndsName = 2,    // blanks > / =
    kTextStop = 4,    // '<' ends a text run
    kNeedsDecode = 8, // & and CR in text; & TAB LF CR < in attribute values
    kColon = 16,      // separates a prefix from a local name
    kTextSpecial = 32 // what ends a plain run of text: < & CR, and > (which may end "]]>")
};

struct CharClasses
{
    quint8 of[256] = {};
    constexpr CharClasses()
    {
        for (unsigned char c : {' ', '\n', '\t', '\r'})
            of[c] |= kSpace | kEndsName;
        for (unsigned char c : {'>', '/', '='})
            of[c] |= kEndsName;
        of[static_cast<unsigned char>('<')] |= kTextStop | kNeedsDecode;
        for (unsigned char c : {'&', '\r', '\t', '\n'})
            of[c] |= kNeedsDecode;
        of[static_cast<unsigned char>(':')] |= kColon;
        for (unsigned char c : {'<', '&', '\r', '>'})
            of[c] |= kTextSpecial;
    }
};
constexpr CharClasses kClasses;

inline quint8 classOf(char c)
{
    return kClasses.of[static_cast<unsigned char>(c)];
}

inline bool isSpace(char c)
{
    return classOf(c) & kSpace;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
           (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/// Scans a name from p up to the first blank, '>', '/' or '='; local is set to where its
/// local part starts (after the first ':'; p when it has no prefix).
inline const char *scanName(const char *p, const char *end, const char *&local)
{
    local = p;
    const char *q = p;
    for (;;) {
        while (q < end && !(classOf(*q) & (kEndsName | kColon)))
            ++q;
        if (q == end || (classOf(*q) & kEndsName))
            return q;
        if (local == p) // after the first ':' only
            local = q + 1;
        ++q;
    }
}

std::string_view localPart(std::string_view qname)
{
    for (std::size_t i = 0; i < qname.size(); ++i)
        if (qname[i] == ':')
            return qname.substr(i + 1);
    return qname;
}

/// Matches "</qname>" at p, the end tag of the open element as most documents write it;
/// returns just past it, or null.
inline const char *endTagAt(const char *p, const char *end, std::string_view qname)
{
    if (std::size_t(end - p) < qname.size() + 3 || p[0] != '<' || p[1] != '/' ||
        p[qname.size() + 2] != '>')
        return nullptr;
    for (std::size_t i = 0; i < qname.size(); ++i) // a name or two of a byte: no memcmp call
        if (p[i + 2] != qname[i])
            return nullptr;
    return p + qname.size() + 3;
}

/// One attribute of a start tag as it stands in the buffer: name = "value".
struct RawAttribute
{
    const char *nameStart, *local, *nameEnd; ///< local: after the prefix's ':', if any
    const char *value, *valueEnd;            ///< between the quotes, undecoded
    quint8 classes;                          ///< of the value's bytes, or-ed
};

enum class AttributeScan { Done, NeedMore, NoValue, NoQuotes };

/// Scans the attribute that starts at q (a non-blank byte that ends no tag); on Done, q is just
/// past its closing quote. Both start-tag readers (scanStartTag, peekElement) go through it;
/// always inlined, as a call kept q and the attribute in memory (+400 M instructions on the
/// 300,000-row benchmark sheet).
Q_ALWAYS_INLINE AttributeScan scanAttribute(const char *&q, const char *end, RawAttribute &a)
{
    a.nameStart = q;
    q = scanName(q, end, a.local);
    a.nameEnd = q;
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return AttributeScan::NeedMore;
    if (*q != '=' || a.nameEnd == a.nameStart)
        return AttributeScan::NoValue;
    ++q;
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return AttributeScan::NeedMore;
    const char quote = *q;
    if (quote != '"' && quote != '\'')
        return AttributeScan::NoQuotes;
    a.value = q + 1;
    const char *ve = a.value;
    quint8 classes = 0;
    while (ve < end && *ve != quote)
        classes |= classOf(*ve++);
    if (ve == end)
        return AttributeScan::NeedMore;
    a.valueEnd = ve;
    a.classes = classes;
    q = ve + 1;
    return AttributeScan::Done;
}

} // namespace

XmlScanner::XmlScanner(ByteSource *source, QString documentName)
    : m_source(source)
    , m_documentName(std::move(documentName))
{
    // Not zeroed (new char[], not vector::resize): a small part touches only the pages its
    // bytes are read into, not all of the megabyte.
    m_buf.reset(new char[kInitialBuffer]);
    m_capacity = kInitialBuffer;
    m_attrs.reserve(16);
}

XmlScanner::Token XmlScanner::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = tr("%1: malformed XML near byte %2: %3")
                      .arg(m_documentName)
                      .arg(m_discarded + qint64(m_pos))
                      .arg(problem);
    m_eof = true;
    m_pos = m_end = 0;
    return Invalid;
}

double XmlScanner::progress() const
{
    return m_source->progress();
}

bool XmlScanner::refill()
{
    if (m_eof)
        return false;
    // Keep the unconsumed bytes (an incomplete token) and read after them.
    if (m_pos > 0) {
        std::memmove(m_buf.get(), m_buf.get() + m_pos, m_end - m_pos);
        m_discarded += qint64(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end * 2 > m_capacity) {
        if (m_capacity >= kMaxBuffer) {
            fail(tr("a single token is longer than %1 MB").arg(kMaxBuffer >> 20));
            return false;
        }
        std::unique_ptr<char[]> bigger(new char[m_capacity * 2]);
        std::memcpy(bigger.get(), m_buf.get(), m_end);
        m_buf = std::move(bigger);
        m_capacity *= 2;
    }
    const qint64 got = m_source->read(m_buf.get() + m_end, qint64(m_capacity - m_end));
    if (got < 0) {
        m_error = m_source->errorString();
        fail(QString());
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += std::size_t(got);
    if (!m_bomChecked && m_end >= 3) {
        m_bomChecked = true;
        const auto *u = reinterpret_cast<const unsigned char *>(m_buf.get());
        if (u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
            m_pos = 3;
        else if ((u[0] == 0xfe && u[1] == 0xff) || (u[0] == 0xff && u[1] == 0xfe) ||
                 (u[0] == 0 && u[1] == '<') || (u[0] == '<' && u[1] == 0)) {
            fail(tr("UTF-16 XML is not supported"));
            return false;
        }
    }
    return true;
}

XmlScanner::Token XmlScanner::atEndOfInput()
{
    if (!m_error.isEmpty())
        return Invalid;
    if (m_depth > 0)
        return fail(tr("the document ends before its element <%1> is closed (truncated)")
                        .arg(QString::fromUtf8(openName(m_depth - 1).data(),
                                               int(openName(m_depth - 1).size()))));
    if (!m_rootSeen)
        return fail(tr("the document is empty"));
    return EndOfDocument;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_selfClosePending) {
        m_selfClosePending = false;
        --m_depth;
        return EndElement;
    }
    for (;;) {
        if (m_pos >= m_end && !refill())
            return atEndOfInput();
        const char *p = m_buf.get() + m_pos;
        const char *end = m_buf.get() + m_end;
        Scan s;
        Token token = Text;
        if (*p != '<') {
            s = scanText(p, end, false);
        } else if (end - p < 2) {
            s = Scan::NeedMore;
        } else if (p[1] == '/') {
            s = scanEndTag(p, end);
            token = EndElement;
        } else if (p[1] == '?' || p[1] == '!') {
            s = scanSpecial(p, end); // Done means CDATA text
        } else {
            s = scanStartTag(p, end);
            token = StartElement;
        }
        switch (s) {
        case Scan::Done:
            return token;
        case Scan::Skipped:
            continue;
        case Scan::Failed:
            return Invalid;
        case Scan::NeedMore:
            if (refill())
                continue;
            if (!m_error.isEmpty())
                return Invalid;
            if (m_pos < m_end && m_buf[m_pos] != '<') {
                // Text at the very end of the input: after the document element it must be
                // blanks; inside an element the document is truncated (its text is not given).
                if (m_depth == 0 &&
                    scanText(m_buf.get() + m_pos, m_buf.get() + m_end, true) == Scan::Failed)
                    return Invalid;
                return atEndOfInput();
            }
            if (m_pos < m_end)
                return fail(tr("the document ends inside a tag (truncated)"));
            return atEndOfInput();
        }
    }
}

XmlScanner::Scan XmlScanner::scanText(const char *p, const char *end, bool final)
{
    const char *lt = p;
    bool needsDecode = false;
    for (;;) {
        while (lt < end && !(classOf(*lt) & kTextSpecial))
            ++lt;
        if (lt == end || *lt == '<')
            break;
        if (*lt == '>') {
            // Text may not hold "]]>" (XML 1.0, 2.4), which QXmlStreamReader refuses too.
            if (lt - p >= 2 && lt[-1] == ']' && lt[-2] == ']')
                return fail(tr("\"]]>\" in text")), Scan::Failed;
        } else {
            needsDecode = true; // & or CR
        }
        ++lt;
    }
    if (lt == end)
        lt = nullptr;
    const char *stop = lt ? lt : end;
    if (!lt && !final) {
        // Wait for the rest of the run, unless the buffer cannot grow: then hand over a part,
        // cut before a reference or a CR that may continue in the next read, and before up to
        // two ']' that a '>' at the start of the next part would make "]]>".
        if (m_capacity < kMaxBuffer || m_pos > 0)
            return Scan::NeedMore;
        const char *amp = static_cast<const char *>(std::memchr(p, '&', std::size_t(end - p)));
        while (amp) {
            const char *semi =
                static_cast<const char *>(std::memchr(amp, ';', std::size_t(end - amp)));
            if (!semi) {
                stop = amp;
                break;
            }
            amp = static_cast<const char *>(std::memchr(semi, '&', std::size_t(end - semi)));
        }
        if (stop > p && stop[-1] == '\r')
            --stop;
        for (int i = 0; i < 2 && stop - p > 2 && stop[-1] == ']'; ++i)
            --stop;
        if (stop == p)
            return fail(tr("a reference is longer than the buffer")), Scan::Failed;
    }
    const std::size_t len = std::size_t(stop - p);
    if (m_depth == 0) {
        // Blanks around the document element are not content (QXmlStreamReader agrees).
        for (const char *q = p; q < stop; ++q)
            if (!isSpace(*q))
                return fail(tr("text outside the document element")), Scan::Failed;
        m_pos += len;
        return Scan::Skipped;
    }
    if (needsDecode) {
        m_textBuf.clear();
        if (!decode(p, stop, m_textBuf, false))
            return Scan::Failed;
        m_text = m_textBuf;
    } else {
        m_text = std::string_view(p, len);
    }
    m_pos += len;
    return Scan::Done;
}

bool XmlScanner::takePlainContent()
{
    if (m_selfClosePending || m_depth == 0)
        return false;
    const char *p = m_buf.get() + m_pos;
    const char *end = m_buf.get() + m_end;
    const char *lt = p;
    while (lt < end && !(classOf(*lt) & kTextSpecial))
        ++lt;
    const std::string_view open = openName(m_depth - 1);
    const char *after = endTagAt(lt, end, open); // null too when lt is at the end, & or CR
    if (!after)
        return false;
    m_text = std::string_view(p, std::size_t(lt - p));
    --m_depth;
    m_qname = open;
    m_local = std::string_view(m_names.data() + m_localStarts[m_depth],
                               m_nameEnds[m_depth] - m_localStarts[m_depth]);
    m_pos += std::size_t(after - p);
    return true;
}

bool XmlScanner::peekElement(Element &out) const
{
    if (m_selfClosePending || m_depth == 0)
        return false; // the document element itself goes through next() and its checks
    const char *const start = m_buf.get() + m_pos;
    const char *const end = m_buf.get() + m_end;
    if (end - start < 2 || start[0] != '<' || start[1] == '/' || start[1] == '?' || start[1] == '!')
        return false;
    // The start tag, as scanStartTag() reads it; whatever it would refuse or decode is left
    // to it.
    const char *local = nullptr;
    const char *q = scanName(start + 1, end, local);
    if (q == end || q == start + 1)
        return false;
    out.qname = std::string_view(start + 1, std::size_t(q - start - 1));
    out.local = std::string_view(local, std::size_t(q - local));
    out.attributeCount = 0;
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return false;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (end - q < 2 || q[1] != '>')
                return false;
            selfClosing = true;
            q += 2;
            break;
        }
        RawAttribute a;
        if (out.attributeCount == Element::MaxAttributes ||
            scanAttribute(q, end, a) != AttributeScan::Done || (a.classes & kNeedsDecode))
            return false;
        const std::string_view name(a.local, std::size_t(a.nameEnd - a.local));
        for (int i = 0; i < out.attributeCount; ++i)
            if (out.attributeLocal[i] == name)
                return false; // a repeated name: scanStartTag() tells whether that is allowed
        out.attributeLocal[out.attributeCount] = name;
        out.attributeValue[out.attributeCount] =
            std::string_view(a.value, std::size_t(a.valueEnd - a.value));
        ++out.attributeCount;
    }
    out.depth = 0;
    out.text = {};
    if (selfClosing) {
        out.length = std::size_t(q - start);
        return true;
    }
    // The chain of children: each a bare start tag straight after its parent's.
    while (end - q >= 2 && q[0] == '<' && q[1] != '/' && q[1] != '?' && q[1] != '!') {
        if (out.depth == Element::MaxDepth)
            return false;
        const char *childLocal = nullptr;
        const char *n = scanName(q + 1, end, childLocal);
        if (n == end || n == q + 1 || *n != '>')
            return false;
        out.childQName[out.depth] = std::string_view(q + 1, std::size_t(n - q - 1));
        out.childLocal[out.depth] = std::string_view(childLocal, std::size_t(n - childLocal));
        ++out.depth;
        q = n + 1;
    }
    const char *text = q;
    while (q < end && !(classOf(*q) & kTextSpecial))
        ++q;
    if (q == end || *q != '<')
        return false;
    out.text = std::string_view(text, std::size_t(q - text));
    for (int d = out.depth - 1; d >= 0; --d)
        if (!(q = endTagAt(q, end, out.childQName[d])))
            return false;
    if (!(q = endTagAt(q, end, out.qname)))
        return false;
    out.length = std::size_t(q - start);
    return true;
}

void XmlScanner::takeElement(const Element &element)
{
    m_pos += element.length;
    m_qname = element.qname;
    m_local = element.local;
}

std::string_view XmlScanner::Element::attribute(std::string_view name) const
{
    for (int i = 0; i < attributeCount; ++i)
        if (attributeLocal[i] == name)
            return attributeValue[i];
    return {};
}

XmlScanner::Scan XmlScanner::scanEndTag(const char *p, const char *end)
{
    if (m_depth > 0) {
        // The common case: exactly the open element's name, then '>'.
        const std::string_view open = openName(m_depth - 1);
        if (const char *after = endTagAt(p, end, open)) {
            --m_depth;
            m_qname = open;
            m_local = std::string_view(m_names.data() + m_localStarts[m_depth],
                                       m_nameEnds[m_depth] - m_localStarts[m_depth]);
            m_pos += std::size_t(after - p);
            return Scan::Done;
        }
    }
    const char *gt = p + 2;
    while (gt < end && *gt != '>')
        ++gt;
    if (gt == end)
        return Scan::NeedMore;
    const char *nameEnd = gt;
    while (nameEnd > p + 2 && isSpace(nameEnd[-1]))
        --nameEnd;
    const std::string_view name(p + 2, std::size_t(nameEnd - p - 2));
    if (m_depth == 0)
        return fail(tr("a closing tag </%1> without an opening one")
                        .arg(QString::fromUtf8(name.data(), int(name.size())))),
               Scan::Failed;
    const std::string_view open = openName(m_depth - 1);
    if (name != open)
        return fail(tr("</%1> closes <%2>")
                        .arg(QString::fromUtf8(name.data(), int(name.size())),
                             QString::fromUtf8(open.data(), int(open.size())))),
               Scan::Failed;
    --m_depth;
    m_qname = name;
    m_local = localPart(name);
    m_pos += std::size_t(gt + 1 - p);
    return Scan::Done;
}

XmlScanner::Scan XmlScanner::scanSpecial(const char *p, const char *end)
{
    const auto startsWith = [&](const char *lit, std::size_t n) {
        return std::size_t(end - p) >= n && std::memcmp(p, lit, n) == 0;
    };
    const auto skipTo = [&](const char *terminator, std::size_t n, const char **found) {
        const std::string_view hay(p, std::size_t(end - p));
        const std::size_t at = hay.find(std::string_view(terminator, n), 2);
        if (at == std::string_view::npos)
            return false;
        *found = p + at;
        return true;
    };
    const char *found = nullptr;
    if (p[1] == '?') {
        if (!skipTo("?>", 2, &found))
            return Scan::NeedMore;
        m_pos += std::size_t(found + 2 - p);
        return Scan::Skipped;
    }
    if (end - p < 9)
        return Scan::NeedMore;
    if (startsWith("<!--", 4)) {
        if (!skipTo("-->", 3, &found))
            return Scan::NeedMore;
        m_pos += std::size_t(found + 3 - p);
        return Scan::Skipped;
    }
    if (startsWith("<![CDATA[", 9)) {
        if (m_depth == 0)
            return fail(tr("CDATA outside the document element")), Scan::Failed;
        if (!skipTo("]]>", 3, &found))
            return Scan::NeedMore;
        m_text = std::string_view(p + 9, std::size_t(found - p - 9));
        if (m_text.find('\r') != std::string_view::npos) {
            m_textBuf.clear();
            for (std::size_t i = 0; i < m_text.size(); ++i) {
                if (m_text[i] == '\r') {
                    m_textBuf += '\n';
                    if (i + 1 < m_text.size() && m_text[i + 1] == '\n')
                        ++i;
                } else {
                    m_textBuf += m_text[i];
                }
            }
            m_text = m_textBuf;
        }
        m_pos += std::size_t(found + 3 - p);
        return Scan::Done;
    }
    return fail(tr("a DTD or entity declaration, refused for safety")), Scan::Failed;
}

/// Whether two attributes of the tag just scanned have the same name, which XML forbids
/// (QXmlStreamReader refuses it too). Compared pair by pair for the few attributes real tags
/// have; sorted when a tag has many, so that a crafted one cannot take quadratic time.
bool XmlScanner::hasRepeatedAttribute() const
{
    constexpr std::size_t PairwiseUpTo = 16;
    if (m_attrs.size() <= PairwiseUpTo) {
        for (std::size_t i = 1; i < m_attrs.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (m_attrs[i].qname == m_attrs[j].qname)
                    return true;
        return false;
    }
    std::vector<std::string_view> names;
    names.reserve(m_attrs.size());
    for (const Attribute &a : m_attrs)
        names.push_back(a.qname);
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) != names.end();
}

XmlScanner::Scan XmlScanner::scanStartTag(const char *p, const char *end)
{
    const char *local = nullptr;
    const char *q = scanName(p + 1, end, local);
    if (q == end)
        return Scan::NeedMore;
    if (q == p + 1)
        return fail(tr("a tag without a name")), Scan::Failed;
    const std::string_view qname(p + 1, std::size_t(q - p - 1));
    const std::size_t localOffset = std::size_t(local - p - 1);
    m_attrs.clear();
    m_attrPool.clear();
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Scan::NeedMore;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (end - q < 2)
                return Scan::NeedMore;
            if (q[1] != '>')
                return fail(tr("'/' inside a tag")), Scan::Failed;
            selfClosing = true;
            q += 2;
            break;
        }
        RawAttribute raw;
        switch (scanAttribute(q, end, raw)) {
        case AttributeScan::Done:
            break;
        case AttributeScan::NeedMore:
            return Scan::NeedMore;
        case AttributeScan::NoValue:
            return fail(tr("an attribute without a value")), Scan::Failed;
        case AttributeScan::NoQuotes:
            return fail(tr("an attribute value without quotes")), Scan::Failed;
        }
        Attribute a;
        a.qname = std::string_view(raw.nameStart, std::size_t(raw.nameEnd - raw.nameStart));
        a.local = std::string_view(raw.local, std::size_t(raw.nameEnd - raw.local));
        const std::size_t length = std::size_t(raw.valueEnd - raw.value);
        if (!(raw.classes & kNeedsDecode)) {
            a.raw = raw.value;
            a.length = length;
        } else {
            if (std::memchr(raw.value, '<', length))
                return fail(tr("'<' inside an attribute value")), Scan::Failed;
            a.offset = m_attrPool.size();
            if (!decode(raw.value, raw.valueEnd, m_attrPool, true))
                return Scan::Failed;
            a.length = m_attrPool.size() - a.offset;
        }
        m_attrs.push_back(a);
    }
    if (hasRepeatedAttribute())
        return fail(tr("an attribute given twice in one tag")), Scan::Failed;
    if (m_depth == 0 && m_rootSeen)
        return fail(tr("a second document element")), Scan::Failed;
    m_rootSeen = true;
    pushName(qname, localOffset);
    ++m_depth;
    m_qname = qname;
    m_local = qname.substr(localOffset);
    m_selfClosePending = selfClosing;
    m_pos += std::size_t(q - p);
    return Scan::Done;
}

void XmlScanner::pushName(std::string_view qname, std::size_t localOffset)
{
    const std::size_t start = m_depth == 0 ? 0 : m_nameEnds[m_depth - 1];
    if (m_nameEnds.size() <= m_depth) {
        m_nameEnds.resize(m_depth + 1);
        m_localStarts.resize(m_depth + 1);
    }
    if (m_names.size() < start + qname.size())
        m_names.resize(std::max(start + qname.size(), m_names.size() * 2));
    std::memcpy(m_names.data() + start, qname.data(), qname.size());
    m_nameEnds[m_depth] = start + qname.size();
    m_localStarts[m_depth] = start + localOffset;
}

std::string_view XmlScanner::openName(std::size_t level) const
{
    const std::size_t start = level == 0 ? 0 : m_nameEnds[level - 1];
    return std::string_view(m_names.data() + start, m_nameEnds[level] - start);
}

std::string_view XmlScanner::attribute(std::string_view local) const
{
    for (const Attribute &a : m_attrs) {
        if (a.local == local)
            return a.raw ? std::string_view(a.raw, a.length)
                         : std::string_view(m_attrPool.data() + a.offset, a.length);
    }
    return {};
}

std::string_view XmlScanner::qualifiedAttribute(std::string_view qname) const
{
    for (const Attribute &a : m_attrs) {
        if (a.qname == qname)
            return a.raw ? std::string_view(a.raw, a.length)
                         : std::string_view(m_attrPool.data() + a.offset, a.length);
    }
    return {};
}

bool XmlScanner::hasAttribute(std::string_view local) const
{
    for (const Attribute &a : m_attrs)
        if (a.local == local)
            return true;
    return false;
}

bool XmlScanner::decode(const char *b, const char *e, std::string &out, bool attribute)
{
    for (const char *c = b; c < e; ++c) {
        if (*c == '\r') {
            out += attribute ? ' ' : '\n';
            if (c + 1 < e && c[1] == '\n')
                ++c;
        } else if (attribute && (*c == '\t' || *c == '\n')) {
            out += ' ';
        } else if (*c != '&') {
            out += *c;
        } else {
            const char *semi = static_cast<const char *>(std::memchr(c, ';', std::size_t(e - c)));
            if (!semi || semi - c > 12)
                return fail(tr("an '&' that starts no reference")), false;
            const std::string_view ref(c + 1, std::size_t(semi - c - 1));
            if (ref == "lt")
                out += '<';
            else if (ref == "gt")
                out += '>';
            else if (ref == "amp")
                out += '&';
            else if (ref == "quot")
                out += '"';
            else if (ref == "apos")
                out += '\'';
            else if (ref.size() >= 2 && ref[0] == '#') {
                const bool hex = ref[1] == 'x';
                char32_t cp = 0;
                std::size_t i = hex ? 2 : 1;
                if (i == ref.size())
                    return fail(tr("an empty character reference")), false;
                for (; i < ref.size(); ++i) {
                    const char d = ref[i];
                    int v = -1;
                    if (d >= '0' && d <= '9')
                        v = d - '0';
                    else if (hex && d >= 'a' && d <= 'f')
                        v = d - 'a' + 10;
                    else if (hex && d >= 'A' && d <= 'F')
                        v = d - 'A' + 10;
                    if (v < 0 || cp > 0x10ffff)
                        return fail(tr("a malformed character reference")), false;
                    cp = cp * (hex ? 16 : 10) + char32_t(v);
                }
                if (!isXmlChar(cp))
                    return fail(tr("a character reference to a character XML forbids")), false;
                appendUtf8(out, cp);
            } else {
                return fail(tr("the undeclared entity &%1;")
                                .arg(QString::fromUtf8(ref.data(), int(ref.size())))),
                       false;
            }
            c = semi;
        }
    }
    return true;
}

} // namespace busola
