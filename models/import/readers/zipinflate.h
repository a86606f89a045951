#pragma once

#include "import/readers/bytesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>

#include <memory>

namespace busola {

/// Caps enforced while inflating, on the bytes actually produced: the sizes a zip declares
/// are never trusted (a bomb declares small sizes and inflates to gigabytes).
struct ZipLimits
{
    qint64 maxEntrySize = qint64(4) << 30; ///< largest inflated part (a 1M-row sheet is ~0.7 GB)
    double maxRatio = 200;                 ///< inflated ÷ compressed; real XML stays under ~40
    qint64 ratioGrace = qint64(8) << 20;   ///< the ratio is judged once this much is inflated
};

struct ZipEntry
{
    QString name;
    quint16 method = 0;
    quint16 flags = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0; ///< as declared: checked at the end, never used to size anything
    quint64 localOffset = 0;
};

/// The central directory of a zip file, read and checked against the file's real size.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(busola::ZipArchive)
public:
    /// False with errorString() naming the file and the problem (not a zip, truncated, …).
    bool open(const QString &path);
    const ZipEntry *entry(const QString &name) const;
    bool contains(const QString &name) const { return m_entries.contains(name); }
    QStringList names() const { return m_entries.keys(); }
    QString path() const { return m_path; }
    qint64 fileSize() const { return m_fileSize; }
    QString errorString() const { return m_error; }

    /// Inflates a part to its end and checks it: the part's error (corrupt data, checksum,
    /// caps), or an empty string. Readers call it when a part's content fails to parse, so
    /// that damage to the zip is reported as such rather than as the XML it garbled.
    QString verifyEntry(const QString &name, const ZipLimits &limits) const;
    /// True when the file starts like a zip (local header or empty-archive signature).
    static bool hasZipMagic(const QString &path);

private:
    bool fail(const QString &problem);
    bool readEndRecord(QFile &file, quint64 &cdOffset, quint64 &cdSize, quint64 &count);
    bool readZip64End(QFile &file, qint64 eocdPos, quint64 &cdOffset, quint64 &cdSize,
                      quint64 &count);
    bool parseCentralDirectory(const QByteArray &cd, quint64 count);

    QString m_path;
    qint64 m_fileSize = 0;
    QHash<QString, ZipEntry> m_entries;
    QString m_error;
};

/// Which library inflates a part: ISA-L where Busola was built with it (zlib otherwise), or
/// zlib, the reference path the tests compare it with.
enum class ZipInflater { Fast, Zlib };

/// Streams one part of a zip, inflated, with the caps of ZipLimits and a CRC check at its end.
class ZipEntryStream final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(busola::ZipEntryStream)
public:
    ZipEntryStream();
    ~ZipEntryStream() override;
    ZipEntryStream(const ZipEntryStream &) = delete;
    ZipEntryStream &operator=(const ZipEntryStream &) = delete;

    /// False with errorString() when the part is missing, encrypted or of an unknown method.
    bool open(const ZipArchive &archive, const QString &name, const ZipLimits &limits = {},
              ZipInflater inflater = ZipInflater::Fast);
    /// Up to maxLen inflated bytes into buffer: the count, 0 at the end of the part, -1 on an
    /// error (errorString() names the file, the part and the problem).
    qint64 read(char *buffer, qint64 maxLen) override;
    /// Compressed bytes consumed ÷ compressed size, 0–1.
    double progress() const override;
    qint64 inflatedSoFar() const { return m_out; }
    /// True when the error was a cap of ZipLimits (size or ratio), not damage.
    bool capExceeded() const { return m_capExceeded; }
    QString errorString() const override { return m_error; }

private:
    qint64 fail(const QString &problem);
    bool refillInput();
    qint64 finish();
    qint64 inflateInto(char *buffer, qint64 maxLen);

    struct ZState;
    std::unique_ptr<ZState> m_z;
    QFile m_file;
    QString m_path;
    ZipEntry m_entry;
    ZipLimits m_limits;
    QByteArray m_in;
    quint64 m_inLeft = 0; ///< compressed bytes of the part not yet read from the file
    qint64 m_out = 0;
    quint32 m_crc = 0;
    bool m_done = false;
    bool m_streamEnded = false;
    bool m_failed = false;
    bool m_capExceeded = false;
    QString m_error;
};

} // namespace busola
