// libFuzzer harness: the ODS reader (zip layer, settings.xml sheet names, content.xml through
// the fast scanner) over arbitrary bytes. Built with -DBUSOLA_FUZZ=ON (clang).
//
// An input starting with "PK" is the file itself. Any other input is split at 0x01 bytes into
// content.xml and settings.xml, wrapped in a valid zip with the spreadsheet mimetype, so that
// fuzzed XML reaches the parsers past the zip's CRC checks.
#include "fuzzcommon.h"
#include "import/readers/spreadsheetreaders.h"

using namespace busola;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = fuzz::inputPath("fuzz-ods", "ods");
    const bool raw = size >= 2 && data[0] == 'P' && data[1] == 'K';
    QByteArray file;
    if (raw) {
        file = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    } else {
        const std::vector<QByteArray> parts = fuzz::splitParts(data, size, 2);
        std::vector<std::pair<QByteArray, QByteArray>> entries = {
            {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
            {"content.xml", parts[0]},
        };
        if (parts.size() > 1)
            entries.emplace_back("settings.xml", parts[1]);
        file = testzip::storedZip(entries);
    }
    if (!fuzz::writeFile(path, file))
        return 0;
    SpreadsheetReaderOptions options;
    options.inflateAhead = false;
    // Lower caps than an import's: a fuzz input is at most 64 KiB, and a mutated bomb would
    // otherwise inflate 8 MB per execution before the ratio is judged.
    options.zipLimits.maxEntrySize = qint64(4) << 20;
    options.zipLimits.ratioGrace = qint64(256) << 10;
    if (std::unique_ptr<SheetReader> reader = createOdsReader(options))
        fuzz::readAllSheets(*reader, path);
    if (raw) {
        (void)sniffSpreadsheetFormat(path);
        options.inflateAhead = true;
        if (std::unique_ptr<SheetReader> reader = createOdsReader(options))
            fuzz::readAllSheets(*reader, path);
    }
    return 0;
}
