#pragma once

#include "storeclock.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace busola {

/// The local months (yyyymm) of each dataset that a write changed, old and new values alike.
struct ChangeSet
{
    QSet<int> supportMonths;
    QSet<int> salesMonths;
    QSet<int> feedbackMonths;
    QSet<int> costMonths;
    bool isEmpty() const
    {
        return supportMonths.isEmpty() && salesMonths.isEmpty() && feedbackMonths.isEmpty() &&
               costMonths.isEmpty();
    }
};

/// Brings every maintained summary table up to date for the months in changes. StoreWriter
/// calls it inside its transaction, just before commit, so summaries never disagree with the
/// rows they summarise.
bool refreshSummaries(QSqlDatabase db, const StoreClock &clock, const ChangeSet &changes,
                      QString *error);

/// "column >= start AND column < end" for the instants of local month yyyymm, the bounds
/// written in as integers: the month columns of interactions are not indexed (schema step 7),
/// its instants are, and a month column holds the month of its instant by this clock.
QString instantsOfMonth(const QString &column, const StoreClock &clock, int month);

/// The row filters of the three parts a support summary of local month yyyymm is built from:
/// created in it, resolved in it, rated in it (resolved in it, or unresolved and created in it).
struct SupportMonthFilters
{
    QString created, resolved, rated;
    SupportMonthFilters(const StoreClock &clock, int month);
};

/// Recomputes activity_gaps of the sources named from their customer_activity bits (after
/// bits were set outside refreshSummaries).
bool refreshActivityGaps(QSqlDatabase db, bool sales, bool support, QString *error);

/// Recomputes every summary from scratch (after a migration that adds one, or a repair).
bool rebuildAllSummaries(QSqlDatabase db, const StoreClock &clock, QString *error);

/// Schema version 2: the summary tables, their indexes, and the statements that fill them
/// from the base tables (so the migration step leaves them exact for an existing store).
QStringList summarySchemaV2();

/// Summary tables (schema v2), for the KPI engine:
///  sum_support(month, channel, team, agent, ...): interactions by the month of the timestamp
///    each measure buckets by (created, resolved, or resolved-else-created for ratings);
///  sum_sales(month, owner, region, lead_source, ...): deals by created and closed month;
///  sum_feedback(month, channel, ...): survey responses;
///  customer_activity(source, chunk, customer_id, months): one bit per month in which the
///    customer was active ('sale': a won deal closed; 'support': an interaction created).
///    Month index i = year × 12 + month − 1 lives in chunk i / 60, bit i % 60;
///  activity_gaps(source, month, gap, customers): how many customers active in month index
///    `month` are next active `gap` months later (0: not again) — retention in O(months).
namespace ActivityMask {
constexpr int ChunkMonths = 60;
inline int monthIndex(int yyyymm)
{
    return (yyyymm / 100) * 12 + yyyymm % 100 - 1;
}
} // namespace ActivityMask

} // namespace busola
