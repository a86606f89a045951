#pragma once

#include "forecaster.h"
#include "kpi/kpidefinition.h"
#include "kpi/kpiengine.h"

#include <optional>
#include <utility>

namespace busola {

class Store;

/// The store setting that holds the forecast horizon in months (PRODUCT.md: a setting, 1–12,
/// default 3).
inline const QString ForecastHorizonSetting = QStringLiteral("forecast_horizon");
/// The store's forecast horizon, brought into MinHorizon–MaxHorizon; DefaultHorizon when unset.
int forecastHorizon(const Store &store);

/// The values a KPI of this unit can take, the bounds its forecast is clamped to: rates lie in
/// 0–100, scores in 1–5, counts, sums and durations are never negative.
ValueRange valueRangeFor(KpiUnit unit);

/// The engine's monthly series as the forecaster takes it (a null month becomes NaN).
MonthlySeries toMonthlySeries(const QVector<MonthValue> &series);

/// First and last month (yyyymm) holding any record of the data the KPI ranges over
/// (support: interactions, survey responses and monthly costs; sales: deals; customers:
/// both), by any of their timestamps; nothing when the store holds none.
std::optional<std::pair<int, int>> kpiDataMonths(Store &store, Kpi kpi, QString *error);

/// A KPI's forecast under filters, for the dashboard, the report and `busola forecast`: the
/// history is the KPI's monthly series from the first month with data to lastMonth (0: the last
/// month with data), forecast horizon months ahead, clamped to valueRangeFor() its unit.
/// Forecast::valid is false when the KPI has no value in that history; *error is set (and the
/// forecast invalid) when the store cannot be read.
Forecast forecastKpi(KpiEngine &engine, Kpi kpi, const KpiFilters &filters, int horizon,
                     int lastMonth, QString *error);

} // namespace busola
