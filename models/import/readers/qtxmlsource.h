#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <string>
#include <string_view>
#include <vector>

namespace busola {

class ByteSource;

/// XmlScanner's interface over QXmlStreamReader, fed incrementally from a ByteSource: the
/// reference path for the sheet data (the tests require identical cells from both), and the
/// parser of the small parts (workbook, styles, relationships). A DTD is refused.
class QtXmlSource
{
    Q_DECLARE_TR_FUNCTIONS(busola::QtXmlSource)
public:
    enum Token { StartElement, EndElement, Text, EndOfDocument, Invalid };

    QtXmlSource(ByteSource *source, QString documentName);

    Token next();
    std::string_view localName() const { return m_local; }
    std::string_view qualifiedName() const { return m_qname; }
    std::string_view attribute(std::string_view local) const;
    bool hasAttribute(std::string_view local) const;
    std::string_view qualifiedAttribute(std::string_view qname) const;
    /// The reference path takes no shortcut (see XmlScanner::takePlainContent).
    bool takePlainContent() { return false; }
    std::string_view text() const { return m_text; }
    QString errorString() const { return m_error; }
    double progress() const;

private:
    Token fail(const QString &problem);
    void captureElement();

    ByteSource *m_source;
    QString m_documentName;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    bool m_sourceDone = false;
    std::string m_local, m_qname, m_text;
    struct Attribute
    {
        std::string local, qname, value;
    };
    std::vector<Attribute> m_attrs;
    QString m_error;
};

} // namespace busola
