#pragma once

#include "storeclock.h"

#include <QSet>
#include <QSqlDatabase>

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
        return supportMonths.isEmpty() && salesMonths.isEmpty() && feedbackMonths.isEmpty()
               && costMonths.isEmpty();
    }
};

/// Brings every maintained summary table up to date for the months in changes. StoreWriter
/// calls it inside its transaction, just before commit, so summaries never disagree with the
/// rows they summarise.
bool refreshSummaries(QSqlDatabase db, const StoreClock &clock, const ChangeSet &changes,
                      QString *error);

/// Recomputes every summary from scratch (after a migration that adds one, or a repair).
bool rebuildAllSummaries(QSqlDatabase db, const StoreClock &clock, QString *error);

} // namespace busola
