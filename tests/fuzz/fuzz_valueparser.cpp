// libFuzzer harness: the value parsers (dates, numbers, durations, booleans, cleaning) over
// arbitrary text, in both locales' conventions (day-first with decimal comma as ro_RO,
// month-first with decimal point as en_US) and with the file deciding (Auto).
// Built with -DBUSOLA_FUZZ=ON (clang).
#include "import/fields.h"
#include "import/valueparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace busola;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Bytes as UTF-8 (invalid sequences become U+FFFD, as a decoded file would give) and as
    // UTF-16 code units (lone surrogates included).
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString utf16 = QString::fromUtf16(reinterpret_cast<const char16_t *>(data),
                                             qsizetype(size / 2));
    for (const QString &text : {utf8, utf16}) {
        for (DateOrder order : {DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst}) {
            if (auto parsed = parseDateTime(text, order, true))
                (void)parsed->date.isValid();
            (void)parseDateTime(text, order, false);
        }
        (void)dateOrderHint(text);
        for (DecimalMark mark : {DecimalMark::Auto, DecimalMark::Comma, DecimalMark::Point}) {
            if (auto decimal = parseDecimal(text, mark)) {
                (void)decimal->toDouble();
                (void)decimal->toMinor();
                (void)decimal->toMinor(4.97);
                if (auto serial = fromSerial(decimal->toDouble()))
                    (void)serial->date.isValid();
            }
            for (DurationUnit unit : {DurationUnit::Auto, DurationUnit::Seconds, DurationUnit::Minutes,
                                      DurationUnit::Hours, DurationUnit::Days})
                (void)parseDurationSeconds(text, unit, mark);
        }
        (void)decimalMarkHint(text);
        (void)currencyCode(text);
        (void)parseBoolean(text);
        (void)cleanText(text);
    }
    return 0;
}
