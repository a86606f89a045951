#pragma once

#include "report/reportdata.h"

#include <QRectF>

namespace busola {

class ReportCanvas;

struct TrendChartOptions
{
    QString title;
    bool showForecast = true;
    bool showLegend = true;
};

/// A KPI's monthly trend painted as vectors: the months of the series, the target as a
/// labelled dashed line, the forecast as a dashed line with its 80 % band after a "now"
/// divider, axis ticks at round values. Months without data are gaps, never zeros; a series
/// without any value is not drawn as an empty chart but says so.
void drawTrendChart(ReportCanvas &canvas, const QRectF &rect, const ReportKpi &kpi,
                    const QVector<ReportPoint> &history, const QString &currency,
                    const TrendChartOptions &options);

/// The round step of ticks from 0 to top: 1, 2 or 5 × 10^k giving about five ticks.
double reportTickStep(double span);

} // namespace busola
