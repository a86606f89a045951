#pragma once

#include <QByteArray>
#include <QChar>
#include <QLocale>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace busola {

/// How a table is written to CSV so that the user's spreadsheet opens it right away.
struct CsvFormat
{
    QChar separator = QLatin1Char(',');
    QChar decimalPoint = QLatin1Char('.');
    /// A UTF-8 byte order mark: without it Excel reads UTF-8 as the ANSI code page and
    /// mangles ă â î ș ț.
    bool byteOrderMark = true;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

    /// Romanian (and every decimal-comma locale): `;` separator, decimal comma, dd.MM.yyyy, as
    /// Romanian Excel expects; otherwise `,`, decimal point and ISO dates. Always UTF-8 with BOM.
    static CsvFormat forLocale(const QLocale &locale);
};

/// The model's rows (top level) as CSV: a header line from the horizontal headers, then one
/// line per row, CRLF line ends. Each cell is read from Qt::EditRole (the raw value) and falls
/// back to Qt::DisplayRole: numbers are written with the format's decimal point and no grouping,
/// dates in its date format. Text that a spreadsheet would run as a formula (leading = + - @)
/// gets a leading apostrophe. Fields holding the separator, quotes or line breaks are quoted.
QByteArray modelToCsv(const QAbstractItemModel &model, const CsvFormat &format);

/// Writes modelToCsv() to device; false with *error set when the device fails.
bool writeModelCsv(const QAbstractItemModel &model, const CsvFormat &format, QIODevice &device,
                   QString *error = nullptr);

/// One cell's text in CSV, quoted when needed (exposed for tests and other exporters).
QString csvField(const QVariant &value, const CsvFormat &format);

} // namespace busola
