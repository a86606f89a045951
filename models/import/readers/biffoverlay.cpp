#include "import/readers/biffoverlay.h"

#include "import/readers/cellvalues.h"
#include "import/readers/xlsxbook.h"

#include <QFile>

#include <cstring>

namespace busola {

namespace {

constexpr quint32 kEndOfChain = 0xfffffffe;
constexpr qint64 kMaxFile = qint64(512) << 20;

quint16 u16(const char *p)
{
    return quint16(quint8(p[0]) | quint8(p[1]) << 8);
}
quint32 u32(const char *p)
{
    return quint32(u16(p)) | quint32(u16(p + 2)) << 16;
}
double f64(const char *p)
{
    quint64 bits = quint64(u32(p)) | quint64(u32(p + 4)) << 32;
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

double rkValue(quint32 rk)
{
    double v;
    if (rk & 2) {
        v = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xfffffffcu) << 32;
        std::memcpy(&v, &bits, sizeof v);
    }
    return (rk & 1) ? v / 100.0 : v;
}

/// An XLUnicodeString body (after its character count): flags, then 8-bit or UTF-16 chars.
QString unicodeString(const char *p, const char *end, int count)
{
    if (end - p < 1)
        return {};
    const bool wide = quint8(*p) & 1;
    ++p;
    if (wide) {
        count = int(qMin<qint64>(count, (end - p) / 2));
        QString s(count, Qt::Uninitialized);
        for (int i = 0; i < count; ++i)
            s[i] = QChar(u16(p + 2 * i));
        return s;
    }
    return QString::fromLatin1(p, qMin<qint64>(count, end - p));
}

QString errorCode(int code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0f:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1d:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2a:
        return QStringLiteral("#N/A");
    default:
        return QStringLiteral("#ERROR");
    }
}

/// The sectors of a compound file and the chains through them.
class Compound
{
public:
    explicit Compound(const QByteArray &file)
        : m_file(file)
    {}

    bool parse()
    {
        const char *h = m_file.constData();
        if (m_file.size() < 512 || std::memcmp(h, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
            return false;
        const int shift = u16(h + 0x1e);
        if (shift != 9 && shift != 12)
            return false;
        m_sectorSize = 1 << shift;
        m_sectors = quint32((m_file.size() - m_sectorSize + m_sectorSize - 1) / m_sectorSize);
        QVector<quint32> fatSectors;
        for (int i = 0; i < 109; ++i)
            fatSectors.append(u32(h + 0x4c + 4 * i));
        quint32 difat = u32(h + 0x44);
        for (quint32 guard = 0; difat < m_sectors && guard < m_sectors; ++guard) {
            const char *s = sector(difat);
            const int n = m_sectorSize / 4 - 1;
            for (int i = 0; i < n; ++i)
                fatSectors.append(u32(s + 4 * i));
            difat = u32(s + 4 * n);
        }
        const quint32 fatCount = qMin<quint32>(u32(h + 0x2c), quint32(fatSectors.size()));
        for (quint32 i = 0; i < fatCount; ++i) {
            if (fatSectors[int(i)] >= m_sectors)
                return false;
            const char *s = sector(fatSectors[int(i)]);
            for (int j = 0; j < m_sectorSize / 4; ++j)
                m_fat.append(u32(s + 4 * j));
        }
        m_firstDirectory = u32(h + 0x30);
        m_miniCutoff = u32(h + 0x38);
        m_firstMiniFat = u32(h + 0x3c);
        return true;
    }

    /// The bytes of a chain, at most maxSize; false on a loop or a sector outside the file.
    bool chain(quint32 start, qint64 maxSize, QByteArray &out) const
    {
        out.clear();
        for (quint32 s = start, n = 0; s != kEndOfChain && out.size() < maxSize;
             s = m_fat[int(s)], ++n) {
            if (s >= m_sectors || s >= quint32(m_fat.size()) || n > m_sectors)
                return false;
            out.append(sector(s), m_sectorSize);
        }
        out.truncate(qMin<qint64>(out.size(), maxSize));
        return true;
    }

    /// A stream by directory name: from the regular sectors or, when small, the mini stream.
    bool stream(const QString &wanted, QByteArray &out) const
    {
        QByteArray dir;
        if (!chain(m_firstDirectory, kMaxFile, dir))
            return false;
        quint32 rootStart = kEndOfChain;
        quint32 rootSize = 0;
        for (qsizetype at = 0; at + 128 <= dir.size(); at += 128) {
            const char *e = dir.constData() + at;
            const int nameChars = qBound(0, int(u16(e + 0x40)) / 2 - 1, 31);
            QString name(nameChars, Qt::Uninitialized);
            for (int i = 0; i < nameChars; ++i)
                name[i] = QChar(u16(e + 2 * i));
            const quint8 type = quint8(e[0x42]);
            const quint32 start = u32(e + 0x74), size = u32(e + 0x78);
            if (type == 5) {
                rootStart = start;
                rootSize = size;
            } else if (type == 2 && name.compare(wanted, Qt::CaseInsensitive) == 0) {
                if (size >= m_miniCutoff)
                    return chain(start, size, out);
                QByteArray mini, miniFat;
                if (!chain(rootStart, rootSize, mini) || !chain(m_firstMiniFat, kMaxFile, miniFat))
                    return false;
                out.clear();
                for (quint32 s = start, n = 0; s != kEndOfChain && quint32(out.size()) < size;
                     ++n) {
                    if (qint64(s + 1) * 64 > mini.size() || qint64(s) * 4 + 4 > miniFat.size() ||
                        n > quint32(mini.size() / 64))
                        return false;
                    out.append(mini.constData() + qint64(s) * 64, 64);
                    s = u32(miniFat.constData() + qint64(s) * 4);
                }
                out.truncate(size);
                return true;
            }
        }
        return false;
    }

private:
    const char *sector(quint32 s) const
    {
        return m_file.constData() + qint64(s + 1) * m_sectorSize;
    }

    const QByteArray &m_file;
    int m_sectorSize = 512;
    quint32 m_sectors = 0;
    QVector<quint32> m_fat;
    quint32 m_firstDirectory = kEndOfChain, m_miniCutoff = 4096, m_firstMiniFat = kEndOfChain;
};

} // namespace

bool BiffOverlay::fail(const QString &problem)
{
    m_error = problem;
    return false;
}

bool BiffOverlay::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFile)
        return fail(tr("cannot be read"));
    const QByteArray bytes = file.readAll();
    if (!readStream(bytes))
        return false;
    return readGlobals();
}

bool BiffOverlay::readStream(const QByteArray &file)
{
    // The last sector may be short; pad so that every sector read stays inside the buffer.
    QByteArray padded = file;
    padded.append(QByteArray(4096, '\0'));
    Compound cf(padded);
    if (!cf.parse())
        return fail(tr("not an OLE2 compound file"));
    // Excel 97 and later name the stream Workbook; Excel 5.0/95 (BIFF5/BIFF7) name it Book.
    if (!cf.stream(QStringLiteral("Workbook"), m_stream) &&
        !cf.stream(QStringLiteral("Book"), m_stream))
        return fail(tr("no BIFF8 workbook stream"));
    return true;
}

bool BiffOverlay::readGlobals()
{
    const char *p = m_stream.constData(), *end = p + m_stream.size();
    bool first = true;
    while (end - p >= 4) {
        const quint16 type = u16(p), len = u16(p + 2);
        const char *d = p + 4;
        if (end - d < len)
            break;
        if (first) {
            if (type != 0x0809 || len < 4 || (u16(d) != 0x0600 && u16(d) != 0x0500))
                return fail(tr("not a BIFF8 workbook"));
            m_biff5 = u16(d) == 0x0500;
            first = false;
        } else if (type == 0x000a) {
            return true;
        } else if (type == 0x0022 && len >= 2) {
            m_date1904 = u16(d) == 1;
        } else if (type == 0x041e && m_biff5 && len >= 3) {
            // BIFF5: an 8-bit string with a one-byte length (format codes are ASCII).
            m_formats.insert(u16(d), QString::fromLatin1(d + 3, qMin(int(quint8(d[2])), len - 3)));
        } else if (type == 0x041e && len >= 5) {
            m_formats.insert(u16(d), unicodeString(d + 4, d + len, u16(d + 2)));
        } else if (type == 0x00e0 && len >= 4) {
            m_xfFormats.append(u16(d + 2));
        } else if (type == 0x0085 && m_biff5 && len >= 7) {
            // BIFF5 names are in the file's code page: the sheets are matched by position
            // among the worksheets (FreeXL's numbering), so only those are kept.
            if (quint8(d[5]) == 0)
                m_sheets.append({QString(), u32(d)});
        } else if (type == 0x0085 && len >= 8) {
            m_sheets.append({unicodeString(d + 7, d + len, quint8(d[6])), u32(d)});
        }
        p = d + len;
    }
    return fail(tr("the workbook globals end early"));
}

bool BiffOverlay::isDateStyle(int xf) const
{
    if (xf < 0 || xf >= m_xfFormats.size())
        return false;
    const int format = m_xfFormats.at(xf);
    return isDateNumberFormat(format, m_formats.value(format));
}

bool BiffOverlay::sheetCells(int index, const QString &sheetName, QHash<quint32, Cell> &cells) const
{
    cells.clear();
    const Sheet *sheet = nullptr;
    if (m_biff5 && index >= 0 && index < m_sheets.size())
        sheet = &m_sheets.at(index);
    for (const Sheet &s : m_sheets)
        if (!m_biff5 && s.name == sheetName)
            sheet = &s;
    if (!sheet || sheet->offset >= quint32(m_stream.size()))
        return false;
    const auto number = [this](int xf, double v) {
        return isDateStyle(xf) ? Cell::ofDateTime(cellvalues::excelSerialToDays(v, m_date1904))
                               : Cell::ofNumber(v);
    };
    const char *p = m_stream.constData() + sheet->offset,
               *end = m_stream.constData() + m_stream.size();
    qint64 pendingString = -1; // the formula cell whose text result the next STRING record holds
    while (end - p >= 4) {
        const quint16 type = u16(p), len = u16(p + 2);
        const char *d = p + 4;
        if (end - d < len)
            return false;
        p = d + len;
        if (type == 0x000a)
            return true;
        if (type == 0x0006 && len >= 20 && !m_biff5) {
            const quint32 k = key(u16(d), u16(d + 2));
            const char *v = d + 6;
            if (u16(v + 6) != 0xffff)
                cells.insert(k, number(u16(d + 4), f64(v)));
            else if (quint8(v[0]) == 0)
                pendingString = k;
            else if (quint8(v[0]) == 1)
                cells.insert(k, Cell{Cell::Type::Boolean, quint8(v[2]) ? 1.0 : 0.0, {}});
            else if (quint8(v[0]) == 2)
                cells.insert(k, Cell{Cell::Type::Error, 0, errorCode(quint8(v[2]))});
            else
                cells.insert(k, Cell());
        } else if (type == 0x0207 && len >= 3 && pendingString >= 0 && !m_biff5) {
            cells.insert(quint32(pendingString),
                         Cell::ofText(unicodeString(d + 2, d + len, u16(d))));
            pendingString = -1;
        } else if (type == 0x0203 && len >= 14 && isDateStyle(u16(d + 4))) {
            cells.insert(key(u16(d), u16(d + 2)), number(u16(d + 4), f64(d + 6)));
        } else if (type == 0x027e && len >= 10 && isDateStyle(u16(d + 4))) {
            cells.insert(key(u16(d), u16(d + 2)), number(u16(d + 4), rkValue(u32(d + 6))));
        } else if (type == 0x00bd && len >= 6) {
            const unsigned row = u16(d), firstColumn = u16(d + 2);
            const int count = (len - 6) / 6;
            for (int i = 0; i < count; ++i) {
                const char *rk = d + 4 + 6 * i;
                if (isDateStyle(u16(rk)))
                    cells.insert(key(row, firstColumn + unsigned(i)),
                                 number(u16(rk), rkValue(u32(rk + 2))));
            }
        }
    }
    return false;
}

} // namespace busola
