// Shared by the libFuzzer harnesses: a private input file per process, a minimal zip writer
// (stored entries, so that fuzzed bytes reach the XML parsers instead of dying in inflate's
// checks), and reading a SheetReader to its end.
#pragma once

#include "import/sheetreader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>
#include <utility>
#include <vector>
#include <zlib.h>

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

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

/// A valid zip of stored (uncompressed) entries with correct CRCs.
inline QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>> &parts)
{
    QByteArray out, central;
    for (const auto &[name, data] : parts) {
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, quint32(data.size())), put32(out, quint32(data.size()));
        put16(out, quint32(name.size())), put16(out, 0);
        out.append(name).append(data);
        put32(central, 0x02014b50);
        put16(central, 20), put16(central, 20), put16(central, 0), put16(central, 0);
        put16(central, 0), put16(central, 0);
        put32(central, crc), put32(central, quint32(data.size()));
        put32(central, quint32(data.size()));
        put16(central, quint32(name.size())), put16(central, 0), put16(central, 0);
        put16(central, 0), put16(central, 0), put32(central, 0), put32(central, offset);
        central.append(name);
    }
    const quint32 cdOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(central.size())), put32(out, cdOffset), put16(out, 0);
    return out;
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
