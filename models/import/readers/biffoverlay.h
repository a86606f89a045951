#pragma once

#include "import/sheetreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace busola {

/// What FreeXL does not give, read from the BIFF8 records of the workbook stream: the cached
/// results of formula cells (FreeXL returns them empty) and the exact serials of date and time
/// cells (FreeXL renders a time format as a time of day, dropping whole days: 36:00 → 12:00,
/// and in Excel 5.0/95 files a time of day as a whole day). Of BIFF5/BIFF7 (Excel 5.0/95)
/// files only the dates and times are read, not the formula results.
/// The OLE2 compound file is parsed with every chain and size checked against the file.
class BiffOverlay
{
    Q_DECLARE_TR_FUNCTIONS(busola::BiffOverlay)
public:
    /// Reads the workbook stream and its globals; false when the file is no BIFF8 workbook
    /// this parser understands (the reader then says formula cells have no values).
    bool load(const QString &path);
    /// The cells of a sheet that replace FreeXL's, keyed by row << 16 | column: the sheet is
    /// found by name (BIFF8) or by its index among the worksheets (BIFF5).
    bool sheetCells(int index, const QString &sheetName, QHash<quint32, Cell> &cells) const;
    /// False for BIFF5/BIFF7 files, whose formula cells stay without values.
    bool formulaResults() const { return !m_biff5; }
    QString errorString() const { return m_error; }

    static quint32 key(unsigned row, unsigned column)
    {
        return quint32(row) << 16 | quint32(column);
    }

private:
    bool fail(const QString &problem);
    bool readStream(const QByteArray &file);
    bool readGlobals();
    bool isDateStyle(int xf) const;

    struct Sheet
    {
        QString name;
        quint32 offset = 0;
    };
    QByteArray m_stream;
    QHash<int, QString> m_formats;
    QVector<int> m_xfFormats;
    QVector<Sheet> m_sheets;
    bool m_date1904 = false;
    bool m_biff5 = false; ///< Excel 5.0/95: 8-bit strings, formula results not read
    QString m_error;
};

} // namespace busola
