#pragma once

#include <QFile>
#include <QString>

#include <zlib.h>

/// A minimal streaming zip writer for the benchmark's generated files: deflated entries with
/// data descriptors, so a 700 MB part never sits in memory. Not for production use.
class BenchZipWriter
{
public:
    bool open(const QString &path);
    void beginEntry(const QByteArray &name, bool stored = false);
    void write(const char *data, qsizetype size);
    void write(const QByteArray &data) { write(data.constData(), data.size()); }
    void endEntry();
    bool close();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0, compressed = 0, size = 0, offset = 0;
        quint16 method = 8;
    };
    void flushDeflate(int mode);

    QFile m_file;
    z_stream m_z{};
    Entry m_current;
    QList<Entry> m_entries;
    QByteArray m_out;
};
