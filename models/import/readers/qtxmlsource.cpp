#include "import/readers/qtxmlsource.h"

#include "import/readers/bytesource.h"

namespace busola {

namespace {
constexpr qint64 kChunk = 256 * 1024;

void assign(std::string &to, QStringView from)
{
    const QByteArray utf8 = from.toUtf8();
    to.assign(utf8.constData(), std::size_t(utf8.size()));
}
} // namespace

QtXmlSource::QtXmlSource(ByteSource *source, QString documentName)
    : m_source(source)
    , m_documentName(std::move(documentName))
{
    m_xml.setNamespaceProcessing(false);
}

QtXmlSource::Token QtXmlSource::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = tr("%1: malformed XML: %2").arg(m_documentName, problem);
    return Invalid;
}

double QtXmlSource::progress() const
{
    return m_source->progress();
}

void QtXmlSource::captureElement()
{
    assign(m_qname, m_xml.qualifiedName());
    const std::size_t colon = m_qname.find(':');
    m_local = colon == std::string::npos ? m_qname : m_qname.substr(colon + 1);
}

QtXmlSource::Token QtXmlSource::next()
{
    if (!m_error.isEmpty())
        return Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        switch (t) {
        case QXmlStreamReader::StartElement: {
            captureElement();
            const QXmlStreamAttributes attrs = m_xml.attributes();
            m_attrs.resize(std::size_t(attrs.size()));
            for (qsizetype i = 0; i < attrs.size(); ++i) {
                Attribute &a = m_attrs[std::size_t(i)];
                assign(a.qname, attrs[i].qualifiedName());
                const std::size_t colon = a.qname.find(':');
                a.local = colon == std::string::npos ? a.qname : a.qname.substr(colon + 1);
                assign(a.value, attrs[i].value());
            }
            return StartElement;
        }
        case QXmlStreamReader::EndElement:
            captureElement();
            return EndElement;
        case QXmlStreamReader::Characters:
            assign(m_text, m_xml.text());
            return Text;
        case QXmlStreamReader::EndDocument:
            return EndOfDocument;
        case QXmlStreamReader::DTD:
            return fail(tr("a DTD or entity declaration, refused for safety"));
        case QXmlStreamReader::EntityReference:
            return fail(tr("the undeclared entity &%1;").arg(m_xml.name()));
        case QXmlStreamReader::Invalid:
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_sourceDone) {
                m_chunk.resize(kChunk);
                const qint64 got = m_source->read(m_chunk.data(), kChunk);
                if (got < 0) {
                    m_error = m_source->errorString();
                    return Invalid;
                }
                if (got == 0)
                    m_sourceDone = true;
                else
                    m_xml.addData(QByteArray(m_chunk.constData(), got));
                if (m_sourceDone && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return fail(
                        tr("the document ends early (truncated): %1").arg(m_xml.errorString()));
                continue;
            }
            return fail(m_xml.errorString());
        default:
            continue; // StartDocument, comments, processing instructions
        }
    }
}

std::string_view QtXmlSource::attribute(std::string_view local) const
{
    for (const Attribute &a : m_attrs)
        if (a.local == local)
            return a.value;
    return {};
}

std::string_view QtXmlSource::qualifiedAttribute(std::string_view qname) const
{
    for (const Attribute &a : m_attrs)
        if (a.qname == qname)
            return a.value;
    return {};
}

bool QtXmlSource::hasAttribute(std::string_view local) const
{
    for (const Attribute &a : m_attrs)
        if (a.local == local)
            return true;
    return false;
}

} // namespace busola
