#pragma once

// Zips written byte by byte, for tests and fuzz harnesses that need a workbook around XML they
// write themselves (stored entries keep their bytes as given, so the XML reaches the parsers
// instead of inflate's checks), or a part damaged in a chosen way.

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

/// A part as a zip holds it: its bytes as stored (deflated when method is 8), and the CRC and
/// size of what they inflate to.
struct Part
{
    QByteArray name, bytes;
    quint16 method = 0;
    quint32 crc = 0, size = 0;
};

inline quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

/// data as a raw deflate stream (what a zip's method 8 holds), by zlib.
inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

/// A zip of the parts as given: their headers say what the parts say, right or wrong.
inline QByteArray zipOf(const std::vector<Part> &parts)
{
    QByteArray out, central;
    for (const Part &part : parts) {
        const quint32 offset = quint32(out.size());
        const quint32 stored = quint32(part.bytes.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, part.method), put16(out, 0), put16(out, 0);
        put32(out, part.crc), put32(out, stored), put32(out, part.size);
        put16(out, quint32(part.name.size())), put16(out, 0);
        out.append(part.name).append(part.bytes);
        put32(central, 0x02014b50);
        put16(central, 20), put16(central, 20), put16(central, 0), put16(central, part.method);
        put16(central, 0), put16(central, 0);
        put32(central, part.crc), put32(central, stored), put32(central, part.size);
        put16(central, quint32(part.name.size())), put16(central, 0), put16(central, 0);
        put16(central, 0), put16(central, 0), put32(central, 0), put32(central, offset);
        central.append(part.name);
    }
    const quint32 cdOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(central.size())), put32(out, cdOffset), put16(out, 0);
    return out;
}

/// The part stored as it is, with its CRC and size.
inline Part storedPart(const QByteArray &name, const QByteArray &data)
{
    return {name, data, 0, crcOf(data), quint32(data.size())};
}

/// The part deflated, with its CRC and size.
inline Part deflatedPart(const QByteArray &name, const QByteArray &data)
{
    return {name, rawDeflate(data), 8, crcOf(data), quint32(data.size())};
}

/// A valid zip of stored (uncompressed) entries with correct CRCs.
inline QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>> &parts)
{
    std::vector<Part> all;
    for (const auto &[name, data] : parts)
        all.push_back(storedPart(name, data));
    return zipOf(all);
}

} // namespace busola::testzip
