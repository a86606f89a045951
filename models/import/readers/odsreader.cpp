#include "import/readers/odsreader.h"

#include "import/readers/qtxmlsource.h"
#include "import/readers/xlsxbook.h"

#include <QDir>

namespace busola {

OdsReader::OdsReader(const SpreadsheetReaderOptions &options)
    : ZipSheetReader(options)
{}

OdsReader::~OdsReader() = default;

bool OdsReader::open(const QString &path)
{
    resetRows();
    m_names.clear();
    m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    if (!m_zip.open(path))
        return fail(m_zip.errorString());
    if (!m_zip.contains(QStringLiteral("content.xml")))
        return fail(
            tr("%1: not an OpenDocument spreadsheet (the zip holds no content.xml)").arg(shown));
    // settings.xml lists the sheets cheaply; content.xml's first table must agree with it,
    // and each later sheet is checked when it is reached. Otherwise one pass finds them.
    QStringList first;
    if (!readOdsTableNames(m_zip, m_options, 1, first, m_error))
        return false;
    if (first.isEmpty())
        return fail(tr("%1: the spreadsheet has no sheets").arg(shown));
    QStringList names;
    if (namesFromSettings(names) && !names.isEmpty() && names.first() == first.first())
        m_names = names;
    else if (!readOdsTableNames(m_zip, m_options, 0, m_names, m_error))
        return false;
    return true;
}

bool OdsReader::namesFromSettings(QStringList &names)
{
    const QString part = QStringLiteral("settings.xml");
    if (!m_zip.contains(part))
        return false;
    ZipEntryStream stream;
    if (!stream.open(m_zip, part, smallPartLimits()))
        return false;
    QtXmlSource xml(&stream, partLabel(m_path, part));
    int depth = 0, tablesDepth = -1;
    for (;;) {
        switch (xml.next()) {
        case QtXmlSource::StartElement:
            ++depth;
            if (tablesDepth < 0 && xml.localName() == "config-item-map-named" &&
                xml.attribute("name") == "Tables")
                tablesDepth = depth;
            else if (tablesDepth > 0 && depth == tablesDepth + 1 &&
                     xml.localName() == "config-item-map-entry") {
                const std::string_view name = xml.attribute("name");
                names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
            }
            break;
        case QtXmlSource::EndElement:
            if (depth == tablesDepth)
                return true;
            --depth;
            break;
        case QtXmlSource::EndOfDocument:
            return tablesDepth > 0;
        case QtXmlSource::Invalid:
            return false;
        default:
            break;
        }
    }
}

bool OdsReader::selectSheet(int index)
{
    resetRows();
    if (index < 0 || index >= m_names.size())
        return fail(tr("%1: there is no sheet number %2")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(index + 1));
    m_rows = openOdsRows(m_zip, m_options, index, m_names.at(index), m_error);
    return m_rows != nullptr;
}

} // namespace busola
