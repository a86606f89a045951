#pragma once

#include "import/readers/biffoverlay.h"
#include "import/sheetreader.h"

#include <QCoreApplication>

namespace busola {

/// Legacy Excel workbooks (BIFF8 .xls, up to 65,536 rows) through FreeXL, which holds the
/// file's cells in memory (a few MB at most for this format). Cells whose format is a date or
/// a time come back as DateTime. FreeXL reads no formula results and renders time formats as
/// times of day only; BiffOverlay supplies both from the file's own records. Where it cannot
/// (Excel 5.0/95 files, whose dates it does give; a damaged stream), formula cells come back
/// empty, as FreeXL gives them, and formulaResultsRead() is false so that a caller can say so.
class XlsReader final : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(busola::XlsReader)
public:
    XlsReader() = default;
    ~XlsReader() override;

    bool open(const QString &path) override;
    QStringList sheetNames() const override { return m_names; }
    bool selectSheet(int index) override;
    bool readRow(SheetRow &row) override;
    int rowNumber() const override { return int(m_row); }
    double progress() const override;
    QString errorString() const override { return m_error; }
    /// False when formula cells of this file come back without values (see above).
    bool formulaResultsRead() const
    {
        return m_overlayLoaded && m_overlay.formulaResults() && !m_sheetOverlayBroken;
    }
    /// Says so when formula cells come back without values (the file, or the selected sheet).
    QStringList warnings() const override;

private:
    bool fail(const QString &problem);
    void close();
    Cell cellAt(unsigned row, unsigned short column, bool &ok);

    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_names;
    unsigned m_rows = 0;
    unsigned short m_columns = 0;
    unsigned m_row = 0; ///< 1-based number of the last row read
    bool m_selected = false;
    BiffOverlay m_overlay;
    bool m_overlayLoaded = false;
    bool m_sheetOverlayBroken = false; ///< the selected sheet's records could not be overlaid
    QHash<quint32, Cell> m_overlayCells;
    QString m_error;
};

} // namespace busola
