#pragma once

#include "kpiaggregates.h"
#include "kpidefinition.h"
#include "kpiperiod.h"
#include "kpitargets.h"

#include <QCoreApplication>
#include <QPair>
#include <QVector>

#include <optional>

namespace busola {

class Store;

/// Extras some KPIs carry: response_time (median, p90, hours), csat (share of 4–5 ratings in
/// %, number of ratings), lead_conversion (leads of the cohort still open).
struct KpiExtras
{
    std::optional<double> median;
    std::optional<double> p90;
    std::optional<double> shareHigh;
    std::optional<qint64> ratings;
    std::optional<qint64> open;
};

/// A KPI value in its base unit; null is "no data", never 0. count is the population the
/// formula ranges over (PRODUCT.md).
struct KpiValue
{
    std::optional<double> value;
    qint64 count = 0;
    KpiExtras extras;
};

struct KpiComparison
{
    KpiPeriod period;
    std::optional<double> value;
    std::optional<double> changePct; ///< null when the base is 0 or missing
    std::optional<double> changeAbs; ///< points for rates
};

/// One KPI for one period: value, target, status and both comparisons.
struct KpiRow
{
    Kpi kpi = Kpi::ResponseTime;
    KpiValue current;
    KpiTarget target;
    KpiStatus status = KpiStatus::None;
    KpiComparison previous;
    KpiComparison yearAgo;
};

struct KpiBreakdownEntry
{
    QString key; ///< empty: the records without a value for the dimension
    KpiValue value;
    KpiTarget target;
    KpiStatus status = KpiStatus::None;
};

/// (yyyymm, value): the monthly series trends and forecasts use.
using MonthValue = QPair<int, std::optional<double>>;

/// The KPI engine: the ten KPIs of PRODUCT.md over any period, with filters, targets,
/// comparisons, breakdowns and monthly series. Whole-month periods read the per-month
/// summaries; other ranges (and setUseSummaries(false)) read the base tables.
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiEngine)

public:
    explicit KpiEngine(Store &store);

    /// False: every value straight from the base tables (slow; an independent check).
    void setUseSummaries(bool use) { m_useSummaries = use; }
    /// The retention window W in months (setting retention_window_months, default 12).
    int retentionWindowMonths() const;

    QVector<KpiValue> values(const QVector<Kpi> &kpis, const KpiPeriod &period,
                             const KpiFilters &filters, bool withExtras = true);
    KpiValue value(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters);

    /// Every requested KPI for period with target, status, previous period and year ago.
    QVector<KpiRow> report(const KpiPeriod &period, const KpiFilters &filters,
                           const QVector<Kpi> &kpis = allKpis());
    /// The same rows from values already computed for period and its two comparisons (the
    /// dashboard computes the comparisons on a second connection meanwhile).
    QVector<KpiRow> report(const KpiPeriod &period, const KpiFilters &filters,
                           const QVector<Kpi> &kpis, const QVector<KpiValue> &current,
                           const QVector<KpiValue> &previous,
                           const QVector<KpiValue> &yearAgo) const;

    /// One value per month from fromMonth to toMonth (yyyymm, both included).
    QVector<MonthValue> monthlySeries(Kpi kpi, int fromMonth, int toMonth,
                                      const KpiFilters &filters);
    QVector<QVector<MonthValue>> monthlySeries(const QVector<Kpi> &kpis, int fromMonth, int toMonth,
                                               const KpiFilters &filters);

    /// The KPI per value of dimension (one of the KPI's dimensions; else empty). Groups with
    /// neither records nor a value are left out; key "" is the group without a value.
    QVector<KpiBreakdownEntry> breakdown(Kpi kpi, const KpiPeriod &period,
                                         const KpiFilters &filters, const QString &dimension);
    /// The values of dimension seen in the period's months, sorted ("" for none).
    QStringList dimensionValues(const QString &dimension, const KpiPeriod &period);

    /// The values of the count periods ending with period (oldest first), for suggestions.
    QVector<KpiValue> history(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters,
                              int count);

    KpiTargets &targets() { return m_targets; }
    Store &store() { return m_store; }
    QString lastError() const { return m_error; }

    static std::optional<double> changePct(std::optional<double> value, std::optional<double> base);

private:
    KpiValue evaluate(Kpi kpi, const KpiAggregates &agg, const KpiFilters &filters, int fromMonth,
                      int toMonth) const;
    KpiValue costPerInteraction(const KpiAggregates &agg, const KpiFilters &filters, int fromMonth,
                                int toMonth) const;
    KpiValue retention(const KpiPeriod &period);
    void addResponsePercentiles(KpiValue *value, const KpiRange &range, const KpiFilters &filters,
                                KpiAggregateLoader &loader);
    KpiComparison compare(const KpiValue &current, const KpiValue &base,
                          const KpiPeriod &period) const;

    Store &m_store;
    KpiTargets m_targets;
    bool m_useSummaries = true;
    QString m_error;
};

} // namespace busola
