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
    /// False when only the selected KPI, the trend's range or the breakdown changed: the ten
    /// KPIs and the filter values on screen are still right and are not computed again.
    bool withKpis = true;
    quint64 generation = 0; ///< echoed back, so stale answers can be dropped
};

/// Everything the dashboard shows for one request, computed away from the UI thread.
struct DashboardSnapshot
{
    quint64 generation = 0;
    bool withKpis = true; ///< rows and dimensionValues were computed
    QString error;
    QVector<KpiRow> rows; ///< the ten KPIs with targets and both comparisons
    Forecast forecast;    ///< the selected KPI's monthly history and forecast
    /// The same before the history was cut to the trend's months: any range up to
    /// fittedMonths() can be cut from it without computing again.
    Forecast uncutForecast;
    QVector<KpiBreakdownEntry> breakdown;
    QMap<QString, QStringList> dimensionValues; ///< filter values seen in the period
    int firstDataMonth = 0;                     ///< yyyymm range of the store's data, 0 when empty
    int lastDataMonth = 0;
    double elapsedMs = 0;
    /// Where the time went (for the benchmark): stage name → milliseconds.
    QVector<QPair<QString, double>> stages;
};

/// How many months of history the forecast of a trend of trendMonths is fitted on.
int fittedMonths(int trendMonths);
/// forecast with its history cut to the shown months ending with lastMonth.
Forecast cutToMonths(Forecast forecast, int lastMonth, int shownMonths);

/// The range of months that hold support or sales data, yyyymm; {0, 0} for an empty store.
std::pair<int, int> dataMonthRange(Store &store);

/// The values a forecast of kpi may take (rates 0–100, scores 1–5, the rest ≥ 0).
ValueRange valueRangeOf(Kpi kpi);

/// Computes a snapshot on an open store (tests, the benchmark).
DashboardSnapshot computeDashboard(Store &store, const DashboardRequest &request);
/// Computes the snapshot on a connection of the calling thread to request.storeLocation (a
/// connection belongs to its thread): what the dashboard runs through QtConcurrent. A worker
/// thread keeps its connection open for the next request (opening one builds the store's
/// clock, some 100 ms); the main thread opens and closes one each time.
DashboardSnapshot computeDashboard(const DashboardRequest &request);

} // namespace busola
