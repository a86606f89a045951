#pragma once

// Helpers shared by the spreadsheet reader tests: read a whole sheet, and describe cells as
// short strings so that a failing comparison shows which cell differs and how.

#include "import/readers/zipinflate.h"
#include "import/sheetreader.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace sheettest {

using busola::Cell;
using busola::SheetReader;
using busola::SheetRow;

/// "T:text", "N:1234.5", "D:45356.604167" (days, 6 decimals), "B:1", "E:message", "" empty.
inline QString describe(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Text:
        return cell.text.isEmpty() ? QString() : QStringLiteral("T:") + cell.text;
    case Cell::Type::Number:
        return QStringLiteral("N:") + QString::number(cell.number, 'g', 15);
    case Cell::Type::Boolean:
        return QStringLiteral("B:") + QString::number(cell.number);
    case Cell::Type::DateTime:
        return QStringLiteral("D:") + QString::number(cell.number, 'f', 6);
    case Cell::Type::Error:
        return QStringLiteral("E:") + cell.text;
    }
    return QStringLiteral("?");
}

/// One line per row: "7| T:a | N:1 |  | D:…", trailing empty cells dropped.
inline QString describe(int rowNumber, const SheetRow &row)
{
    QStringList cells;
    for (const Cell &c : row)
        cells.append(describe(c));
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return QString::number(rowNumber) + QStringLiteral("| ") + cells.join(QStringLiteral(" | "));
}

/// Every row of the selected sheet, described; an error ends the list with "ERROR: …".
inline QStringList readAll(SheetReader &reader, int maxRows = 100000)
{
    QStringList rows;
    SheetRow row;
    while (rows.size() < maxRows && reader.readRow(row))
        rows.append(describe(reader.rowNumber(), row));
    if (!reader.errorString().isEmpty())
        rows.append(QStringLiteral("ERROR: ") + reader.errorString());
    return rows;
}

/// Opens path, selects sheet index and reads it all; "OPEN: …"/"SELECT: …" on failure.
inline QStringList readSheet(SheetReader &reader, const QString &path, int index)
{
    if (!reader.open(path))
        return {QStringLiteral("OPEN: ") + reader.errorString()};
    if (!reader.selectSheet(index))
        return {QStringLiteral("SELECT: ") + reader.errorString()};
    return readAll(reader);
}

/// The inflated bytes of one part of a zip fixture (empty when it cannot be read): to check
/// that a fixture has what its test is about, whatever a future tool version writes.
inline QByteArray partText(const QString &path, const QString &part)
{
    busola::ZipArchive zip;
    if (!zip.open(path))
        return {};
    busola::ZipEntryStream stream;
    if (!stream.open(zip, part))
        return {};
    QByteArray all, chunk(65536, Qt::Uninitialized);
    for (qint64 n; (n = stream.read(chunk.data(), chunk.size())) > 0;)
        all.append(chunk.constData(), n);
    return all;
}

inline QString fixture(const char *name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/sheets/") + QString::fromUtf8(name);
}

} // namespace sheettest
