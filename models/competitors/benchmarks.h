#pragma once

#include "swot/kpistatussource.h"

namespace busola {

/// Our own values for the competitor comparison, from the KPI engine.
struct OurBenchmarks
{
    std::optional<double> responseTimeHours; ///< KPI response_time (mean hours)
    std::optional<double> satisfaction;      ///< KPI csat (mean score 1–5)
};

/// Reads response_time and csat for `period`; a KPI without data stays empty (never 0).
OurBenchmarks ourBenchmarks(const KpiStatusSource &source, const KpiScope &period);

} // namespace busola
