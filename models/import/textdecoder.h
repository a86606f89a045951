#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace busola {

/// The encodings exports come in (PRODUCT.md, "Import wizard").
enum class Encoding : quint8 { Utf8, Utf16LE, Utf16BE, Windows1250, Iso8859_2, Iso8859_16 };

/// "UTF-8", "utf8", "windows-1250", "cp1250", "latin2", "ISO-8859-16"... to an encoding.
std::optional<Encoding> encodingFromName(const QString &name);
QString encodingDisplayName(Encoding encoding);

/// What the bytes say: a BOM (its size in *bomSize), UTF-16 by its zero bytes, valid UTF-8,
/// else the 8-bit Central European code page the byte pattern fits best.
Encoding detectEncoding(const QByteArray &sample, bool wholeFile, int *bomSize);

/// Decodes a byte stream chunk by chunk (a character split across chunks is kept for the
/// next one). ISO-8859-16 is decoded from our own table, since Debian's ICU lacks it; the
/// others through QStringDecoder. Cedilla Ş/Ţ come out as comma-below Ș/Ț.
class TextDecoder
{
public:
    /// False when this Qt cannot decode the encoding.
    bool reset(Encoding encoding);
    /// Appends the decoded text of bytes to out.
    void decode(const char *bytes, qsizetype size, QString &out);
    /// True once an invalid byte sequence was met (decoded as U+FFFD).
    bool hadErrors() const;

private:
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_qt;
    bool m_errors = false;
};

} // namespace busola
