#include "import/readers/cellvalues.h"

#include <QDate>

#include <charconv>
#include <cmath>
#include <cstdint>

namespace busola::cellvalues {

namespace {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trimmedSlow(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

inline std::string_view trimmed(std::string_view s)
{
    // Values in sheet XML are almost never padded: check the ends before the loops.
    if (s.empty() || (!isBlank(s.front()) && !isBlank(s.back())))
        return s;
    return trimmedSlow(s);
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int &value)
{
    if (at + n > s.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

const qint64 kEpochJulian = QDate(1899, 12, 30).toJulianDay();

/// Powers of ten, all exact in a double.
constexpr double kExactPowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/// The plain decimals spreadsheets write most ("45292.5104166667", "-12", "0.25"), read
/// without std::from_chars, which took a fifth of the sheet's reading time. Clinger's fast
/// path: with at most 15 significant digits the digits make an integer a double holds
/// exactly, and dividing it by an exact power of ten rounds once, so the result is the
/// correctly rounded double from_chars gives. False for anything else (more digits, an
/// exponent, no digit before the point), which goes to from_chars.
bool parsePlainDecimal(std::string_view text, double &value)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    if (end - p > 16) // more than 15 digits and a point: Excel's 17-digit doubles end here
        return false;
    const char *const first = p;
    std::uint64_t mantissa = 0;
    while (p != end && unsigned(*p - '0') < 10)
        mantissa = mantissa * 10 + unsigned(*p++ - '0');
    const std::ptrdiff_t whole = p - first;
    std::ptrdiff_t fraction = 0;
    if (p != end && *p == '.') {
        const char *const point = ++p;
        while (p != end && unsigned(*p - '0') < 10)
            mantissa = mantissa * 10 + unsigned(*p++ - '0');
        fraction = p - point;
        if (fraction == 0)
            return false;
    }
    if (p != end || whole == 0 || whole + fraction > 15)
        return false;
    value = double(mantissa) / kExactPowersOfTen[fraction];
    if (negative)
        value = -value;
    return true;
}

} // namespace

bool parseNumber(std::string_view text, double &value)
{
    text = trimmed(text);
    if (text.empty())
        return false;
    if (text.front() == '+')
        text.remove_prefix(1);
    if (parsePlainDecimal(text, value))
        return true;
    const char *end = text.data() + text.size();
    const auto r = std::from_chars(text.data(), end, value);
    return r.ec == std::errc() && r.ptr == end && std::isfinite(value);
}

bool parseIndex(std::string_view text, long long limit, long long &value)
{
    text = trimmed(text);
    if (text.empty() || text.size() > 18)
        return false;
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return value <= limit;
}

bool parseCellRef(std::string_view ref, int &column, int &row)
{
    // Once per cell of every sheet: one pass, no trimming unless the row needs it.
    const char *p = ref.data();
    const char *const end = p + ref.size();
    if (p < end && *p == '$')
        ++p;
    long long col = 0;
    for (; p < end; ++p) {
        const unsigned letter = unsigned((*p | 0x20) - 'a'); // A–Z and a–z alike, else ≥ 26
        if (letter >= 26)
            break;
        col = col * 26 + letter + 1;
        if (col > 100000000)
            return false;
    }
    if (col == 0)
        return false;
    if (p < end && *p == '$')
        ++p;
    const char *const rowStart = p;
    const char *const digitsEnd = end - rowStart > 10 ? rowStart + 10 : end;
    long long r = 0;
    for (; p < digitsEnd; ++p) {
        const unsigned digit = unsigned(*p - '0');
        if (digit >= 10)
            break;
        r = r * 10 + digit;
    }
    if (p != end) { // blanks, more digits or anything else: as parseIndex reads it
        if (!parseIndex(std::string_view(rowStart, std::size_t(end - rowStart)), 1000000000, r))
            return false;
    } else if (r > 1000000000) {
        return false;
    }
    column = int(col);
    row = int(r);
    return true;
}

bool parseIsoDateTime(std::string_view text, double &serial)
{
    text = trimmed(text);
    int y = 0, m = 0, d = 0;
    const bool negativeYear = !text.empty() && text.front() == '-';
    if (negativeYear)
        return false;
    if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, m) ||
        text[7] != '-' || !digits(text, 8, 2, d))
        return false;
    const QDate date(y, m, d);
    if (!date.isValid())
        return false;
    double seconds = 0;
    if (text.size() > 10) {
        int hh = 0, mm = 0, ss = 0;
        if ((text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2, hh) || text.size() < 16 ||
            text[13] != ':' || !digits(text, 14, 2, mm))
            return false;
        std::size_t at = 16;
        if (at < text.size() && text[at] == ':') {
            if (!digits(text, 17, 2, ss))
                return false;
            at = 19;
        }
        double fraction = 0;
        if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
            double scale = 0.1;
            for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, scale /= 10)
                fraction += (text[at] - '0') * scale;
        }
        // A zone suffix (Z, ±hh:mm) is ignored: cells hold local wall-clock times.
        if (at < text.size() && text[at] != 'Z' && text[at] != '+' && text[at] != '-')
            return false;
        if (hh > 24 || mm > 59 || ss > 60)
            return false;
        seconds = hh * 3600.0 + mm * 60.0 + ss + fraction;
    }
    serial = double(date.toJulianDay() - kEpochJulian) + seconds / 86400.0;
    return true;
}

bool parseIsoDuration(std::string_view text, double &days)
{
    text = trimmed(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.front() != 'P')
        return false;
    double seconds = 0;
    bool inTime = false, any = false;
    std::size_t i = 1;
    while (i < text.size()) {
        if (text[i] == 'T') {
            inTime = true;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() &&
               ((text[j] >= '0' && text[j] <= '9') || text[j] == '.' || text[j] == ','))
            ++j;
        if (j == i || j == text.size())
            return false;
        std::string number(text.substr(i, j - i));
        for (char &c : number)
            if (c == ',')
                c = '.';
        double v = 0;
        if (!parseNumber(number, v))
            return false;
        const char unit = text[j];
        if (!inTime && unit == 'D')
            seconds += v * 86400;
        else if (!inTime && unit == 'W')
            seconds += v * 7 * 86400;
        else if (inTime && unit == 'H')
            seconds += v * 3600;
        else if (inTime && unit == 'M')
            seconds += v * 60;
        else if (inTime && unit == 'S')
            seconds += v;
        else
            return false; // years and months have no fixed length
        any = true;
        i = j + 1;
    }
    if (!any)
        return false;
    days = (negative ? -seconds : seconds) / 86400.0;
    return true;
}

double excelSerialToDays(double serial, bool date1904)
{
    if (serial < 1)
        return serial; // a time of day without a date: the same in both systems
    return date1904 ? serial + 1462 : serial; // 1904-01-01 is day 1462 after 1899-12-30
}

} // namespace busola::cellvalues
