#pragma once

#include "forecast/forecaster.h"
#include "kpi/kpiengine.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace busola {

class Store;

/// What the dashboard asks for after a change of period, filters, KPI or chart range.
struct DashboardRequest
{
    QString storeLocation; ///< a worker thread opens its own connection to it
    KpiPeriod period;
    KpiFilters filters;
    Kpi selected = Kpi::ResponseTime;
    int trendMonths = 12;       ///< history shown by the trend, ending with the period
    QString breakdownDimension; ///< one of the selected KPI's dimensions, or empty
    int horizon = DefaultHorizon;
    quint64 generation = 0; ///< echoed back, so stale answers can be dropped
};

/// Everything the dashboard shows for one request, computed away from the UI thread.
struct DashboardSnapshot
{
    quint64 generation = 0;
    QString error;
    QVector<KpiRow> rows; ///< the ten KPIs with targets and both comparisons
    Forecast forecast;    ///< the selected KPI's monthly history and forecast
    QVector<KpiBreakdownEntry> breakdown;
    QMap<QString, QStringList> dimensionValues; ///< filter values seen in the period
    int firstDataMonth = 0;                     ///< yyyymm range of the store's data, 0 when empty
    int lastDataMonth = 0;
    double elapsedMs = 0;
};

/// The range of months that hold support or sales data, yyyymm; {0, 0} for an empty store.
std::pair<int, int> dataMonthRange(Store &store);

/// The values a forecast of kpi may take (rates 0–100, scores 1–5, the rest ≥ 0).
ValueRange valueRangeOf(Kpi kpi);

/// Computes a snapshot on an open store (tests, the benchmark).
DashboardSnapshot computeDashboard(Store &store, const DashboardRequest &request);
/// Opens request.storeLocation on the calling thread (a connection belongs to its thread) and
/// computes the snapshot: what the dashboard runs through QtConcurrent.
DashboardSnapshot computeDashboard(const DashboardRequest &request);

} // namespace busola
