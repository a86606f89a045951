#pragma once

#include "import/readers/rowstream.h"
#include "import/readers/spreadsheetreaders.h"
#include "import/readers/zipinflate.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>
#include <vector>

namespace busola {

/// What the rows of an XLSX sheet need from the rest of the workbook.
struct XlsxBook
{
    QString path;
    const ZipArchive *zip = nullptr;
    SpreadsheetReaderOptions options;
    QVector<QString> sharedStrings;
    std::vector<bool> dateStyles; ///< by cell style index (s="…"): its number format is a date
    bool date1904 = false;
};

/// Reads xl/sharedStrings.xml (rich-text runs joined, phonetic hints dropped).
bool readSharedStrings(XlsxBook &book, const QString &part, QString &error);
/// Streams the rows of one worksheet part.
std::unique_ptr<RowStream> openXlsxRows(const XlsxBook &book, const QString &part, QString &error);
/// True when an Excel number format shows a date or a time (built-in id or format code).
bool isDateNumberFormat(int id, const QString &code);

/// Opens a part for streaming: inflated on a second thread when options ask so.
std::unique_ptr<ByteSource> openPartSource(const ZipArchive &zip, const QString &part,
                                           const SpreadsheetReaderOptions &options, QString &error);
/// "file.xlsx, part xl/worksheets/sheet1.xml" for messages.
QString partLabel(const QString &path, const QString &part);

} // namespace busola
