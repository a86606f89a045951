#include "csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QStringList>

#include <cmath>

namespace busola {

namespace {
QString numberText(double value, const CsvFormat &format)
{
    if (!std::isfinite(value))
        return QString();
    // 15 significant digits: exact for money in bani and for every KPI value we keep.
    QString text = QString::number(value, 'g', 15);
    if (text.contains(QLatin1Char('e'))) // very large or tiny: write it out in full
        text = QString::number(value, 'f', 6);
    if (format.decimalPoint != QLatin1Char('.'))
        text.replace(QLatin1Char('.'), format.decimalPoint);
    return text;
}

QString plainText(const QVariant &value, const CsvFormat &format)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::Double:
    case QMetaType::Float:
        return numberText(value.toDouble(), format);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return value.toDate().toString(format.dateFormat);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(format.dateTimeFormat);
    default:
        break;
    }
    QString text = value.toString();
    // A cell starting like a formula would be evaluated by the spreadsheet (CSV injection).
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return text;
}
} // namespace

CsvFormat CsvFormat::forLocale(const QLocale &locale)
{
    CsvFormat format;
    if (locale.decimalPoint() == QStringLiteral(",")) {
        format.separator = QLatin1Char(';');
        format.decimalPoint = QLatin1Char(',');
        format.dateFormat = QStringLiteral("dd.MM.yyyy");
        format.dateTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm:ss");
    }
    return format;
}

QString csvField(const QVariant &value, const CsvFormat &format)
{
    QString text = plainText(value, format);
    const bool needsQuotes = text.contains(format.separator) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray modelToCsv(const QAbstractItemModel &model, const CsvFormat &format)
{
    const QString separator(format.separator);
    const QString lineEnd = QStringLiteral("\r\n");
    QString out;
    const int columns = model.columnCount();
    QStringList cells;
    for (int column = 0; column < columns; ++column)
        cells << csvField(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                          format);
    out += cells.join(separator) + lineEnd;
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            QVariant value = model.data(index, Qt::EditRole);
            if (!value.isValid())
                value = model.data(index, Qt::DisplayRole);
            cells << csvField(value, format);
        }
        out += cells.join(separator) + lineEnd;
    }
    QByteArray bytes = format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

bool writeModelCsv(const QAbstractItemModel &model, const CsvFormat &format, QIODevice &device,
                   QString *error)
{
    const QByteArray bytes = modelToCsv(model, format);
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error =
                QCoreApplication::translate("busola::CsvExport", "Could not write the file: %1")
                    .arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace busola
