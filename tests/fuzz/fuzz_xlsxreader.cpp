// libFuzzer harness: the XLSX reader (zip layer, workbook, relationships, styles, shared
// strings, sheet scanner) over arbitrary bytes. Built with -DBUSOLA_FUZZ=ON (clang).
//
// An input starting with "PK" is the file itself (mutated zips test the zip layer and the
// inflater). Any other input is the XML of a workbook's parts, split at 0x01 bytes into
// sheet1.xml, sharedStrings.xml and styles.xml, wrapped in a valid zip around a fixed workbook:
// random bytes would almost never get past the zip's CRC checks to the XML parsers otherwise.
#include "fuzzcommon.h"
#include "import/readers/spreadsheetreaders.h"

using namespace busola;

namespace {

QByteArray wrapInWorkbook(const uint8_t *data, size_t size)
{
    static const QByteArray workbook = QByteArrayLiteral(
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    static const QByteArray rels = QByteArrayLiteral(
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSS\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    const std::vector<QByteArray> parts = fuzz::splitParts(data, size, 3);
    std::vector<std::pair<QByteArray, QByteArray>> entries = {
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels", rels},
        {"xl/worksheets/sheet1.xml", parts[0]},
    };
    if (parts.size() > 1)
        entries.emplace_back("xl/sharedStrings.xml", parts[1]);
    if (parts.size() > 2)
        entries.emplace_back("xl/styles.xml", parts[2]);
    return testzip::storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = fuzz::inputPath("fuzz-xlsx", "xlsx");
    const bool raw = size >= 2 && data[0] == 'P' && data[1] == 'K';
    const QByteArray file = raw ? QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))
                                : wrapInWorkbook(data, size);
    if (!fuzz::writeFile(path, file))
        return 0;
    // The fast scanner on this thread (the inflate-ahead thread would only add scheduling
    // noise), then the QXmlStreamReader reference path for raw files.
    SpreadsheetReaderOptions options;
    options.inflateAhead = false;
    // Lower caps than an import's: a fuzz input is at most 64 KiB, and a mutated bomb would
    // otherwise inflate 8 MB per execution before the ratio is judged.
    options.zipLimits.maxEntrySize = qint64(4) << 20;
    options.zipLimits.ratioGrace = qint64(256) << 10;
    if (std::unique_ptr<SheetReader> reader = createXlsxReader(options))
        fuzz::readAllSheets(*reader, path);
    if (raw) {
        (void)sniffSpreadsheetFormat(path);
        options.inflateAhead = true;
        if (std::unique_ptr<SheetReader> reader = createXlsxReader(options))
            fuzz::readAllSheets(*reader, path);
    }
    return 0;
}
