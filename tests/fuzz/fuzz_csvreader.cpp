// libFuzzer harness: the CSV reader over arbitrary bytes, encoding, delimiter and quote
// detection included, read to the end as an import would. Built with -DBUSOLA_FUZZ=ON (clang).
#include "import/csvreader.h"
#include "import/readerfactory.h"
#include "import/sheetreader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

using namespace busola;

namespace {

/// The reader streams from a file, so each input goes to one private file in /tmp (tmpfs on
/// most machines), rewritten per input.
const QString &inputPath()
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("busola-fuzz-csv-%1.csv").arg(::getpid()));
    return path;
}

void readAll(const QString &path, const ReaderOptions &options)
{
    CsvReader reader(options);
    if (!reader.open(path))
        return;
    SheetRow row;
    int rows = 0;
    while (reader.readRow(row) && ++rows < 100000) {
    }
    (void)reader.progress();
    (void)reader.encodingName();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(inputPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    // Detected encoding and delimiter, then each explicitly chosen encoding (a wrong choice
    // must not crash either): the first byte picks one, so the corpus explores them all.
    readAll(inputPath(), {});
    static const char *const encodings[] = {"UTF-8",      "UTF-16LE",   "UTF-16BE",
                                            "windows-1250", "ISO-8859-2", "ISO-8859-16"};
    static const char delimiters[] = {',', ';', '\t', '|'};
    if (size > 0) {
        ReaderOptions options;
        options.encoding = QString::fromLatin1(encodings[data[0] % 6]);
        options.delimiter = QChar(QLatin1Char(delimiters[(data[0] / 6) % 4]));
        readAll(inputPath(), options);
    }
    // Through the factory too: it sniffs the content before choosing a reader.
    QString error;
    if (std::unique_ptr<SheetReader> reader = createSheetReader(inputPath(), {}, &error)) {
        SheetRow row;
        int rows = 0;
        while (reader->readRow(row) && ++rows < 100000) {
        }
    }
    return 0;
}
