#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QString>

namespace busola {

class KpiEngine;
class ReportText;
class Store;
struct KpiFilters;
struct KpiPeriod;

/// Gathers what a report shows into a ReportData: every KPI with target, status, both
/// comparisons and its 12-month series (KpiEngine), the breakdowns by channel and team (support)
/// and by owner and region (sales), forecasts with their backtest (forecastSeries), the SWOT
/// board of the period (SwotStore), the competitors (CompetitorStore), the company's name and
/// logo from the settings. Never touches a window: the renderer in ui/report paints the result.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(busola::ReportBuilder)

public:
    explicit ReportBuilder(Store &store);

    /// Checks the period and the filters; false and *error with a sentence naming the problem.
    bool validate(const ReportRequest &request, QString *error) const;
    /// The report's content; on an invalid request an empty ReportData and *error.
    ReportData build(const ReportRequest &request, QString *error = nullptr);

    /// Months of history the forecasts are fitted on (and the forecast page shows 24 of).
    static constexpr int HistoryMonths = 36;
    static constexpr int ForecastHorizon = 3;

private:
    void gatherKpis(ReportData &data, KpiEngine &engine, const KpiPeriod &period,
                    const KpiFilters &filters, const ReportText &text);
    void gatherBreakdowns(ReportData &data, KpiEngine &engine, const KpiPeriod &period,
                          const KpiFilters &filters, const ReportText &text);
    void gatherSwot(ReportData &data, const ReportText &text);
    void gatherCompetitors(ReportData &data);
    QString filterText(const ReportRequest &request, const ReportText &text) const;
    QByteArray logo() const;

    Store &m_store;
};

} // namespace busola
