#include "kpiforecast.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace busola {

namespace {

/// (table, month column) pairs holding the data of each kind; fixed names, not user input.
/// Interactions are indexed by instant, not month (schema step 7): their "_at" columns are read
/// and turned into months by the store's clock.
QVector<std::pair<QLatin1String, QLatin1String>> monthColumns(KpiData data)
{
    const QVector<std::pair<QLatin1String, QLatin1String>> support{
        {QLatin1String("interactions"), QLatin1String("created_at")},
        {QLatin1String("interactions"), QLatin1String("resolved_at")},
        {QLatin1String("feedback"), QLatin1String("responded_month")},
        {QLatin1String("support_costs"), QLatin1String("month")}};
    const QVector<std::pair<QLatin1String, QLatin1String>> sales{
        {QLatin1String("deals"), QLatin1String("created_month")},
        {QLatin1String("deals"), QLatin1String("closed_month")}};
    switch (data) {
    case KpiData::Support:
        return support;
    case KpiData::Sales:
        return sales;
    case KpiData::Customers:
        return support + sales;
    }
    return {};
}

} // namespace

int forecastHorizon(const Store &store)
{
    bool ok = false;
    const int months = store.setting(ForecastHorizonSetting).toInt(&ok);
    return ok ? std::clamp(months, MinHorizon, MaxHorizon) : DefaultHorizon;
}

ValueRange valueRangeFor(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Percent:
        return ValueRange::percent();
    case KpiUnit::Score:
        return ValueRange::score();
    case KpiUnit::Hours:
    case KpiUnit::Money:
    case KpiUnit::Days:
    case KpiUnit::Count:
        return ValueRange::nonNegative();
    }
    return ValueRange::unbounded();
}

MonthlySeries toMonthlySeries(const QVector<MonthValue> &series)
{
    MonthlySeries result;
    if (series.isEmpty())
        return result;
    result.firstMonth = series.constFirst().first;
    result.values.reserve(series.size());
    for (const MonthValue &month : series)
        result.values << (month.second ? *month.second : qQNaN());
    return result;
}

std::optional<std::pair<int, int>> kpiDataMonths(Store &store, Kpi kpi, QString *error)
{
    std::optional<std::pair<int, int>> range;
    for (const auto &[table, column] : monthColumns(kpiDefinition(kpi).data)) {
        QSqlQuery q(store.db());
        if (!q.exec(QStringLiteral("SELECT MIN(%2), MAX(%2) FROM %1").arg(table, column)) ||
            !q.next()) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
        if (q.value(0).isNull())
            continue;
        const bool instant = column.endsWith(QLatin1String("_at"));
        const int first =
            instant ? store.clock().monthKey(q.value(0).toLongLong()) : q.value(0).toInt();
        const int last =
            instant ? store.clock().monthKey(q.value(1).toLongLong()) : q.value(1).toInt();
        range = range ? std::make_pair(std::min(range->first, first), std::max(range->second, last))
                      : std::make_pair(first, last);
    }
    return range;
}

Forecast forecastKpi(KpiEngine &engine, Kpi kpi, const KpiFilters &filters, int horizon,
                     int lastMonth, QString *error)
{
    QString readError;
    const std::optional<std::pair<int, int>> months =
        kpiDataMonths(engine.store(), kpi, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return {};
    }
    if (!months || (lastMonth != 0 && lastMonth < months->first))
        return {}; // no data: an invalid forecast, not an error
    const int to = lastMonth != 0 ? lastMonth : months->second;
    const QVector<MonthValue> series = engine.monthlySeries(kpi, months->first, to, filters);
    if (series.isEmpty()) {
        if (error)
            *error = engine.lastError();
        return {};
    }
    ForecastOptions options;
    options.horizon = horizon;
    options.range = valueRangeFor(kpiDefinition(kpi).unit);
    return forecastSeries(toMonthlySeries(series), options);
}

} // namespace busola
