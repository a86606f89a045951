#include "textdecoder.h"

namespace busola {

namespace {

// ISO-8859-16 (Latin-10, the Romanian standard) from 0xA0; below that it is Latin-1.
const char16_t iso8859_16High[96] = {
    0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7, // A0
    0x0161, 0x00A9, 0x0218, 0x00AB, 0x0179, 0x00AD, 0x017A, 0x017B, // A8
    0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D, 0x00B6, 0x00B7, // B0
    0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C, // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0106, 0x00C6, 0x00C7, // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, // C8
    0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x015A, // D0
    0x0170, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0118, 0x021A, 0x00DF, // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7, // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, // E8
    0x0111, 0x0144, 0x00F2, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x015B, // F0
    0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF, // F8
};

/// Length of the valid UTF-8 prefix; a sequence cut by the end of a partial sample counts.
bool isValidUtf8(const QByteArray &bytes, bool wholeFile)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n)
            return !wholeFile;
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

std::optional<Encoding> encodingFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf16") || n == QLatin1String("utf16le") || n == QLatin1String("ucs2"))
        return Encoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (n == QLatin1String("windows1250") || n == QLatin1String("cp1250") ||
        n == QLatin1String("win1250"))
        return Encoding::Windows1250;
    if (n == QLatin1String("iso88592") || n == QLatin1String("latin2"))
        return Encoding::Iso8859_2;
    if (n == QLatin1String("iso885916") || n == QLatin1String("latin10"))
        return Encoding::Iso8859_16;
    return std::nullopt;
}

QString encodingDisplayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1250:
        return QStringLiteral("windows-1250");
    case Encoding::Iso8859_2:
        return QStringLiteral("ISO-8859-2");
    case Encoding::Iso8859_16:
        return QStringLiteral("ISO-8859-16");
    }
    return {};
}

Encoding detectEncoding(const QByteArray &sample, bool wholeFile, int *bomSize)
{
    *bomSize = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        *bomSize = 3;
        return Encoding::Utf8;
    }
    if (sample.startsWith("\xFF\xFE")) {
        *bomSize = 2;
        return Encoding::Utf16LE;
    }
    if (sample.startsWith("\xFE\xFF")) {
        *bomSize = 2;
        return Encoding::Utf16BE;
    }
    // UTF-16 without a BOM: text in Latin script has a zero in every other byte.
    const qsizetype n = qMin<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += sample.at(i) == 0;
        zeroOdd += sample.at(i + 1) == 0;
    }
    if (n >= 4 && zeroOdd > n / 4 && zeroEven < n / 40)
        return Encoding::Utf16LE;
    if (n >= 4 && zeroEven > n / 4 && zeroOdd < n / 40)
        return Encoding::Utf16BE;
    if (isValidUtf8(sample, wholeFile))
        return Encoding::Utf8;
    // 8-bit. Romanian letters (ă â î ș ț) sit on the same bytes in all three; Windows-1250
    // alone uses 0x80–0x9F (quotes, dashes, €), ISO-8859-16 alone has „ ” € « » at
    // 0xA4/0xA5/0xB5/0xAB/0xBB, which are rare Slovak letters in ISO-8859-2.
    int c1 = 0, latin10 = 0;
    for (const char ch : sample) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F)
            ++c1;
        else if (b == 0xA4 || b == 0xA5 || b == 0xB5 || b == 0xAB || b == 0xBB)
            ++latin10;
    }
    if (c1 == 0 && latin10 > 0)
        return Encoding::Iso8859_16;
    return Encoding::Windows1250;
}

bool TextDecoder::reset(Encoding encoding)
{
    m_encoding = encoding;
    m_errors = false;
    switch (encoding) {
    case Encoding::Utf8:
        m_qt = QStringDecoder(QStringConverter::Utf8);
        break;
    case Encoding::Utf16LE:
        m_qt = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_qt = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case Encoding::Windows1250:
        m_qt = QStringDecoder("windows-1250");
        break;
    case Encoding::Iso8859_2:
        m_qt = QStringDecoder("ISO-8859-2");
        break;
    case Encoding::Iso8859_16:
        return true;
    }
    return m_qt.isValid();
}

void TextDecoder::decode(const char *bytes, qsizetype size, QString &out)
{
    const qsizetype old = out.size();
    if (m_encoding == Encoding::Iso8859_16) {
        out.resize(old + size);
        QChar *dst = out.data() + old;
        for (qsizetype i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            dst[i] = QChar(b < 0xA0 ? char16_t(b) : iso8859_16High[b - 0xA0]);
        }
        return;
    }
    out.resize(old + m_qt.requiredSpace(size));
    QChar *end = m_qt.appendToBuffer(out.data() + old, QByteArrayView(bytes, size));
    out.resize(end - out.constData());
    if (m_qt.hasError())
        m_errors = true;
    if (m_encoding == Encoding::Windows1250 || m_encoding == Encoding::Iso8859_2) {
        for (QChar *c = out.data() + old, *e = out.data() + out.size(); c != e; ++c) {
            switch (c->unicode()) {
            case 0x015E:
                *c = QChar(0x0218);
                break;
            case 0x015F:
                *c = QChar(0x0219);
                break;
            case 0x0162:
                *c = QChar(0x021A);
                break;
            case 0x0163:
                *c = QChar(0x021B);
                break;
            default:
                break;
            }
        }
    }
}

bool TextDecoder::hadErrors() const
{
    return m_errors;
}

} // namespace busola
