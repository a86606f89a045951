// Shared by the libFuzzer harnesses: a private input file per process, the fuzzed bytes split
// into parts (to be wrapped in a stored zip, tests/support/storedzip.h), and reading a
// SheetReader to its end.
#pragma once

#include "import/sheetreader.h"
#include "storedzip.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>
#include <utility>
#include <vector>

namespace busola::fuzz {

/// One private file in /tmp per harness and process, rewritten per input (the readers stream
/// from files).
inline QString inputPath(const char *harness, const char *suffix)
{
    return QDir::temp().filePath(QStringLiteral("busola-%1-%2.%3")
                                     .arg(QLatin1String(harness))
                                     .arg(::getpid())
                                     .arg(QLatin1String(suffix)));
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

/// The fuzzed bytes split at each 0x01 byte (never valid in XML 1.0 text) into at most n parts.
inline std::vector<QByteArray> splitParts(const uint8_t *data, size_t size, int n)
{
    std::vector<QByteArray> parts(1);
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0x01 && int(parts.size()) < n)
            parts.emplace_back();
        else
            parts.back().append(char(data[i]));
    }
    return parts;
}

/// Every sheet read to its end, as an import would (capped: a fuzz input cannot be large, but
/// a tiny zip could declare very many empty rows).
inline void readAllSheets(SheetReader &reader, const QString &path)
{
    if (!reader.open(path))
        return;
    const int sheets = int(reader.sheetNames().size());
    for (int s = 0; s < sheets && s < 8; ++s) {
        if (!reader.selectSheet(s))
            continue;
        SheetRow row;
        for (int rows = 0; rows < 100000 && reader.readRow(row); ++rows)
            (void)reader.progress();
        (void)reader.errorString();
    }
}

} // namespace busola::fuzz
