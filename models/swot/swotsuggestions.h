#pragma once

#include "kpistatussource.h"
#include "swottypes.h"

namespace busola {

/// An item Busola proposes from the KPIs of a board's period.
struct SwotSuggestion
{
    QString key; ///< stable per rule and KPI ("weakness:response_time"), remembered on dismiss
    Quadrant quadrant = Quadrant::Weaknesses;
    QString kpiId;
    QString text;
    int importance = 2;
};

/// Number of consecutive improvements that make a strength (PRODUCT.md: "improving for three
/// periods"), i.e. the last four periods each better than the one before.
constexpr int ImprovingPeriodsForStrength = 3;

/// The rules: a KPI whose status in `period` is missed suggests a weakness ("Average response
/// time: 31 h, target < 24 h"); a KPI that improved in each of the last three periods (in its
/// good direction, strictly) suggests a strength. A KPI with a gap in those periods suggests
/// no strength.
QList<SwotSuggestion> swotSuggestions(const KpiStatusSource &source, const KpiScope &period);

/// A KPI value in its unit, in the UI locale, with at most one decimal ("31 h", "72,5 %").
QString formatKpiValue(double value, const QString &unit);

} // namespace busola
