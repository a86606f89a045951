#include "valueparser.h"

#include "common/textfold.h"

#include <cmath>
#include <iterator>
#include <limits>

namespace busola {

namespace {

// Hand-written scanning: these run for every cell of a million-row file, where
// QDateTime::fromString or a regular expression per cell would dominate the import.
struct Scanner
{
    const QChar *p;
    const QChar *end;

    bool atEnd() const { return p == end; }
    char16_t peek() const { return p == end ? 0 : p->unicode(); }
    bool take(char16_t c)
    {
        if (p != end && p->unicode() == c) {
            ++p;
            return true;
        }
        return false;
    }
    /// Reads 1..maxDigits decimal digits; -1 when there are none.
    int number(int maxDigits, int *digits = nullptr)
    {
        int value = 0;
        int n = 0;
        while (p != end && n < maxDigits && p->unicode() >= '0' && p->unicode() <= '9') {
            value = value * 10 + (p->unicode() - '0');
            ++p;
            ++n;
        }
        if (digits)
            *digits = n;
        return n == 0 ? -1 : value;
    }
    void skipSpaces()
    {
        while (p != end && (p->unicode() == ' ' || p->unicode() == 0xA0 || p->unicode() == '\t'))
            ++p;
    }
};

bool isDateSeparator(char16_t c)
{
    return c == '-' || c == '.' || c == '/';
}

int fullYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

/// [T| ]HH:MM[:SS[.fff]][ AM|PM][Z|±HH[:MM]]
bool parseTime(Scanner &s, ParsedDateTime &out)
{
    int digits = 0;
    const int h = s.number(2, &digits);
    if (h < 0 || !s.take(':'))
        return false;
    const int m = s.number(2, &digits);
    if (m < 0 || digits != 2)
        return false;
    int sec = 0;
    if (s.take(':')) {
        sec = s.number(2, &digits);
        if (sec < 0 || digits != 2)
            return false;
        if (s.take('.') || s.take(',')) {
            while (!s.atEnd() && s.peek() >= '0' && s.peek() <= '9')
                ++s.p;
        }
    }
    s.skipSpaces();
    int hour = h;
    const char16_t c = s.peek() | 0x20;
    if ((c == 'a' || c == 'p') && s.p + 1 < s.end && (s.p[1].unicode() | 0x20) == 'm') {
        if (h < 1 || h > 12)
            return false;
        hour = h % 12 + (c == 'p' ? 12 : 0);
        s.p += 2;
        s.skipSpaces();
    }
    if (hour > 23 || m > 59 || sec > 59)
        return false;
    out.hasTime = true;
    out.seconds = hour * 3600 + m * 60 + sec;
    if (s.take('Z') || s.take('z')) {
        out.hasOffset = true;
        out.offsetSeconds = 0;
    } else if (s.peek() == '+' || s.peek() == '-') {
        const int sign = s.peek() == '-' ? -1 : 1;
        ++s.p;
        const int oh = s.number(2, &digits);
        if (oh < 0 || digits != 2)
            return false;
        s.take(':');
        int om = 0;
        if (!s.atEnd()) {
            om = s.number(2, &digits);
            if (om < 0 || digits != 2)
                return false;
        }
        out.hasOffset = true;
        out.offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    return true;
}

bool isPlainNumber(QStringView t)
{
    bool digit = false;
    for (QChar c : t) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digit = true;
        else if (c.unicode() != '.' && c.unicode() != ',')
            return false;
    }
    return digit;
}

} // namespace

std::optional<ParsedDateTime> fromSerial(double serial)
{
    // Day 60 is Lotus's 1900-02-29, which never was: serials from 1 to 60 are off by one,
    // and no export we meet holds dates from 1900, so they are refused.
    if (!(serial >= 61 && serial < 2958466))
        return std::nullopt;
    const double day = std::floor(serial);
    const int secs = int(std::llround((serial - day) * 86400.0));
    ParsedDateTime out;
    out.date = QDate(1899, 12, 30).addDays(qint64(day) + secs / 86400);
    out.seconds = secs % 86400;
    out.hasTime = out.seconds != 0;
    return out;
}

std::optional<ParsedDateTime> parseDateTime(QStringView text, DateOrder order, bool allowSerial)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    Scanner s{t.data(), t.data() + t.size()};
    int d1 = 0, d2 = 0, d3 = 0;
    const int a = s.number(4, &d1);
    if (a < 0)
        return std::nullopt;
    if (s.atEnd() || !isDateSeparator(s.peek())) {
        if (allowSerial && isPlainNumber(t)) {
            QString copy = t.toString();
            copy.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            const double serial = copy.toDouble(&ok);
            return ok ? fromSerial(serial) : std::nullopt;
        }
        return std::nullopt;
    }
    const char16_t sep = s.peek();
    ++s.p;
    const int b = s.number(2, &d2);
    if (b < 0 || !s.take(sep))
        return std::nullopt;
    const int c = s.number(4, &d3);
    if (c < 0)
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (d1 == 4) {
        year = a, month = b, day = c;
        if (d3 > 2)
            return std::nullopt;
    } else if (d3 == 4 || d3 == 2) {
        year = fullYear(c, d3);
        const bool monthFirst = sep != '.' && order == DateOrder::MonthFirst;
        month = monthFirst ? a : b;
        day = monthFirst ? b : a;
    } else {
        return std::nullopt;
    }
    ParsedDateTime out;
    out.date = QDate(year, month, day);
    if (!out.date.isValid())
        return std::nullopt;
    if (s.atEnd())
        return out;
    if (!s.take('T') && !s.take(' '))
        return std::nullopt;
    s.skipSpaces();
    if (!parseTime(s, out))
        return std::nullopt;
    s.skipSpaces();
    if (!s.atEnd())
        return std::nullopt;
    return out;
}

DateOrder dateOrderHint(QStringView text)
{
    const QStringView t = text.trimmed();
    Scanner s{t.data(), t.data() + t.size()};
    int d1 = 0;
    const int a = s.number(4, &d1);
    if (a < 0 || d1 > 2 || !(s.take('/') || s.take('-') || s.take('.')))
        return DateOrder::Auto;
    const int b = s.number(2);
    if (a > 12 && b >= 1 && b <= 12)
        return DateOrder::DayFirst;
    if (b > 12 && a >= 1 && a <= 12)
        return DateOrder::MonthFirst;
    return DateOrder::Auto;
}

double Decimal::toDouble() const
{
    return double(mantissa) / std::pow(10.0, scale);
}

qint64 Decimal::toMinor(double rate) const
{
    if (rate == 1.0 && scale <= 2) {
        qint64 m = mantissa;
        for (int i = scale; i < 2; ++i)
            m *= 10;
        return m;
    }
    // The rate as the decimal the user typed (up to 9 decimals), in integers: 4.97 is not
    // exact in binary, and 2.50 × 4.97 = 12.425 must round to 12.43, not to 12.42.
    const long double rateNano = std::round((long double)rate * 1e9L);
    if (rateNano > 0 && rateNano < 1e15L && scale >= 0 && scale <= 20) {
        __extension__ using Wide = __int128;
        const Wide product = Wide(mantissa) * Wide(qint64(rateNano)) * 100;
        Wide divisor = 1;
        for (int i = 0; i < scale + 9; ++i)
            divisor *= 10;
        Wide quotient = product / divisor;
        const Wide remainder = product % divisor;
        if (2 * (remainder < 0 ? -remainder : remainder) >= divisor)
            quotient += product < 0 ? -1 : 1; // half away from zero
        return qint64(quotient);
    }
    const long double v = (long double)mantissa * rate * 100.0L / std::pow(10.0L, scale);
    return qint64(std::llround(v));
}

QString currencyCode(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("lei") || t == QLatin1String("ron") || t == QLatin1String("leu"))
        return QStringLiteral("RON");
    if (t == QStringLiteral("€") || t == QLatin1String("eur") || t == QLatin1String("euro"))
        return QStringLiteral("EUR");
    if (t == QLatin1String("$") || t == QLatin1String("usd") || t == QLatin1String("us$"))
        return QStringLiteral("USD");
    if (t == QStringLiteral("£") || t == QLatin1String("gbp"))
        return QStringLiteral("GBP");
    if (t.size() == 3 && t.at(0).isLetter() && t.at(1).isLetter() && t.at(2).isLetter())
        return t.toUpper();
    return {};
}

namespace {

bool isGroupSpace(char16_t c)
{
    return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == '\'';
}

/// Splits a currency mark off either end of t; returns the code (empty when none).
QString stripCurrency(QStringView &t)
{
    auto isMarkChar = [](QChar c) {
        return c.isLetter() || c.unicode() == 0x20AC || c == u'$' || c.unicode() == 0xA3;
    };
    int start = 0;
    while (start < t.size() && isMarkChar(t.at(start)))
        ++start;
    if (start > 0) {
        const QString code = currencyCode(t.left(start));
        if (code.isEmpty())
            return QStringLiteral("?");
        t = t.mid(start).trimmed();
        return code;
    }
    int end = int(t.size());
    while (end > 0 && isMarkChar(t.at(end - 1)))
        --end;
    if (end < t.size()) {
        const QString code = currencyCode(t.mid(end));
        if (code.isEmpty())
            return QStringLiteral("?");
        t = t.left(end).trimmed();
        return code;
    }
    return {};
}

} // namespace

DecimalMark decimalMarkHint(QStringView text)
{
    int lastPoint = -1, lastComma = -1, points = 0, commas = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'.')
            lastPoint = i, ++points;
        else if (text.at(i) == u',')
            lastComma = i, ++commas;
    }
    if (points && commas)
        return lastComma > lastPoint ? DecimalMark::Comma : DecimalMark::Point;
    auto digitsAfter = [&text](int i) {
        int n = 0;
        for (int j = i + 1; j < text.size() && text.at(j).isDigit(); ++j)
            ++n;
        return n;
    };
    if (commas == 1 && digitsAfter(lastComma) != 3)
        return DecimalMark::Comma;
    if (points == 1 && digitsAfter(lastPoint) != 3)
        return DecimalMark::Point;
    if (commas > 1)
        return DecimalMark::Point;
    if (points > 1)
        return DecimalMark::Comma;
    return DecimalMark::Auto;
}

std::optional<Decimal> parseDecimal(QStringView text, DecimalMark mark)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    Decimal out;
    auto takeSign = [&]() {
        if (t.startsWith(u'-') || t.startsWith(QChar(0x2212))) {
            negative = !negative;
            t = t.mid(1).trimmed();
        } else if (t.startsWith(u'+')) {
            t = t.mid(1).trimmed();
        }
    };
    takeSign();
    out.currency = stripCurrency(t);
    if (out.currency == QLatin1String("?"))
        return std::nullopt;
    takeSign();
    if (t.endsWith(u'-')) {
        negative = !negative;
        t.chop(1);
    }
    if (t.isEmpty())
        return std::nullopt;
    DecimalMark m = decimalMarkHint(t);
    if (m == DecimalMark::Auto)
        m = mark == DecimalMark::Auto ? DecimalMark::Point : mark;
    const char16_t decimal = m == DecimalMark::Comma ? ',' : '.';
    const char16_t group = m == DecimalMark::Comma ? '.' : ',';
    qint64 mantissa = 0;
    int scale = 0;
    bool seenDecimal = false, digits = false;
    for (QChar qc : t) {
        const char16_t c = qc.unicode();
        if (c >= '0' && c <= '9') {
            if (mantissa > (std::numeric_limits<qint64>::max() - 9) / 10)
                return std::nullopt;
            mantissa = mantissa * 10 + (c - '0');
            digits = true;
            if (seenDecimal)
                ++scale;
        } else if (c == decimal && !seenDecimal) {
            seenDecimal = true;
        } else if ((c == group || isGroupSpace(c)) && !seenDecimal && digits) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    out.mantissa = negative ? -mantissa : mantissa;
    out.scale = scale;
    return out;
}

std::optional<Decimal> decimalOfNumber(double value)
{
    // A million-row sheet has a number cell per row in every amount column: converting each
    // to text and back costs more than reading it. Below 10^12 the decimal is computed from
    // the binary value exactly, as double-conversion's fixed notation does (half away from
    // zero, on the exact binary value); larger values take the text path.
    if (!(std::fabs(value) < 1e12))
        return parseDecimal(QString::number(value, 'f', 6), DecimalMark::Point);
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(value), &exponent); // [0.5, 1) or 0
    const auto significand = quint64(std::ldexp(fraction, 53));      // exact: 53 bits
    const int shift = 53 - exponent; // value = significand / 2^shift, shift >= 13
    __extension__ using Wide = unsigned __int128;
    const Wide scaled = Wide(significand) * 1000000U; // < 2^73
    quint64 micros = 0;
    if (shift < 100) {
        Wide units = scaled >> shift;
        const Wide remainder = scaled - (units << shift);
        if (remainder >= (Wide(1) << (shift - 1)))
            ++units;
        micros = quint64(units);
    }
    Decimal out;
    out.mantissa = value < 0 ? -qint64(micros) : qint64(micros);
    out.scale = 6;
    return out;
}

std::optional<qint64> wholeNumber(double value)
{
    if (std::fabs(value) < 1e15 && value == std::trunc(value))
        return qint64(value);
    return std::nullopt;
}

QString numberText(double value)
{
    if (const std::optional<qint64> whole = wholeNumber(value)) {
        // What 'g' writes for these: the digits alone. QString::number(qint64) goes through the
        // locale's digit formatting, several times this for every id an import reads.
        char16_t digits[16]; // under 10^15: 15 digits and a sign
        char16_t *p = std::end(digits);
        quint64 magnitude = *whole < 0 ? quint64(-*whole) : quint64(*whole);
        do {
            *--p = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (*whole < 0)
            *--p = u'-';
        return QString(reinterpret_cast<const QChar *>(p), std::end(digits) - p);
    }
    return QString::number(value, 'g', 15);
}

std::optional<qint64> parseDurationSeconds(QStringView text, DurationUnit unit, DecimalMark mark)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains(u':')) {
        Scanner s{t.data(), t.data() + t.size()};
        int digits = 0;
        const int h = s.number(7, &digits);
        if (h < 0 || !s.take(':'))
            return std::nullopt;
        const int m = s.number(2, &digits);
        if (m < 0 || m > 59)
            return std::nullopt;
        int sec = 0;
        if (s.take(':')) {
            sec = s.number(2, &digits);
            if (sec < 0 || sec > 59)
                return std::nullopt;
        }
        if (!s.atEnd())
            return std::nullopt;
        return qint64(h) * 3600 + m * 60 + sec;
    }
    const std::optional<Decimal> d = parseDecimal(t, mark);
    if (!d || !d->currency.isEmpty())
        return std::nullopt;
    double factor = 60;
    switch (unit) {
    case DurationUnit::Seconds:
        factor = 1;
        break;
    case DurationUnit::Auto:
    case DurationUnit::Minutes:
        factor = 60;
        break;
    case DurationUnit::Hours:
        factor = 3600;
        break;
    case DurationUnit::Days:
        factor = 86400;
        break;
    }
    return qint64(std::llround(d->toDouble() * factor));
}

std::optional<bool> parseBoolean(QStringView text)
{
    const QString t = foldForMatch(text.toString());
    static const QStringList yes = {QStringLiteral("da"),       QStringLiteral("yes"),
                                    QStringLiteral("y"),        QStringLiteral("1"),
                                    QStringLiteral("true"),     QStringLiteral("x"),
                                    QStringLiteral("adevarat"), QStringLiteral("on")};
    static const QStringList no = {
        QStringLiteral("nu"),    QStringLiteral("no"),   QStringLiteral("n"),  QStringLiteral("0"),
        QStringLiteral("false"), QStringLiteral("fals"), QStringLiteral("off")};
    if (yes.contains(t) || text.trimmed() == QStringLiteral("✓"))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString cleanText(const QString &text)
{
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    bool needsTrim = n > 0 && (p[0].isSpace() || p[n - 1].isSpace());
    bool needsFold = false;
    for (qsizetype i = 0; i < n && !needsFold; ++i) {
        const char16_t c = p[i].unicode();
        needsFold = c == 0x015E || c == 0x015F || c == 0x0162 || c == 0x0163;
    }
    if (!needsTrim && !needsFold)
        return text;
    QString out = needsTrim ? text.trimmed() : text;
    return needsFold ? normaliseRomanian(out) : out;
}

} // namespace busola
