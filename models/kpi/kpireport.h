#pragma once

#include "kpiengine.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace busola {

/// What `busola kpi` (and anything else printing KPIs as text) asks for.
struct KpiReportRequest
{
    KpiPeriod period;
    bool compareYearAgo = false; ///< else the previous period
    KpiFilters filters;
    QString breakdownBy; ///< a dimension, or empty
    Language language = Language::Romanian;
};

struct KpiReportData
{
    KpiReportRequest request;
    QString currency;
    QVector<KpiRow> rows;
    QVector<QVector<KpiBreakdownEntry>> breakdowns; ///< per row, when breakdownBy is set
    const KpiComparison &comparison(const KpiRow &row) const
    {
        return request.compareYearAgo ? row.yearAgo : row.previous;
    }
};

KpiReportData buildKpiReport(KpiEngine &engine, const KpiReportRequest &request);

/// The stable JSON of README.md ("busola kpi --format json"), keys in documented order,
/// values at full precision in base units, null for no value.
QByteArray kpiReportJson(const KpiReportData &report);
/// One line per KPI (and per breakdown group), values at full precision with a '.' decimal.
QString kpiReportCsv(const KpiReportData &report);
/// Aligned plain-text table, localised (Romanian: `12,5 h`, `1.234,56 lei`).
QString kpiReportTable(const KpiReportData &report);

} // namespace busola
