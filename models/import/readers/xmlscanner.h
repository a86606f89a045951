#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace busola {

class ByteSource;

/// The lean streaming XML scanner for sheet data (hundreds of MB per sheet): UTF-8 only, no
/// DTD (refused, and with it every entity declaration), the five predefined entities and
/// character references, CDATA, comments and processing instructions skipped. Names are
/// matched by local name, whatever their prefix. Self-closing elements give a start and an
/// end token. Views returned stay valid until the next call of next().
///
/// QtXmlSource (qtxmlsource.h) has the same interface over QXmlStreamReader: the reference the
/// tests compare this scanner with.
class XmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(busola::XmlScanner)
public:
    enum Token { StartElement, EndElement, Text, EndOfDocument, Invalid };

    /// documentName names the file and part in messages ("a.xlsx, part xl/worksheets/sheet1.xml").
    XmlScanner(ByteSource *source, QString documentName);

    Token next();
    std::string_view localName() const { return m_local; }
    std::string_view qualifiedName() const { return m_qname; }
    /// The decoded value of the attribute with this local name; empty when absent.
    std::string_view attribute(std::string_view local) const;
    bool hasAttribute(std::string_view local) const;
    /// The decoded value of the attribute with exactly this qualified name; empty when absent.
    std::string_view qualifiedAttribute(std::string_view qname) const;
    /// Just after a StartElement: when the element holds nothing but plain text (no markup,
    /// no reference, no CR) that is already buffered, consumes the text and the end tag, as
    /// next() would in two calls; text() is then the text, localName() the element's. False,
    /// with nothing consumed, otherwise.
    bool takePlainContent();
    /// An element read whole by peekElement(). The views point into the scanner's buffer and
    /// stay valid until the next call of next().
    struct Element
    {
        static constexpr int MaxAttributes = 8;
        static constexpr int MaxDepth = 2;
        std::string_view local, qname;
        int attributeCount = 0;
        std::string_view attributeLocal[MaxAttributes], attributeValue[MaxAttributes];
        int depth = 0; ///< how many children are nested in it: 0 for an empty element
        std::string_view childLocal[MaxDepth], childQName[MaxDepth]; ///< outermost first
        std::string_view text;  ///< of the innermost child, or of the element when depth is 0
        std::size_t length = 0; ///< bytes, up to the end of its end tag
        /// The raw value (no decoding was needed) of the attribute with this local name.
        std::string_view attribute(std::string_view name) const;
    };
    /// The fast path for the commonest shape of sheet data, which next() reads as five to seven
    /// tokens: an element whose attribute values need no decoding, empty or holding a chain of
    /// at most MaxDepth children, without attributes, around plain text (no markup, no
    /// reference, no CR), as <c r="B2" s="1"><v>45292.5</v></c> or
    /// <c r="E2" t="inlineStr"><is><t>Chat</t></is></c>. When the next token would be the start
    /// of such an element and all of it is buffered, describes it in out and returns true; it is
    /// consumed only by takeElement(out). False otherwise: next() reads it token by token.
    bool peekElement(Element &out) const;
    /// Consumes the element peekElement() described, as the tokens next() would have given up
    /// to its end tag; localName() is then the element's.
    void takeElement(const Element &element);
    /// Decoded character data; one run of text may come as several Text tokens.
    std::string_view text() const { return m_text; }
    QString errorString() const { return m_error; }
    double progress() const;

private:
    enum class Scan { Done, Skipped, NeedMore, Failed };
    Token fail(const QString &problem);
    bool refill();
    Token atEndOfInput();
    Scan scanStartTag(const char *p, const char *end);
    bool hasRepeatedAttribute() const;
    Scan scanEndTag(const char *p, const char *end);
    Scan scanSpecial(const char *p, const char *end);
    Scan scanText(const char *p, const char *end, bool final);
    bool decode(const char *b, const char *e, std::string &out, bool attribute);
    void pushName(std::string_view qname, std::size_t localOffset);
    std::string_view openName(std::size_t level) const;

    struct Attribute
    {
        std::string_view local, qname;
        const char *raw = nullptr; ///< into the buffer, or null when decoded into m_attrPool
        std::size_t offset = 0, length = 0;
    };

    ByteSource *m_source;
    QString m_documentName;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_capacity = 0;
    std::size_t m_pos = 0, m_end = 0;
    qint64 m_discarded = 0; ///< bytes dropped from the buffer's front, for error offsets
    bool m_eof = false;
    bool m_bomChecked = false;
    bool m_selfClosePending = false;
    bool m_rootSeen = false;
    std::size_t m_depth = 0;
    /// The qualified names of the open elements, back to back in m_names: element i's name
    /// ends at m_nameEnds[i] and its local part starts at m_localStarts[i] (one arena, not a
    /// string per level: a start tag is the scanner's most frequent token).
    std::string m_names;
    std::vector<std::size_t> m_nameEnds, m_localStarts;
    std::string_view m_local, m_qname, m_text;
    std::vector<Attribute> m_attrs;
    std::string m_attrPool, m_textBuf;
    QString m_error;
};

} // namespace busola
