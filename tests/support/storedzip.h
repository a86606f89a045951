#pragma once

// A valid zip of stored (uncompressed) entries, for tests and fuzz harnesses that need a
// workbook around XML they write themselves: stored entries keep their bytes as given, so the
// XML reaches the parsers instead of inflate's checks.

#include <QByteArray>

#include <utility>
#include <vector>
#include <zlib.h>

namespace busola::testzip {

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

} // namespace busola::testzip
