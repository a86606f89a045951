#include "benchzipwriter.h"

namespace {
void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}
} // namespace

bool BenchZipWriter::open(const QString &path)
{
    m_file.setFileName(path);
    m_entries.clear();
    m_out.resize(1 << 20);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void BenchZipWriter::beginEntry(const QByteArray &name, bool stored)
{
    m_current = Entry();
    m_current.name = name;
    m_current.method = stored ? 0 : 8;
    m_current.offset = quint32(m_file.pos());
    m_current.crc = crc32(0, nullptr, 0);
    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 20);
    put16(h, stored ? 0 : 0x0008); // sizes follow in a data descriptor
    put16(h, m_current.method);
    put32(h, 0); // time, date
    put32(h, 0);
    put32(h, 0);
    put32(h, 0);
    put16(h, quint16(name.size()));
    put16(h, 0);
    h.append(name);
    m_file.write(h);
    if (!stored) {
        m_z = z_stream{};
        deflateInit2(&m_z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    }
}

void BenchZipWriter::flushDeflate(int mode)
{
    do {
        m_z.next_out = reinterpret_cast<Bytef *>(m_out.data());
        m_z.avail_out = uInt(m_out.size());
        deflate(&m_z, mode);
        const qsizetype n = m_out.size() - qsizetype(m_z.avail_out);
        m_file.write(m_out.constData(), n);
        m_current.compressed += quint32(n);
    } while (m_z.avail_out == 0 || (mode == Z_FINISH && m_z.avail_in > 0));
}

void BenchZipWriter::write(const char *data, qsizetype size)
{
    m_current.crc = crc32(m_current.crc, reinterpret_cast<const Bytef *>(data), uInt(size));
    m_current.size += quint32(size);
    if (m_current.method == 0) {
        m_file.write(data, size);
        m_current.compressed += quint32(size);
        return;
    }
    m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_z.avail_in = uInt(size);
    flushDeflate(Z_NO_FLUSH);
}

void BenchZipWriter::endEntry()
{
    if (m_current.method == 8) {
        m_z.next_in = nullptr;
        m_z.avail_in = 0;
        flushDeflate(Z_FINISH);
        deflateEnd(&m_z);
        QByteArray d;
        put32(d, 0x08074b50);
        put32(d, m_current.crc);
        put32(d, m_current.compressed);
        put32(d, m_current.size);
        m_file.write(d);
    } else {
        // Stored entries (the ODS mimetype) get their sizes patched into the local header.
        const qint64 end = m_file.pos();
        m_file.seek(m_current.offset + 14);
        QByteArray s;
        put32(s, m_current.crc);
        put32(s, m_current.compressed);
        put32(s, m_current.size);
        m_file.write(s);
        m_file.seek(end);
    }
    m_entries.append(m_current);
}

bool BenchZipWriter::close()
{
    const quint32 cdStart = quint32(m_file.pos());
    QByteArray cd;
    for (const Entry &e : m_entries) {
        put32(cd, 0x02014b50);
        put16(cd, 20);
        put16(cd, 20);
        put16(cd, e.method ? 0x0008 : 0);
        put16(cd, e.method);
        put32(cd, 0);
        put32(cd, e.crc);
        put32(cd, e.compressed);
        put32(cd, e.size);
        put16(cd, quint16(e.name.size()));
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put32(cd, 0);
        put32(cd, e.offset);
        cd.append(e.name);
    }
    m_file.write(cd);
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(cd.size()));
    put32(end, cdStart);
    put16(end, 0);
    m_file.write(end);
    m_file.close();
    return m_file.error() == QFile::NoError;
}
