#include "import/readers/zipinflate.h"

#include <QDir>

#include <cstring>
#include <zlib.h>
#ifdef BUSOLA_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif
#ifdef BUSOLA_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

namespace busola {

namespace {

constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64EndSig = 0x06064b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr qint64 kMaxCentralDirectory = qint64(64) << 20; // 64 MB ≈ 600,000 entries
constexpr int kInputChunk = 256 * 1024;

/// The running CRC-32 of a part. The sheet of a million-row workbook is 0.5–0.7 GB: zlib
/// 1.2.13 checks it at about 1.9 GB/s here, libdeflate's CRC (carry-less multiplication where
/// the CPU has it) at 9.6 GB/s. Both compute the same value.
quint32 updateCrc(quint32 crc, const char *data, qint64 size)
{
#ifdef BUSOLA_HAVE_LIBDEFLATE
    return libdeflate_crc32(crc, data, size_t(size));
#else
    return quint32(crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size)));
#endif
}

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | quint8(p[1]) << 8);
}
quint32 le32(const char *p)
{
    return quint32(le16(p)) | quint32(le16(p + 2)) << 16;
}
quint64 le64(const char *p)
{
    return quint64(le32(p)) | quint64(le32(p + 4)) << 32;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

// ---- ZipArchive ------------------------------------------------------------------------------

bool ZipArchive::fail(const QString &problem)
{
    m_error = tr("%1: %2").arg(nativePath(m_path), problem);
    m_entries.clear();
    return false;
}

bool ZipArchive::hasZipMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head.size() == 4 &&
           (le32(head.constData()) == kLocalSig || le32(head.constData()) == kEndSig);
}

bool ZipArchive::open(const QString &path)
{
    m_path = path;
    m_entries.clear();
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be opened (%1)").arg(file.errorString()));
    m_fileSize = file.size();
    if (m_fileSize < 22)
        return fail(tr("is not a zip archive (too short); xlsx and ods files are zip archives"));
    quint64 cdOffset = 0, cdSize = 0, count = 0;
    if (!readEndRecord(file, cdOffset, cdSize, count))
        return false;
    if (cdSize > quint64(kMaxCentralDirectory))
        return fail(tr("the zip directory is implausibly large (%1 bytes)").arg(cdSize));
    if (cdOffset + cdSize > quint64(m_fileSize) || cdOffset + cdSize < cdOffset)
        return fail(tr("the zip directory lies beyond the end of the file: the file is truncated"));
    if (!file.seek(qint64(cdOffset)))
        return fail(tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray cd = file.read(qint64(cdSize));
    if (quint64(cd.size()) != cdSize)
        return fail(tr("the zip directory cannot be read: the file is truncated"));
    return parseCentralDirectory(cd, count);
}

bool ZipArchive::readEndRecord(QFile &file, quint64 &cdOffset, quint64 &cdSize, quint64 &count)
{
    // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
    const qint64 tail = qMin<qint64>(m_fileSize, 22 + 65535);
    file.seek(m_fileSize - tail);
    const QByteArray buf = file.read(tail);
    if (buf.size() != tail)
        return fail(tr("cannot be read (%1)").arg(file.errorString()));
    qint64 at = -1;
    for (qint64 i = tail - 22; i >= 0; --i) {
        if (le32(buf.constData() + i) == kEndSig) {
            at = i;
            break;
        }
    }
    if (at < 0) {
        const bool startsLikeZip = le32(buf.constData()) == kLocalSig && tail == m_fileSize;
        file.seek(0);
        const bool magic = le32(file.read(4).constData()) == kLocalSig || startsLikeZip;
        return fail(magic ? tr("the zip archive is truncated or damaged (its directory is missing)")
                          : tr("is not a zip archive; xlsx and ods files are zip archives"));
    }
    const char *e = buf.constData() + at;
    count = le16(e + 10);
    cdSize = le32(e + 12);
    cdOffset = le32(e + 16);
    if (count == 0xffff || cdSize == 0xffffffffu || cdOffset == 0xffffffffu)
        return readZip64End(file, m_fileSize - tail + at, cdOffset, cdSize, count);
    return true;
}

bool ZipArchive::readZip64End(QFile &file, qint64 eocdPos, quint64 &cdOffset, quint64 &cdSize,
                              quint64 &count)
{
    if (eocdPos < 20 || !file.seek(eocdPos - 20))
        return fail(tr("the zip64 directory locator is missing: the file is damaged"));
    const QByteArray loc = file.read(20);
    if (loc.size() != 20 || le32(loc.constData()) != kZip64LocatorSig)
        return fail(tr("the zip64 directory locator is missing: the file is damaged"));
    const quint64 recPos = le64(loc.constData() + 8);
    if (recPos + 56 > quint64(m_fileSize) || !file.seek(qint64(recPos)))
        return fail(tr("the zip64 directory record lies beyond the end of the file"));
    const QByteArray rec = file.read(56);
    if (rec.size() != 56 || le32(rec.constData()) != kZip64EndSig)
        return fail(tr("the zip64 directory record is damaged"));
    count = le64(rec.constData() + 32);
    cdSize = le64(rec.constData() + 40);
    cdOffset = le64(rec.constData() + 48);
    return true;
}

bool ZipArchive::parseCentralDirectory(const QByteArray &cd, quint64 count)
{
    const char *p = cd.constData();
    const char *end = p + cd.size();
    for (quint64 i = 0; i < count; ++i) {
        if (end - p < 46 || le32(p) != kCentralSig)
            return fail(tr("the zip directory is damaged (entry %1 of %2)").arg(i + 1).arg(count));
        ZipEntry e;
        e.flags = le16(p + 8);
        e.method = le16(p + 10);
        e.crc = le32(p + 16);
        e.compressedSize = le32(p + 20);
        e.size = le32(p + 24);
        const int nameLen = le16(p + 28), extraLen = le16(p + 30), commentLen = le16(p + 32);
        e.localOffset = le32(p + 42);
        if (end - p < 46 + nameLen + extraLen + commentLen)
            return fail(tr("the zip directory is damaged (entry %1 of %2)").arg(i + 1).arg(count));
        e.name = QString::fromUtf8(p + 46, nameLen);
        // Zip64 extra field: the 64-bit values present are those whose 32-bit field is all ones.
        for (const char *x = p + 46 + nameLen, *xe = x + extraLen; xe - x >= 4;) {
            const quint16 id = le16(x), len = le16(x + 2);
            if (xe - x - 4 < len)
                break;
            if (id == 0x0001) {
                const char *v = x + 4, *ve = v + len;
                if (e.size == 0xffffffffu && ve - v >= 8)
                    e.size = le64(v), v += 8;
                if (e.compressedSize == 0xffffffffu && ve - v >= 8)
                    e.compressedSize = le64(v), v += 8;
                if (e.localOffset == 0xffffffffu && ve - v >= 8)
                    e.localOffset = le64(v);
            }
            x += 4 + len;
        }
        if (e.localOffset + 30 > quint64(m_fileSize) ||
            e.localOffset + 30 + e.compressedSize > quint64(m_fileSize))
            return fail(tr("the part %1 lies beyond the end of the file: the file is truncated")
                            .arg(e.name));
        m_entries.insert(e.name, e);
        p += 46 + nameLen + extraLen + commentLen;
    }
    return true;
}

QString ZipArchive::verifyEntry(const QString &name, const ZipLimits &limits) const
{
    ZipEntryStream stream;
    if (!stream.open(*this, name, limits))
        return stream.errorString();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n;
    while ((n = stream.read(buffer.data(), buffer.size())) > 0) {
    }
    return n < 0 && !stream.capExceeded() ? stream.errorString() : QString();
}

const ZipEntry *ZipArchive::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? nullptr : &*it;
}

// ---- ZipEntryStream --------------------------------------------------------------------------

/// One raw deflate stream, inflated by ISA-L where it is built in (about twice zlib's speed
/// here, on the 0.5 GB sheet of a million-row workbook) or by zlib, the reference.
struct ZipEntryStream::ZState
{
    ZipInflater inflater = ZipInflater::Zlib;
    z_stream z{};
    bool zlibInitialised = false;
#ifdef BUSOLA_HAVE_ISAL
    inflate_state isal{};
#endif

    ~ZState()
    {
        end();
    }
    bool begin(ZipInflater kind)
    {
        end();
#ifdef BUSOLA_HAVE_ISAL
        if (kind == ZipInflater::Fast) {
            inflater = kind;
            isal_inflate_init(&isal);
            return true;
        }
#endif
        inflater = ZipInflater::Zlib;
        z = z_stream{};
        zlibInitialised = inflateInit2(&z, -MAX_WBITS) == Z_OK;
        return zlibInitialised;
    }
    void end()
    {
        if (zlibInitialised)
            inflateEnd(&z);
        zlibInitialised = false;
    }
    void setInput(char *data, quint32 size)
    {
#ifdef BUSOLA_HAVE_ISAL
        if (inflater == ZipInflater::Fast) {
            isal.next_in = reinterpret_cast<uint8_t *>(data);
            isal.avail_in = size;
            return;
        }
#endif
        z.next_in = reinterpret_cast<Bytef *>(data);
        z.avail_in = size;
    }
    quint32 availableInput() const
    {
#ifdef BUSOLA_HAVE_ISAL
        if (inflater == ZipInflater::Fast)
            return isal.avail_in;
#endif
        return z.avail_in;
    }

    enum class Step { More, End, Corrupt };
    /// Inflates what input there is into [*out, *out + *room), moving both on. More: the
    /// input or the room ran out; Corrupt with the reason in problem.
    Step inflateSome(char **out, quint32 *room, QString *problem)
    {
#ifdef BUSOLA_HAVE_ISAL
        if (inflater == ZipInflater::Fast) {
            isal.next_out = reinterpret_cast<uint8_t *>(*out);
            isal.avail_out = *room;
            const int rc = isal_inflate(&isal);
            *out = reinterpret_cast<char *>(isal.next_out);
            *room = isal.avail_out;
            if (rc < 0) {
                *problem = isalProblem(rc);
                return Step::Corrupt;
            }
            return isal.block_state == ISAL_BLOCK_FINISH ? Step::End : Step::More;
        }
#endif
        z.next_out = reinterpret_cast<Bytef *>(*out);
        z.avail_out = *room;
        const int rc = inflate(&z, Z_NO_FLUSH);
        *out = reinterpret_cast<char *>(z.next_out);
        *room = z.avail_out;
        if (rc == Z_STREAM_END)
            return Step::End;
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            *problem = QString::fromLatin1(z.msg ? z.msg : "zlib error");
            return Step::Corrupt;
        }
        return Step::More;
    }

#ifdef BUSOLA_HAVE_ISAL
    static QString isalProblem(int rc)
    {
        switch (rc) {
        case ISAL_INVALID_BLOCK:
            return QStringLiteral("invalid block");
        case ISAL_INVALID_SYMBOL:
            return QStringLiteral("invalid code");
        case ISAL_INVALID_LOOKBACK:
            return QStringLiteral("invalid distance too far back");
        default:
            return QStringLiteral("ISA-L error %1").arg(rc);
        }
    }
#endif
};

ZipEntryStream::ZipEntryStream()
    : m_z(new ZState)
{}

ZipEntryStream::~ZipEntryStream() = default;

qint64 ZipEntryStream::fail(const QString &problem)
{
    m_error = tr("%1: part %2: %3").arg(nativePath(m_path), m_entry.name, problem);
    m_failed = true;
    return -1;
}

bool ZipEntryStream::open(const ZipArchive &archive, const QString &name, const ZipLimits &limits,
                          ZipInflater inflater)
{
    m_path = archive.path();
    m_limits = limits;
    m_entry = ZipEntry();
    m_entry.name = name;
    m_out = 0;
    m_crc = 0;
    m_done = m_failed = m_streamEnded = m_capExceeded = false;
    m_error.clear();
    m_z->end();
    const ZipEntry *e = archive.entry(name);
    if (!e)
        return fail(tr("is missing from the archive")), false;
    m_entry = *e;
    if (m_entry.flags & 1)
        return fail(tr("is encrypted (password-protected files cannot be read)")), false;
    if (m_entry.method != 0 && m_entry.method != 8)
        return fail(tr("uses an unsupported compression method (%1)").arg(m_entry.method)), false;
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(qint64(m_entry.localOffset)))
        return fail(tr("cannot be read (%1)").arg(m_file.errorString())), false;
    const QByteArray local = m_file.read(30);
    if (local.size() != 30 || le32(local.constData()) != kLocalSig)
        return fail(tr("has a damaged header: the zip archive is corrupt")), false;
    const qint64 dataStart = qint64(m_entry.localOffset) + 30 + le16(local.constData() + 26) +
                             le16(local.constData() + 28);
    if (quint64(dataStart) + m_entry.compressedSize > quint64(m_file.size()) ||
        !m_file.seek(dataStart))
        return fail(tr("extends beyond the end of the file: the file is truncated")), false;
    m_inLeft = m_entry.compressedSize;
    m_in.resize(kInputChunk);
    if (m_entry.method == 8 && !m_z->begin(inflater))
        return fail(tr("cannot be inflated (zlib: out of memory)")), false;
    return true;
}

bool ZipEntryStream::refillInput()
{
    const qint64 want = qint64(qMin<quint64>(m_inLeft, quint64(m_in.size())));
    if (want == 0)
        return false;
    const qint64 got = m_file.read(m_in.data(), want);
    if (got <= 0)
        return false;
    m_inLeft -= quint64(got);
    m_z->setInput(m_in.data(), quint32(got));
    return true;
}

qint64 ZipEntryStream::finish()
{
    m_done = true;
    if (m_crc != m_entry.crc)
        return fail(tr("fails its checksum: the zip archive is corrupt"));
    if (quint64(m_out) != m_entry.size)
        return fail(tr("inflates to %1 bytes but declares %2: the zip archive is corrupt")
                        .arg(m_out)
                        .arg(m_entry.size));
    return 0;
}

qint64 ZipEntryStream::inflateInto(char *buffer, qint64 maxLen)
{
    if (m_entry.method == 0) {
        // Stored: the compressed size bounds what is read; the caps still apply.
        const qint64 want = qint64(qMin<quint64>(m_inLeft, quint64(maxLen)));
        const qint64 got = want > 0 ? m_file.read(buffer, want) : 0;
        if (want > 0 && got <= 0)
            return fail(tr("is truncated"));
        m_inLeft -= quint64(got);
        m_streamEnded = m_inLeft == 0;
        return got;
    }
    char *out = buffer;
    quint32 room = quint32(qMin<qint64>(maxLen, 1 << 30));
    while (room > 0) {
        // With the compressed data all read, the inflater may still hold output for a buffer
        // that filled up: it is asked again, and the data ended early only if it gives none.
        if (m_z->availableInput() == 0)
            refillInput();
        QString problem;
        const quint32 inputBefore = m_z->availableInput(), roomBefore = room;
        const ZState::Step step = m_z->inflateSome(&out, &room, &problem);
        if (step == ZState::Step::End) {
            m_streamEnded = true;
            break;
        }
        if (step == ZState::Step::Corrupt)
            return fail(tr("holds corrupt compressed data (%1)").arg(problem));
        if (room == roomBefore && m_z->availableInput() == inputBefore) {
            if (inputBefore == 0)
                return fail(tr("is truncated: its compressed data ends early"));
            // Neither library stalls with input and room left; were one to, this ends the
            // read instead of spinning.
            return fail(tr("holds corrupt compressed data (%1)").arg(QStringLiteral("stalled")));
        }
    }
    return qint64(out - buffer);
}

qint64 ZipEntryStream::read(char *buffer, qint64 maxLen)
{
    if (m_failed)
        return -1;
    if (m_done || maxLen <= 0)
        return 0;
    if (m_streamEnded)
        return finish();
    const qint64 produced = inflateInto(buffer, maxLen);
    if (produced < 0)
        return -1;
    m_out += produced;
    m_crc = updateCrc(m_crc, buffer, produced);
    m_capExceeded = true;
    if (m_out > m_limits.maxEntrySize)
        return fail(tr("inflates to more than %1 MB: refused as a zip bomb")
                        .arg(m_limits.maxEntrySize >> 20));
    const quint64 unread = m_inLeft + (m_entry.method ? m_z->availableInput() : 0);
    const double consumed = double(qMax<quint64>(m_entry.compressedSize - unread, 1));
    if (m_out > m_limits.ratioGrace && double(m_out) > m_limits.maxRatio * consumed)
        return fail(tr("inflates more than %1 times its compressed size: refused as a zip bomb")
                        .arg(m_limits.maxRatio));
    m_capExceeded = false;
    if (produced == 0 && m_streamEnded)
        return finish();
    return produced;
}

double ZipEntryStream::progress() const
{
    if (m_entry.compressedSize == 0)
        return 1;
    return 1.0 - double(m_inLeft) / double(m_entry.compressedSize);
}

} // namespace busola
