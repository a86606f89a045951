#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace busola {

class StoreClock;

/// A period of local calendar days, first and last included; as instants it is the half-open
/// interval [start of first, start of the day after last) in the store's time zone.
struct KpiPeriod
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiPeriod)

public:
    enum class Kind { Month, Quarter, Year, Custom };

    Kind kind = Kind::Month;
    QDate first;
    QDate last;

    static KpiPeriod month(int yyyymm);
    static KpiPeriod quarter(int year, int quarter);
    static KpiPeriod year(int year);
    static KpiPeriod custom(QDate first, QDate last);

    /// `2026-10`, `2026-Q4`, `2026` or `2026-10-05`; with `to` (any of the same forms) a
    /// custom range from the start of period to the end of to. Null and *error on bad input.
    static std::optional<KpiPeriod> parse(const QString &period, const QString &to, QString *error);

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    /// Whole local months (every kind but a custom range of days).
    bool isMonthAligned() const;
    int firstMonth() const;
    int lastMonth() const;
    int monthCount() const;

    /// Month, quarter, year: the one before. Custom: the same length just before (in months
    /// when it is whole months, else in days).
    KpiPeriod previous() const;
    /// The same period a year earlier.
    KpiPeriod yearAgo() const;

    qint64 startInstant(const StoreClock &clock) const;
    qint64 endInstant(const StoreClock &clock) const;

    bool operator==(const KpiPeriod &o) const
    {
        return kind == o.kind && first == o.first && last == o.last;
    }
};

/// Filters: the same dimension twice means either value, different dimensions mean both.
/// An empty value selects the records that have no value for the dimension.
struct KpiFilters
{
    QMap<QString, QStringList> values;

    bool isEmpty() const { return values.isEmpty(); }
    void add(const QString &dimension, const QString &value)
    {
        QStringList &list = values[dimension];
        if (!list.contains(value))
            list << value;
    }
    /// The filters on the given dimensions only.
    KpiFilters restrictedTo(const QStringList &dimensions) const;
    bool hasAnyOf(const QStringList &dimensions) const;
    /// The single value filtered on dimension, when exactly one is.
    std::optional<QString> single(const QString &dimension) const;
};

} // namespace busola
