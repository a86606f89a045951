#pragma once

#include "dashboard/periodchoice.h"
#include "kpi/kpidefinition.h"
#include "kpigauge.h"

class QAbstractItemModel;

namespace busola {

/// Reads one row of a KpiSummaryModel into what a gauge shows: a gauge is a view of that row.
/// comparison picks the previous-period or year-ago columns; kind words the change ("vs
/// previous month").
GaugeData gaugeDataFromSummary(const QAbstractItemModel &summary, int row, PeriodChoice::Kind kind,
                               PeriodChoice::Comparison comparison);

/// Money shortened for a dial: "1,97 M lei", "250,0 k lei" (the tooltip keeps the exact value).
QString compactMoney(double value, const QString &currency);
/// The formula of a KPI in words, translated (the gauge's tooltip).
QString kpiFormulaText(Kpi kpi);
/// The UI language as the KPI engine names it (from the default QLocale).
Language uiLanguage();
/// The scale of a KPI's gauge: rates 0–100, scores 1–5, others open-ended.
void applyKpiRange(Kpi kpi, GaugeInput *input);

} // namespace busola
