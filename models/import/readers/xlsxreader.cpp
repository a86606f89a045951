#include "import/readers/xlsxreader.h"

#include "import/readers/qtxmlsource.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace busola {

namespace {

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Resolves a relationship target against the folder of the part that holds it.
QString resolveTarget(const QString &baseDir, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + QLatin1Char('/') + target);
}

/// Runs onStart for every start and end element of a small part (workbook, relationships,
/// styles), read by the reference parser within limits.
template <class F>
bool forEachElement(const ZipArchive &zip, const QString &part, const ZipLimits &limits,
                    QString &error, F onStart)
{
    ZipEntryStream stream;
    if (!stream.open(zip, part, limits)) {
        error = stream.errorString();
        return false;
    }
    QtXmlSource xml(&stream, partLabel(zip.path(), part));
    for (;;) {
        switch (xml.next()) {
        case QtXmlSource::StartElement:
            onStart(xml, true);
            break;
        case QtXmlSource::EndElement:
            onStart(xml, false);
            break;
        case QtXmlSource::EndOfDocument:
            return true;
        case QtXmlSource::Invalid:
            error = xml.errorString();
            return false;
        default:
            break;
        }
    }
}

} // namespace

bool isDateNumberFormat(int id, const QString &code)
{
    if (code.isEmpty())
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
               (id >= 50 && id <= 58);
    // Only the first section decides; quoted text, escapes, fills, paddings and bracketed
    // colours, locales and conditions are not date parts ([h], [mm], [ss] elapsed times are).
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(';'))
            return false;
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                return false;
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (!inner.isEmpty() && (inner.count(QLatin1Char('h')) == inner.size() ||
                                     inner.count(QLatin1Char('m')) == inner.size() ||
                                     inner.count(QLatin1Char('s')) == inner.size()))
                return true;
            i = close;
        } else {
            switch (c.toLower().unicode()) {
            case 'd':
            case 'm':
            case 'y':
            case 'h':
            case 's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

XlsxReader::XlsxReader(const SpreadsheetReaderOptions &options)
    : ZipSheetReader(options)
{}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path)
{
    resetRows();
    m_sheets.clear();
    m_book = XlsxBook();
    m_book.path = path;
    m_book.zip = &m_zip;
    m_book.options = m_options;
    if (!m_zip.open(path))
        return fail(m_zip.errorString());
    QString sharedStringsPart, stylesPart;
    if (!readWorkbook(sharedStringsPart, stylesPart))
        return false;
    if (!stylesPart.isEmpty() && m_zip.contains(stylesPart) && !readStyles(stylesPart))
        return false;
    if (!sharedStringsPart.isEmpty() && m_zip.contains(sharedStringsPart) &&
        !readSharedStrings(m_book, sharedStringsPart, m_error))
        return false;
    if (m_sheets.isEmpty())
        return fail(tr("%1: the workbook has no worksheets").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool XlsxReader::readRelationships(const QString &relsPart, const QString &baseDir,
                                   QHash<QString, QString> &targets, QHash<QString, QString> &types)
{
    return forEachElement(
        m_zip, relsPart, smallPartLimits(), m_error, [&](const QtXmlSource &xml, bool start) {
            if (!start || xml.localName() != "Relationship" ||
                xml.attribute("TargetMode") == "External")
                return;
            const QString id = utf8(xml.attribute("Id"));
            targets.insert(id, resolveTarget(baseDir, utf8(xml.attribute("Target"))));
            types.insert(id, utf8(xml.attribute("Type")));
        });
}

bool XlsxReader::readWorkbook(QString &sharedStringsPart, QString &stylesPart)
{
    QString workbookPart;
    const QString path = QDir::toNativeSeparators(m_book.path);
    QHash<QString, QString> targets, types;
    if (m_zip.contains(QStringLiteral("_rels/.rels")) &&
        !readRelationships(QStringLiteral("_rels/.rels"), QString(), targets, types))
        return false;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        if (it.value().endsWith(QLatin1String("/officeDocument")))
            workbookPart = targets.value(it.key());
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!m_zip.contains(workbookPart))
        return fail(tr("%1: not an Excel workbook (the zip holds no %2)").arg(path, workbookPart));
    const qsizetype slash = workbookPart.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : workbookPart.left(slash);
    const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) +
                             QStringLiteral("_rels/") + workbookPart.mid(slash + 1) +
                             QStringLiteral(".rels");
    targets.clear();
    types.clear();
    if (!m_zip.contains(relsPart))
        return fail(tr("%1: the workbook's relationships (%2) are missing").arg(path, relsPart));
    if (!readRelationships(relsPart, dir, targets, types))
        return false;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            stylesPart = targets.value(it.key());
    }
    const bool ok = forEachElement(
        m_zip, workbookPart, smallPartLimits(), m_error, [&](const QtXmlSource &xml, bool start) {
            if (!start)
                return;
            if (xml.localName() == "workbookPr") {
                const std::string_view v = xml.attribute("date1904");
                m_book.date1904 = v == "1" || v == "true";
            } else if (xml.localName() == "sheet") {
                const QString id = utf8(xml.attribute("id"));
                // Chart sheets and macro sheets hold no cells: only worksheets are listed.
                if (!types.value(id).endsWith(QLatin1String("/worksheet")))
                    return;
                m_sheets.append({utf8(xml.attribute("name")), targets.value(id)});
            }
        });
    return ok;
}

bool XlsxReader::readStyles(const QString &part)
{
    QHash<int, QString> customFormats;
    QVector<int> xfFormats;
    int inCellXfs = 0;
    const bool ok = forEachElement(
        m_zip, part, smallPartLimits(), m_error, [&](const QtXmlSource &xml, bool start) {
            const std::string_view name = xml.localName();
            if (name == "cellXfs") {
                inCellXfs += start ? 1 : -1;
            } else if (start && name == "numFmt") {
                customFormats.insert(utf8(xml.attribute("numFmtId")).toInt(),
                                     utf8(xml.attribute("formatCode")));
            } else if (start && name == "xf" && inCellXfs > 0) {
                xfFormats.append(utf8(xml.attribute("numFmtId")).toInt());
            }
        });
    if (!ok)
        return false;
    m_book.dateStyles.assign(std::size_t(xfFormats.size()), false);
    for (qsizetype i = 0; i < xfFormats.size(); ++i)
        m_book.dateStyles[std::size_t(i)] =
            isDateNumberFormat(xfFormats[i], customFormats.value(xfFormats[i]));
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::selectSheet(int index)
{
    resetRows();
    if (index < 0 || index >= m_sheets.size())
        return fail(tr("%1: there is no sheet number %2")
                        .arg(QDir::toNativeSeparators(m_book.path))
                        .arg(index + 1));
    m_sheetIndex = index;
    const Sheet &sheet = m_sheets.at(index);
    if (sheet.part.isEmpty() || !m_zip.contains(sheet.part))
        return fail(tr("%1: the part of sheet \"%2\" (%3) is missing from the file")
                        .arg(QDir::toNativeSeparators(m_book.path), sheet.name,
                             sheet.part.isEmpty() ? tr("no relationship") : sheet.part));
    m_rows = openXlsxRows(m_book, sheet.part, m_error);
    return m_rows != nullptr;
}

} // namespace busola
