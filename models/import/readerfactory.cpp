#include "readerfactory.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace busola {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("busola::ReaderFactory", text);
}
} // namespace

std::unique_ptr<SheetReader> createSheetReader(const QString &path, const ReaderOptions &options,
                                               QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray head = file.read(8);
    file.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Content first: a workbook saved with a .csv name is still a workbook.
    const bool zip = head.startsWith("PK\x03\x04");
    const bool ole = head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    QString format;
    if (zip)
        format = suffix == QLatin1String("ods") ? QStringLiteral("ODS") : QStringLiteral("XLSX");
    else if (ole)
        format = QStringLiteral("XLS");
    if (!format.isEmpty()) {
        *error = tr("%1 is an %2 workbook; reading %2 files is not supported yet. Save it as "
                    "CSV from the spreadsheet program.")
                     .arg(path, format);
        return nullptr;
    }
    auto reader = std::make_unique<CsvReader>(options);
    if (!reader->open(path)) {
        *error = reader->errorString();
        return nullptr;
    }
    return reader;
}

} // namespace busola
