#include "kpiperiod.h"

#include "store/storeclock.h"

#include <QRegularExpression>

namespace busola {

KpiPeriod KpiPeriod::month(int yyyymm)
{
    const QDate first = StoreClock::firstDayOf(yyyymm);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

KpiPeriod KpiPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

KpiPeriod KpiPeriod::year(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

KpiPeriod KpiPeriod::custom(QDate first, QDate last)
{
    return {Kind::Custom, first, last};
}

namespace {

std::optional<KpiPeriod> parseOne(const QString &text)
{
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = monthRe.match(t);
    if (m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return KpiPeriod::month(m.captured(1).toInt() * 100 + month);
    }
    m = quarterRe.match(t);
    if (m.hasMatch())
        return KpiPeriod::quarter(m.captured(1).toInt(), m.captured(2).toInt());
    m = yearRe.match(t);
    if (m.hasMatch())
        return KpiPeriod::year(m.captured(1).toInt());
    const QDate date = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (date.isValid())
        return KpiPeriod::custom(date, date);
    return std::nullopt;
}

} // namespace

std::optional<KpiPeriod> KpiPeriod::parse(const QString &period, const QString &to, QString *error)
{
    const std::optional<KpiPeriod> from = parseOne(period);
    if (!from) {
        if (error)
            *error = tr("the period \"%1\" is not a month (2026-10), a quarter (2026-Q4), a year "
                        "(2026) or a date (2026-10-05)")
                         .arg(period);
        return std::nullopt;
    }
    if (to.isEmpty()) {
        if (from->kind == Kind::Custom) {
            if (error)
                *error = tr("a period given as a date needs --to");
            return std::nullopt;
        }
        return from;
    }
    const std::optional<KpiPeriod> end = parseOne(to);
    if (!end) {
        if (error)
            *error = tr("--to \"%1\" is not a month, a quarter, a year or a date").arg(to);
        return std::nullopt;
    }
    if (end->last < from->first) {
        if (error)
            *error = tr("--to %1 is before the start of the period").arg(to);
        return std::nullopt;
    }
    return custom(from->first, end->last);
}

bool KpiPeriod::isMonthAligned() const
{
    return first.day() == 1 && last.addDays(1).day() == 1;
}

int KpiPeriod::firstMonth() const
{
    return StoreClock::monthKeyOf(first);
}

int KpiPeriod::lastMonth() const
{
    return StoreClock::monthKeyOf(last);
}

int KpiPeriod::monthCount() const
{
    return (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
}

KpiPeriod KpiPeriod::previous() const
{
    if (isMonthAligned()) {
        const int months = monthCount();
        return {kind, first.addMonths(-months), first.addDays(-1)};
    }
    const qint64 days = first.daysTo(last) + 1;
    return {kind, first.addDays(-days), first.addDays(-1)};
}

KpiPeriod KpiPeriod::yearAgo() const
{
    if (isMonthAligned())
        return {kind, first.addMonths(-12), first.addMonths(-12 + monthCount()).addDays(-1)};
    return {kind, first.addYears(-1), last.addYears(-1)};
}

qint64 KpiPeriod::startInstant(const StoreClock &clock) const
{
    return clock.toEpoch(first);
}

qint64 KpiPeriod::endInstant(const StoreClock &clock) const
{
    return clock.toEpoch(last.addDays(1));
}

KpiFilters KpiFilters::restrictedTo(const QStringList &dimensions) const
{
    KpiFilters out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (dimensions.contains(it.key()))
            out.values.insert(it.key(), it.value());
    return out;
}

bool KpiFilters::hasAnyOf(const QStringList &dimensions) const
{
    for (const QString &d : dimensions)
        if (values.contains(d))
            return true;
    return false;
}

std::optional<QString> KpiFilters::single(const QString &dimension) const
{
    const auto it = values.constFind(dimension);
    if (it == values.cend() || it->size() != 1)
        return std::nullopt;
    return it->first();
}

} // namespace busola
