#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace busola {

/// The dashboard's period and comparison as the user picked them: a calendar month (the
/// default), quarter or year, or a custom range of days; compared with the period just before
/// or with the same period a year earlier. Dates are local days of the store; `to` is the last
/// day included (the engine turns it into a half-open interval).
struct PeriodChoice
{
    enum class Kind { Month, Quarter, Year, Custom };
    enum class Comparison { Previous, YearAgo };

    Kind kind = Kind::Month;
    QDate from;
    QDate to;
    Comparison comparison = Comparison::Previous;

    static PeriodChoice month(int year, int month);
    static PeriodChoice quarter(int year, int quarter);
    static PeriodChoice year(int year);
    static PeriodChoice custom(QDate from, QDate to);
    /// The month, quarter or year that contains date (Custom: that single day).
    static PeriodChoice containing(Kind kind, QDate date);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// The period steps periods later (negative: earlier); a custom range moves by its length.
    PeriodChoice stepped(int steps) const;
    /// What the change is measured against: the previous period (for a custom range the same
    /// number of days just before), or the same dates a year earlier.
    PeriodChoice comparisonPeriod() const;
    int days() const { return int(from.daysTo(to)) + 1; }
    /// yyyymm of the first and last month touched.
    int firstMonth() const { return from.year() * 100 + from.month(); }
    int lastMonth() const { return to.year() * 100 + to.month(); }

    /// For people: "noiembrie 2026", "T4 2026", "2026", "01.10.2026 – 15.11.2026".
    QString label(const QLocale &locale = QLocale()) const;
    /// A stable text for QSettings: "month;2026-11-01;2026-11-30;previous".
    QString toSettingsString() const;
    static std::optional<PeriodChoice> fromSettingsString(const QString &text);

    bool operator==(const PeriodChoice &other) const
    {
        return kind == other.kind && from == other.from && to == other.to &&
               comparison == other.comparison;
    }
    bool operator!=(const PeriodChoice &other) const { return !(*this == other); }
};

} // namespace busola
