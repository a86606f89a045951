#include "import/readers/spreadsheetreaders.h"

#include "import/readers/odsreader.h"
#include "import/readers/xlsreader.h"
#include "import/readers/xlsxreader.h"

#include <QFile>

namespace busola {

SpreadsheetFormat sniffSpreadsheetFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SpreadsheetFormat::Unknown;
    const QByteArray head = file.read(8);
    file.close();
    if (head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
        return SpreadsheetFormat::Xls;
    if (!head.startsWith(QByteArrayLiteral("PK")))
        return SpreadsheetFormat::Unknown;
    ZipArchive zip;
    if (!zip.open(path))
        return SpreadsheetFormat::Unknown;
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return SpreadsheetFormat::Xlsx;
    if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype"))) {
        ZipEntryStream stream;
        char mime[128];
        if (stream.open(zip, QStringLiteral("mimetype"))) {
            const qint64 n = stream.read(mime, sizeof mime);
            if (n > 0 && QByteArray(mime, int(n))
                             .startsWith("application/vnd.oasis.opendocument.spreadsheet"))
                return SpreadsheetFormat::Ods;
        }
    }
    return SpreadsheetFormat::Unknown;
}

std::unique_ptr<SheetReader> createXlsxReader(const SpreadsheetReaderOptions &options)
{
    return std::make_unique<XlsxReader>(options);
}

std::unique_ptr<SheetReader> createOdsReader(const SpreadsheetReaderOptions &options)
{
    return std::make_unique<OdsReader>(options);
}

std::unique_ptr<SheetReader> createXlsReader()
{
    return std::make_unique<XlsReader>();
}

} // namespace busola
