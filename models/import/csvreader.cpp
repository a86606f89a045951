#include "csvreader.h"

#include <QFileInfo>

namespace busola {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 SampleSize = 64 * 1024;

/// Looks at the decoded sample's lines (quotes respected) and picks the delimiter whose count
/// is the same, and highest, on every line; ';' wins ties, as Romanian Excel writes it.
char16_t detectDelimiter(const QString &sample, char16_t quote, bool wholeFile)
{
    const char16_t candidates[] = {';', ',', '\t', '|'};
    QVector<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool quoted = false;
    for (const QChar qc : sample) {
        const char16_t c = qc.unicode();
        if (c == quote) {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (counts != std::array<int, 4>{})
                lines.append(counts);
            counts = {};
            if (lines.size() >= 50)
                break;
        } else if (!quoted) {
            for (int k = 0; k < 4; ++k)
                counts[k] += c == candidates[k];
        }
    }
    if (wholeFile && counts != std::array<int, 4>{})
        lines.append(counts);
    int best = -1;
    long bestScore = 0;
    for (int k = 0; k < 4; ++k) {
        if (lines.isEmpty() || lines.first()[k] == 0)
            continue;
        int consistent = 0;
        for (const auto &l : std::as_const(lines))
            consistent += l[k] == lines.first()[k];
        const long score = long(consistent) * 1000 + lines.first()[k];
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best < 0 ? char16_t(',') : candidates[best];
}

/// A '-quoted file is rare, but some exports write one: pick it when fields start with '
/// and never with ".
char16_t detectQuote(const QString &sample)
{
    int doubleQuotes = 0, singleQuotes = 0;
    QChar previous = QLatin1Char('\n');
    for (const QChar c : sample) {
        const bool fieldStart = previous == u'\n' || previous == u',' || previous == u';' ||
                                previous == u'\t' || previous == u'|';
        if (fieldStart && c == u'"')
            ++doubleQuotes;
        else if (fieldStart && c == u'\'')
            ++singleQuotes;
        previous = c;
    }
    return doubleQuotes == 0 && singleQuotes > 2 ? char16_t('\'') : char16_t('"');
}

bool looksBinary(const QByteArray &sample, Encoding encoding)
{
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE)
        return false;
    int controls = 0;
    for (const char ch : sample) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
            ++controls;
    }
    return controls > sample.size() / 100;
}

/// Text decoded in the wrong encoding: replacement characters, or UTF-16 read from 8-bit
/// bytes (CJK ideographs where a table should be).
bool looksMisdecoded(const QString &text)
{
    qsizetype odd = 0;
    for (const QChar c : text)
        odd += c.unicode() == 0xFFFD || (c.unicode() >= 0x2E80 && c.unicode() < 0xFB00) ||
               (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r');
    return odd > 0 && odd * 50 > text.size();
}

} // namespace

CsvReader::CsvReader(ReaderOptions options)
    : m_options(std::move(options))
{}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CsvReader::open(const QString &path)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    if (m_size == 0)
        return fail(tr("%1 is empty.").arg(path));
    const QByteArray sample = m_file.read(SampleSize);
    return detect(sample, sample.size() >= m_size) && selectSheet(0);
}

bool CsvReader::detect(const QByteArray &sample, bool wholeFile)
{
    int bom = 0;
    const Encoding detected = detectEncoding(sample, wholeFile, &bom);
    m_encoding = detected;
    m_bomSize = bom;
    const bool chosen = !m_options.encoding.isEmpty();
    if (chosen) {
        const std::optional<Encoding> e = encodingFromName(m_options.encoding);
        if (!e)
            return fail(tr("%1: unknown encoding \"%2\" (try UTF-8, UTF-16, windows-1250, "
                           "ISO-8859-2 or ISO-8859-16).")
                            .arg(m_path, m_options.encoding));
        m_encoding = *e;
        // A BOM of the chosen encoding is still skipped; another one is left as text.
        m_bomSize = (*e == detected) ? bom : 0;
    }
    if (looksBinary(sample, m_encoding))
        return fail(
            tr("%1 does not look like a CSV or text file (it holds binary data).").arg(m_path));
    TextDecoder probe;
    if (!probe.reset(m_encoding))
        return fail(
            tr("%1: this system cannot decode %2.").arg(m_path, encodingDisplayName(m_encoding)));
    QString text;
    probe.decode(sample.constData() + m_bomSize, sample.size() - m_bomSize, text);
    if ((chosen && probe.hadErrors()) || looksMisdecoded(text))
        return fail(tr("%1 does not read as %2 text: is the encoding right?")
                        .arg(m_path, encodingDisplayName(m_encoding)));
    m_quote = detectQuote(text);
    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(text, m_quote, wholeFile)
                                               : m_options.delimiter.unicode();
    return true;
}

QStringList CsvReader::sheetNames() const
{
    return {QFileInfo(m_path).completeBaseName()};
}

bool CsvReader::selectSheet(int index)
{
    if (index != 0)
        return fail(tr("%1 has one sheet only.").arg(m_path));
    if (!m_file.seek(m_bomSize))
        return fail(tr("Cannot read %1: %2").arg(m_path, m_file.errorString()));
    m_decoder.reset(m_encoding);
    m_bytesRead = m_bomSize;
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_row = 0;
    m_error.clear();
    return true;
}

double CsvReader::progress() const
{
    return m_size > 0 ? double(m_bytesRead) / double(m_size) : 1.0;
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray raw(ChunkSize, Qt::Uninitialized);
    const qint64 n = m_file.read(raw.data(), ChunkSize);
    if (n < 0)
        return fail(tr("Cannot read %1: %2").arg(m_path, m_file.errorString()));
    if (n == 0) {
        m_eof = true;
        return true;
    }
    m_bytesRead += n;
    m_decoder.decode(raw.constData(), n, m_buffer);
    return true;
}

bool CsvReader::readRow(SheetRow &row)
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !m_eof) {
            if (!fill())
                return false;
            continue;
        }
        if (m_pos >= m_buffer.size() && m_eof)
            return false;
        switch (parseRow(row, m_eof)) {
        case Parse::Row:
            ++m_row;
            return true;
        case Parse::Error:
            return false;
        case Parse::NeedMore:
            if (m_buffer.size() - m_pos > MaxRowChars)
                return fail(tr("%1, row %2: the row is longer than 16 MB; a quote is probably "
                               "never closed.")
                                .arg(m_path)
                                .arg(m_row + 1));
            if (!fill())
                return false;
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRow(SheetRow &row, bool atEof)
{
    const QChar *const begin = m_buffer.constData();
    const QChar *p = begin + m_pos;
    const QChar *const end = begin + m_buffer.size();
    const char16_t delimiter = m_delimiter;
    const char16_t quote = m_quote;
    int n = 0;
    for (;;) {
        if (n >= MaxFields) {
            fail(tr("%1, row %2: more than %3 fields in one row; this is not a table an export "
                    "would write (is the delimiter right?).")
                     .arg(m_path)
                     .arg(m_row + 1)
                     .arg(MaxFields));
            return Parse::Error;
        }
        if (row.size() <= n)
            row.resize(n + 1);
        Cell &cell = row[n++];
        QString &text = cell.text;
        text.resize(0);
        if (p < end && p->unicode() == quote) {
            ++p;
            for (;;) {
                const QChar *q = p;
                while (q < end && q->unicode() != quote)
                    ++q;
                if (q == end) {
                    if (!atEof)
                        return Parse::NeedMore;
                    fail(tr("%1, row %2: a quoted field is never closed.")
                             .arg(m_path)
                             .arg(m_row + 1));
                    return Parse::Error;
                }
                text.append(p, q - p);
                p = q + 1;
                if (p < end && p->unicode() == quote) {
                    text.append(QChar(quote));
                    ++p;
                    continue;
                }
                if (p == end && !atEof)
                    return Parse::NeedMore;
                break;
            }
        }
        // Unquoted text, or what follows a closing quote (kept, as spreadsheets do).
        const QChar *q = p;
        while (q < end) {
            const char16_t c = q->unicode();
            if (c == delimiter || c == '\n' || c == '\r')
                break;
            ++q;
        }
        if (q == end && !atEof)
            return Parse::NeedMore;
        if (q != p)
            text.append(p, q - p);
        cell.type = text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        p = q;
        if (p < end && p->unicode() == delimiter) {
            ++p;
            continue;
        }
        if (p < end && p->unicode() == '\r') {
            if (p + 1 == end && !atEof)
                return Parse::NeedMore;
            ++p;
        }
        if (p < end && p->unicode() == '\n')
            ++p;
        break;
    }
    if (n == 1 && row[0].text.isEmpty())
        n = 0; // a blank line: a row with no cells
    row.resize(n);
    m_pos = p - begin;
    return Parse::Row;
}

} // namespace busola
