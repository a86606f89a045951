#pragma once

// Helpers ReportBuilder shares between its source files.

#include "kpi/kpitargets.h"
#include "reportdata.h"

namespace busola {

class ReportText;

ReportStatus reportStatusOf(KpiStatus status);
/// Forecast of the months after the series' last one (only when that month has data), with
/// the backtest error; the method's name in the report's language.
ReportForecast reportForecast(const QVector<ReportPoint> &series, ReportUnit unit,
                              const ReportText &text);

} // namespace busola
