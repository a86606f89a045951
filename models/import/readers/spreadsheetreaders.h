#pragma once

#include "import/readers/zipinflate.h"
#include "import/sheetreader.h"

#include <QString>

#include <memory>

namespace busola {

enum class SpreadsheetFormat { Unknown, Xlsx, Ods, Xls };

/// Which spreadsheet a file is, by its content (not its name): a zip holding
/// xl/workbook.xml → Xlsx; a zip holding content.xml and an OpenDocument spreadsheet
/// mimetype → Ods; the OLE2 signature D0 CF 11 E0 → Xls; anything else → Unknown.
SpreadsheetFormat sniffSpreadsheetFormat(const QString &path);

struct SpreadsheetReaderOptions
{
    /// Parse the sheet data with QXmlStreamReader instead of the fast scanner, and inflate it
    /// with zlib instead of ISA-L (the tests' reference path; several times slower).
    bool referenceXml = false;
    /// Inflate on a second thread while the first scans (ignored by the reference path).
    bool inflateAhead = true;
    ZipLimits zipLimits;
};

std::unique_ptr<SheetReader> createXlsxReader(const SpreadsheetReaderOptions &options = {});
std::unique_ptr<SheetReader> createOdsReader(const SpreadsheetReaderOptions &options = {});
/// Legacy Excel (BIFF8, up to 65,536 rows) through FreeXL. FreeXL gives formula cells no
/// value: they come back as Error cells saying so.
std::unique_ptr<SheetReader> createXlsReader();

} // namespace busola
