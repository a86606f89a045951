#include "dashboardsnapshot.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>

namespace busola {

std::pair<int, int> dataMonthRange(Store &store)
{
    // Each bucketing column of the data tables, by an index; NULLs are ignored by MIN / MAX.
    // Interactions are indexed by instant, not month (schema step 7): their first and last
    // creation instants give their months through the store's clock.
    QSqlQuery query(store.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT (SELECT MIN(created_at) FROM interactions),"
                                   " (SELECT MAX(created_at) FROM interactions),"
                                   " (SELECT MIN(m) FROM (SELECT MIN(closed_month) AS m FROM deals"
                                   "  UNION ALL SELECT MIN(created_month) FROM deals) d),"
                                   " (SELECT MAX(m) FROM (SELECT MAX(closed_month) AS m FROM deals"
                                   "  UNION ALL SELECT MAX(created_month) FROM deals) d)")) ||
        !query.next())
        return {0, 0};
    int first = 0, last = 0;
    auto widen = [&first, &last](int month) {
        first = first == 0 ? month : std::min(first, month);
        last = std::max(last, month);
    };
    if (!query.value(0).isNull()) {
        widen(store.clock().monthKey(query.value(0).toLongLong()));
        widen(store.clock().monthKey(query.value(1).toLongLong()));
    }
    if (!query.value(2).isNull()) {
        widen(query.value(2).toInt());
        widen(query.value(3).toInt());
    }
    return {first, last};
}

ValueRange valueRangeOf(Kpi kpi)
{
    switch (kpiDefinition(kpi).unit) {
    case KpiUnit::Percent:
        return ValueRange::percent();
    case KpiUnit::Score:
        return ValueRange::score();
    default:
        break;
    }
    return ValueRange::nonNegative();
}

namespace {
MonthlySeries toMonthlySeries(const QVector<MonthValue> &values)
{
    MonthlySeries series;
    if (values.isEmpty())
        return series;
    series.firstMonth = values.constFirst().first;
    series.values.reserve(values.size());
    for (const MonthValue &month : values)
        series.values.append(month.second.value_or(std::numeric_limits<double>::quiet_NaN()));
    return series;
}
constexpr int FitMonths = 36;

/// Drops the history months before firstShown (the fit and the forecast stay as they are).
void keepLastMonths(Forecast *forecast, int firstShown)
{
    MonthlySeries &history = forecast->history;
    int drop = 0;
    while (drop < history.values.size() &&
           StoreClock::addMonths(history.firstMonth, drop) < firstShown)
        ++drop;
    if (drop == 0)
        return;
    history.values.remove(0, drop);
    history.firstMonth = StoreClock::addMonths(history.firstMonth, drop);
    if (forecast->fitted.size() >= drop)
        forecast->fitted.remove(0, drop);
}
} // namespace

int fittedMonths(int trendMonths)
{
    return std::max(FitMonths, std::max(1, trendMonths));
}

Forecast cutToMonths(Forecast forecast, int lastMonth, int shownMonths)
{
    keepLastMonths(&forecast, StoreClock::addMonths(lastMonth, 1 - std::max(1, shownMonths)));
    return forecast;
}

namespace {

struct ComparisonValues
{
    QVector<KpiValue> previous, yearAgo;
    QString error;
};

/// The ten KPIs of request's comparison periods, on a connection of their own.
ComparisonValues comparisonValues(const DashboardRequest &request)
{
    ComparisonValues out;
    const std::unique_ptr<Store> store = Store::open(request.storeLocation, &out.error);
    if (!store)
        return out;
    KpiEngine engine(*store);
    out.previous = engine.values(allKpis(), request.period.previous(), request.filters, false);
    out.yearAgo = engine.values(allKpis(), request.period.yearAgo(), request.filters, false);
    out.error = engine.lastError();
    return out;
}

/// engine.report() for the request, its two comparison periods computed on a second thread
/// and connection meanwhile: a custom range's three periods each read ~100,000 response times
/// and activity rows, and the two cores halve the wait. (An import committing in between may
/// show in one of the periods and not yet in another; the page recomputes after an import.)
QVector<KpiRow> kpiRows(KpiEngine &engine, const DashboardRequest &request, QString *error)
{
    if (request.storeLocation.isEmpty())
        return engine.report(request.period, request.filters);
    std::future<ComparisonValues> comparisons =
        std::async(std::launch::async, comparisonValues, request);
    const QVector<KpiValue> current =
        engine.values(allKpis(), request.period, request.filters, true);
    ComparisonValues base = comparisons.get();
    *error = base.error;
    // A failed comparison shows as "no data" beside the current values, with the error.
    base.previous.resize(current.size());
    base.yearAgo.resize(current.size());
    return engine.report(request.period, request.filters, allKpis(), current, base.previous,
                         base.yearAgo);
}

} // namespace

DashboardSnapshot computeDashboard(Store &store, const DashboardRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer stage;
    stage.start();
    DashboardSnapshot snapshot;
    auto lap = [&snapshot, &stage](const char *name) {
        snapshot.stages.append({QLatin1String(name), double(stage.nsecsElapsed()) / 1e6});
        stage.restart();
    };
    snapshot.generation = request.generation;
    std::tie(snapshot.firstDataMonth, snapshot.lastDataMonth) = dataMonthRange(store);
    lap("data range");

    KpiEngine engine(store);
    snapshot.withKpis = request.withKpis;
    QString comparisonError;
    if (request.withKpis) {
        snapshot.rows = kpiRows(engine, request, &comparisonError);
        lap("ten KPIs, both comparisons");
    }

    // The forecast is fitted on three years (Holt-Winters needs two) whatever the chart shows;
    // the history is then cut to the months the trend displays.
    const int lastMonth = request.period.lastMonth();
    const int fitted = fittedMonths(request.trendMonths);
    const MonthlySeries series = toMonthlySeries(
        engine.monthlySeries(request.selected, StoreClock::addMonths(lastMonth, 1 - fitted),
                             lastMonth, request.filters));
    ForecastOptions options;
    options.horizon = request.horizon;
    options.range = valueRangeOf(request.selected);
    lap("monthly series");
    snapshot.uncutForecast = forecastSeries(series, options);
    snapshot.forecast = cutToMonths(snapshot.uncutForecast, lastMonth, request.trendMonths);
    lap("forecast");

    const KpiDefinition &definition = kpiDefinition(request.selected);
    if (definition.dimensions.contains(request.breakdownDimension))
        snapshot.breakdown = engine.breakdown(request.selected, request.period, request.filters,
                                              request.breakdownDimension);
    lap("breakdown");
    if (request.withKpis) {
        for (const QString &dimension : supportDimensions() + salesDimensions())
            snapshot.dimensionValues.insert(dimension,
                                            engine.dimensionValues(dimension, request.period));
        lap("filter values");
    }
    snapshot.error = engine.lastError().isEmpty() ? comparisonError : engine.lastError();
    snapshot.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return snapshot;
}

namespace {
/// The worker thread's own connection, kept between requests; destroyed when the thread ends.
struct WorkerStore
{
    QString location;
    std::unique_ptr<Store> store;
};
thread_local WorkerStore workerStore;
} // namespace

DashboardSnapshot computeDashboard(const DashboardRequest &request)
{
    QElapsedTimer opening;
    opening.start();
    const bool isWorker = QThread::currentThread() != QCoreApplication::instance()->thread();
    std::unique_ptr<Store> local;
    Store *store = isWorker && workerStore.location == request.storeLocation
                       ? workerStore.store.get()
                       : nullptr;
    if (!store) {
        QString error;
        local = Store::open(request.storeLocation, &error);
        if (!local) {
            DashboardSnapshot failed;
            failed.generation = request.generation;
            failed.error = error;
            return failed;
        }
        store = local.get();
        if (isWorker) {
            workerStore.store = std::move(local);
            workerStore.location = request.storeLocation;
        }
    }
    const double openMs = double(opening.nsecsElapsed()) / 1e6;
    DashboardSnapshot snapshot = computeDashboard(*store, request);
    snapshot.stages.prepend({QStringLiteral("open the store"), openMs});
    snapshot.elapsedMs += openMs;
    return snapshot;
}

} // namespace busola
