#pragma once

#include "import/readers/spreadsheetreaders.h"
#include "import/sheetreader.h"

#include <memory>

namespace busola {

/// The rows of one selected sheet: what XLSX and ODS readers share between their fast and
/// their reference XML paths.
class RowStream
{
public:
    virtual ~RowStream() = default;
    /// Next non-empty row (trailing empty cells omitted); false at the end or on an error.
    virtual bool readRow(SheetRow &row, int &rowNumber) = 0;
    virtual QString errorString() const = 0;
    virtual double progress() const = 0;
};

/// What the XLSX and ODS readers share around their formats: the zip, the row stream of the
/// selected sheet, the row number and error bookkeeping, and, when a sheet fails, the zip's
/// own diagnosis (a truncated entry, a bomb cut off) in place of the XML error it caused.
class ZipSheetReader : public SheetReader
{
public:
    explicit ZipSheetReader(const SpreadsheetReaderOptions &options)
        : m_options(options)
    {}

    bool readRow(SheetRow &row) final
    {
        if (!m_rows) {
            // Reading without selecting reads the first sheet; a failed sheet stays failed.
            if (m_error.isEmpty() && !sheetNames().isEmpty() && !selectSheet(0))
                return false;
            if (!m_rows)
                return false;
        }
        if (m_rows->readRow(row, m_rowNumber))
            return true;
        m_error = m_rows->errorString();
        if (!m_error.isEmpty()) {
            const QString zipProblem = m_zip.verifyEntry(sheetPart(), m_options.zipLimits);
            if (!zipProblem.isEmpty())
                m_error = zipProblem;
            m_rows.reset(); // a failed sheet stays failed until selected again
        }
        return false;
    }
    int rowNumber() const final { return m_rowNumber; }
    double progress() const final { return m_rows ? m_rows->progress() : 0.0; }
    QString errorString() const final { return m_error; }

protected:
    /// Forgets the selected sheet and any error: at the start of open() and selectSheet().
    void resetRows()
    {
        m_rows.reset();
        m_rowNumber = 0;
        m_error.clear();
    }
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    /// The zip entry that holds the selected sheet's rows.
    virtual QString sheetPart() const = 0;
    /// Small parts (workbook, relationships, styles, settings) are capped far below sheets.
    ZipLimits smallPartLimits() const
    {
        ZipLimits limits = m_options.zipLimits;
        limits.maxEntrySize = qMin<qint64>(limits.maxEntrySize, qint64(64) << 20);
        return limits;
    }

    SpreadsheetReaderOptions m_options;
    ZipArchive m_zip;
    std::unique_ptr<RowStream> m_rows;
    int m_rowNumber = 0;
    QString m_error;
};

} // namespace busola
