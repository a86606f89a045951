#pragma once

#include "summaries.h"

#include <QSqlDatabase>
#include <QStringList>

namespace busola {

/// Per-day KPI summaries (schema step "per-day KPI summaries"): the same measures as the
/// per-month ones, keyed by the local day yyyymmdd of the timestamp each measure buckets by, so
/// a custom range that cuts months reads its cut ends from them instead of the base tables:
///  sum_support_day(day, channel, team, agent, ...) as sum_support;
///  sum_sales_day(day, owner, region, lead_source, ...) as sum_sales;
///  sum_feedback_day(day, channel, ...) as sum_feedback;
///  customer_activity_day(source, month, customer_id, days): bit d − 1 set when the customer was
///    active on day d of month yyyymm (the day-exact windows of retention).
/// Kept exact by the same write path as the monthly ones: SummaryDelta adds inserted rows,
/// refreshSummaries() re-aggregates changed months, rebuildAllSummaries() rebuilds them.
QStringList daySummarySchema();

/// Re-aggregates the days of the months in changes from the base tables.
bool refreshDaySummaries(QSqlDatabase db, const StoreClock &clock, const ChangeSet &changes,
                         QString *error);

/// Recomputes every per-day summary from the base tables.
bool rebuildDaySummaries(QSqlDatabase db, const StoreClock &clock, QString *error);

/// The migration step's fill: the store's own time zone (its setting) decides the days.
bool fillDaySummaries(QSqlDatabase db, QString *error);

} // namespace busola
