#include "benchmarks.h"

namespace busola {

OurBenchmarks ourBenchmarks(const KpiStatusSource &source, const KpiScope &period)
{
    OurBenchmarks ours;
    if (const auto kpi = source.status(QStringLiteral("response_time"), period))
        ours.responseTimeHours = kpi->value;
    if (const auto kpi = source.status(QStringLiteral("csat"), period))
        ours.satisfaction = kpi->value;
    return ours;
}

} // namespace busola
