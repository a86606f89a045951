#include "readerfactory.h"

#include "csvreader.h"
#include "readers/spreadsheetreaders.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace busola {

namespace {

/// Translation context of this file's messages (lupdate reads ReaderFactory::tr).
struct ReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(busola::ReaderFactory)
};

std::unique_ptr<SheetReader> createWorkbookReader(const QString &path)
{
    switch (sniffSpreadsheetFormat(path)) {
    case SpreadsheetFormat::Xlsx:
        return createXlsxReader();
    case SpreadsheetFormat::Ods:
        return createOdsReader();
    case SpreadsheetFormat::Xls:
        return createXlsReader();
    case SpreadsheetFormat::Unknown:
        break;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<SheetReader> createSheetReader(const QString &path, const ReaderOptions &options,
                                               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReaderFactory::tr("Cannot open %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray head = file.read(8);
    file.close();
    // Content first: a workbook saved with a .csv name is still a workbook.
    const bool zip = head.startsWith("PK\x03\x04");
    const bool ole = head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    // A file named as a zip-based workbook that is no zip is damaged or renamed: say so, rather
    // than read it as text and complain about its header (legacy .xls names are left alone:
    // web applications export HTML and TSV as .xls).
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!zip && !ole &&
        (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ||
         suffix == QLatin1String("ods"))) {
        ZipArchive archive;
        if (!archive.open(path)) {
            *error = archive.errorString();
            return nullptr;
        }
    }
    if (zip || ole) {
        std::unique_ptr<SheetReader> workbook = createWorkbookReader(path);
        if (!workbook && zip) {
            // A truncated or damaged zip is not recognised as a workbook: its own problem is
            // the one to tell.
            ZipArchive archive;
            if (!archive.open(path)) {
                *error = archive.errorString();
                return nullptr;
            }
        }
        if (!workbook) {
            *error = ReaderFactory::tr("%1 is a %2 file but not a workbook Busola can read "
                                       "(XLSX, ODS or XLS).")
                         .arg(path, zip ? QStringLiteral("zip") : QStringLiteral("OLE2"));
            return nullptr;
        }
        if (!workbook->open(path)) {
            *error = workbook->errorString();
            return nullptr;
        }
        return workbook;
    }
    auto reader = std::make_unique<CsvReader>(options);
    if (!reader->open(path)) {
        *error = reader->errorString();
        return nullptr;
    }
    return reader;
}

} // namespace busola
