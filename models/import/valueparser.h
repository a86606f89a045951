#pragma once

#include "fields.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace busola {

/// Which of day and month comes first in a d/m/y date: settled by the file (a first part
/// above 12) or by the import's locale.
enum class DateOrder : quint8 { Auto, DayFirst, MonthFirst };

/// A wall-clock date and time as the export wrote it. An explicit UTC offset ("Z", "+02:00")
/// makes it an instant; without one it is local time of the store.
struct ParsedDateTime
{
    QDate date;
    int seconds = 0; ///< since midnight
    bool hasTime = false;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

/// Text as dates: ISO 8601 (with or without time and offset), dd.mm.yyyy[ HH:MM[:SS]],
/// dd/mm/yyyy or mm/dd/yyyy by order, yyyy/mm/dd, 12-hour times with AM/PM, and spreadsheet
/// serials (days since 1899-12-30) when allowSerial.
std::optional<ParsedDateTime> parseDateTime(QStringView text, DateOrder order,
                                            bool allowSerial = true);
/// A spreadsheet serial (days since 1899-12-30, time as the fraction) to a date and time.
std::optional<ParsedDateTime> fromSerial(double serial);

/// For DateOrder::Auto: what one value says about the order (DayFirst when its first part
/// exceeds 12, MonthFirst when its second part does, Auto when it says nothing).
DateOrder dateOrderHint(QStringView text);

/// An exact decimal: value = mantissa / 10^scale.
struct Decimal
{
    qint64 mantissa = 0;
    int scale = 0;
    QString currency; ///< ISO code when the text carried a mark (lei → RON, € → EUR, $ → USD)
    double toDouble() const;
    /// Rounded half away from zero to minor units (2 decimals) after multiplying by rate.
    qint64 toMinor(double rate = 1.0) const;
};

/// What separates decimals in a number column: settled by the file where a value is
/// unambiguous ("1.234,50", "12,5"), else by the locale.
enum class DecimalMark : quint8 { Auto, Comma, Point };

/// Numbers with thousands separators (point, comma, space, apostrophe), decimal comma or
/// point, currency marks before or after ("1.234,50 lei", "RON 1234.5", "€1,234.50"), a sign
/// or accounting parentheses.
std::optional<Decimal> parseDecimal(QStringView text, DecimalMark mark);
/// A spreadsheet number as an amount: the decimal QString::number(value, 'f', 6) writes
/// (rounded half away from zero to 6 decimals, scale 6), without the text in between.
std::optional<Decimal> decimalOfNumber(double value);
/// The text QString::number(value, 'g', 15) writes (ids and counts stored as numbers).
QString numberText(double value);
/// A spreadsheet number that is whole and below 10^15 in magnitude: what 'g' with 15 digits
/// writes as a plain integer.
std::optional<qint64> wholeNumber(double value);
/// What one value says about the decimal mark (Auto when ambiguous, e.g. "1.234" or "12").
DecimalMark decimalMarkHint(QStringView text);
/// A currency word or sign to its ISO code ("lei" → RON, "€" → EUR); empty if unknown.
QString currencyCode(QStringView text);

/// Durations: HH:MM[:SS] (hours may exceed 24), or a number in unit (Auto means minutes).
std::optional<qint64> parseDurationSeconds(QStringView text, DurationUnit unit, DecimalMark mark);

/// Da/Yes/Y/1/true/x and Nu/No/N/0/false.
std::optional<bool> parseBoolean(QStringView text);

/// Trimmed, with cedilla Ş/Ţ turned into comma-below Ș/Ț, copying only when needed.
QString cleanText(const QString &text);

} // namespace busola
