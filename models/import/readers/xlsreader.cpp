#include "import/readers/xlsreader.h"

#include "import/readers/cellvalues.h"

#include <QDir>
#include <QFile>

#include <cstring>
#include <freexl.h>

namespace busola {

namespace {

QString freexlProblem(int rc)
{
    switch (rc) {
    case FREEXL_FILE_NOT_FOUND:
        return XlsReader::tr("the file does not exist");
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsReader::tr("not enough memory");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        return XlsReader::tr("not a legacy Excel (.xls) file");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return XlsReader::tr("the file is truncated or cannot be read");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return XlsReader::tr("the file holds no Excel workbook (BIFF2 to BIFF8)");
    case FREEXL_BIFF_INVALID_SST:
    case FREEXL_BIFF_ILLEGAL_SST_INDEX:
        return XlsReader::tr("its string table is damaged");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsReader::tr("its text is in an unsupported character set");
    case FREEXL_CRAFTED_FILE:
        return XlsReader::tr("the file is corrupted or crafted");
    default:
        return XlsReader::tr("the file is damaged (FreeXL error %1)").arg(rc);
    }
}

/// FreeXL renders date cells as text: "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS".
bool freexlDateToDays(const char *text, double &days)
{
    const std::string_view s(text);
    if (s.size() == 8 && s[2] == ':' && s[5] == ':') {
        const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0'),
                  sec = (s[6] - '0') * 10 + (s[7] - '0');
        days = (h * 3600.0 + m * 60.0 + sec) / 86400.0;
        return h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 61;
    }
    return cellvalues::parseIsoDateTime(s, days);
}

} // namespace

XlsReader::~XlsReader()
{
    close();
}

void XlsReader::close()
{
    if (m_handle)
        freexl_close(m_handle);
    m_handle = nullptr;
}

bool XlsReader::fail(const QString &problem)
{
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(m_path), problem);
    return false;
}

bool XlsReader::open(const QString &path)
{
    close();
    m_path = path;
    m_names.clear();
    m_error.clear();
    m_selected = false;
    m_sheetOverlayBroken = false;
    m_row = 0;
    if (!QFile::exists(path))
        return fail(tr("the file does not exist"));
    const QByteArray local = QFile::encodeName(path);
    const int rc = freexl_open(local.constData(), &m_handle);
    if (rc != FREEXL_OK) {
        close();
        return fail(freexlProblem(rc));
    }
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return fail(tr("the workbook's sheet list cannot be read"));
    unsigned int password = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        return fail(tr("the workbook is password-protected"));
    for (unsigned short i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, i, &name) != FREEXL_OK || !name)
            return fail(tr("the name of sheet %1 cannot be read").arg(i + 1));
        m_names.append(QString::fromUtf8(name));
    }
    if (m_names.isEmpty())
        return fail(tr("the workbook has no worksheets"));
    m_overlayLoaded = m_overlay.load(path);
    return true;
}

bool XlsReader::selectSheet(int index)
{
    m_selected = false;
    m_row = 0;
    m_error.clear();
    if (!m_handle)
        return fail(tr("the file is not open"));
    if (index < 0 || index >= m_names.size())
        return fail(tr("there is no sheet number %1").arg(index + 1));
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK)
        return fail(tr("sheet \"%1\" cannot be read").arg(m_names.at(index)));
    m_overlayCells.clear();
    m_sheetOverlayBroken =
        m_overlayLoaded && !m_overlay.sheetCells(index, m_names.at(index), m_overlayCells);
    if (m_sheetOverlayBroken)
        m_overlayCells.clear(); // all of FreeXL's cells rather than a mix
    m_selected = true;
    return true;
}

Cell XlsReader::cellAt(unsigned row, unsigned short column, bool &ok)
{
    FreeXL_CellValue v;
    std::memset(&v, 0, sizeof v);
    const int rc = freexl_get_cell_value(m_handle, row, column, &v);
    ok = rc == FREEXL_OK;
    if (!ok) {
        fail(tr("row %1 of sheet cannot be read: %2").arg(row + 1).arg(freexlProblem(rc)));
        return Cell();
    }
    double days = 0;
    switch (v.type) {
    case FREEXL_CELL_INT:
        return Cell::ofNumber(v.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return Cell::ofNumber(v.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return Cell::ofText(QString::fromUtf8(v.value.text_value));
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        if (v.value.text_value && freexlDateToDays(v.value.text_value, days))
            return Cell::ofDateTime(days);
        return Cell{Cell::Type::Error, 0,
                    tr("invalid date: %1").arg(QString::fromUtf8(v.value.text_value))};
    default:
        return Cell();
    }
}

bool XlsReader::readRow(SheetRow &row)
{
    if (!m_selected && (!m_error.isEmpty() || !selectSheet(0)))
        return false;
    while (m_row < m_rows) {
        row.clear();
        const unsigned r = m_row++;
        for (unsigned short c = 0; c < m_columns; ++c) {
            bool ok = true;
            const auto overlaid = m_overlayCells.constFind(BiffOverlay::key(r, c));
            Cell cell = overlaid != m_overlayCells.cend() ? *overlaid : cellAt(r, c, ok);
            if (!ok)
                return false;
            if (cell.isEmpty())
                continue;
            row.resize(c + 1);
            row[c] = std::move(cell);
        }
        if (!row.isEmpty())
            return true;
    }
    return false;
}

QStringList XlsReader::warnings() const
{
    if (!m_handle || formulaResultsRead())
        return {};
    const QString why = !m_overlayLoaded       ? m_overlay.errorString()
                        : m_sheetOverlayBroken ? tr("the records of the sheet end early")
                                               : tr("an Excel 5.0/95 file");
    // FreeXL gives formula cells as empty: without this the user would find missing values
    // (or zeros in a total) with no hint why.
    return {tr("%1: the formula cells of this workbook come back without values (%2); Busola "
               "reads formula results only from Excel 97–2003 (BIFF8) files. Save the workbook "
               "again as .xlsx, .ods or Excel 97–2003 .xls to import them.")
                .arg(QDir::toNativeSeparators(m_path), why)};
}

double XlsReader::progress() const
{
    return m_rows ? double(m_row) / double(m_rows) : 0.0;
}

} // namespace busola
